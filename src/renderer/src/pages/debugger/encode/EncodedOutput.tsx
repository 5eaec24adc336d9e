import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconArrowBack } from '@tabler/icons-react';
import { CopyIconButton } from '../../../components/CopyField';
import type { SignResult } from '../../../workbench/queries-debugger';
import { formatJson } from '../shared/highlightJson';
import { JsonView } from '../shared/JsonView';

interface EncodedOutputProps {
  result: SignResult | undefined;
  /** Why there is no token (yet), when there is none. */
  waiting: string | null;
  /** The token on screen was made from earlier input. */
  stale: boolean;
  onOpenInDecode: (token: string) => void;
}

/** The signed token, read-only, with copy and "Open in Decode"; an unsigned one says it is insecure. */
export function EncodedOutput({ result, waiting, stale, onOpenInDecode }: EncodedOutputProps) {
  const token = waiting === null ? (result?.token ?? '') : '';
  const unsigned = result !== undefined && result.header.alg === 'none' && token !== '';
  return (
    <Stack gap="sm">
      <Textarea
        label={
          <Group gap={8} component="span">
            Token
            {unsigned && (
              <Badge color="red" variant="filled" size="sm">
                Unsigned: insecure
              </Badge>
            )}
          </Group>
        }
        value={token}
        placeholder={waiting ?? 'Signing…'}
        readOnly
        variant="filled"
        autosize
        minRows={4}
        maxRows={14}
        spellCheck={false}
        aria-busy={stale}
        styles={{
          input: {
            fontFamily: 'var(--mantine-font-family-monospace)',
            fontSize: 13,
            wordBreak: 'break-all',
            opacity: stale ? 0.55 : 1,
          },
        }}
        rightSection={token !== '' ? <CopyIconButton value={token} label="Copy token" /> : undefined}
        rightSectionProps={{ style: { alignItems: 'flex-start', paddingTop: 6 } }}
        rightSectionPointerEvents="all"
      />
      {unsigned && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="This token is not signed">
          <Text size="sm">
            Anyone can change it. A careful API rejects alg none; use it only to test that yours does.
          </Text>
        </Alert>
      )}
      {token !== '' && result && (
        <>
          <Group>
            <Button variant="light" leftSection={<IconArrowBack size={16} aria-hidden />} onClick={() => onOpenInDecode(token)}>
              Open in Decode
            </Button>
          </Group>
          <JsonView title="Signed header" text={formatJson(result.header)} />
        </>
      )}
    </Stack>
  );
}

import { Alert, Badge, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { DecodedPart, DecodedToken } from '../../../../../shared/jwt';
import { formatJson } from '../shared/highlightJson';
import { JsonView } from '../shared/JsonView';
import { partClass } from './partStyles';
import { tone } from '../shared/tone';

/** One JSON part: formatted when it parses, else its text as is, with what is wrong with it. */
function PartBlock({ title, part }: { title: string; part: DecodedPart }) {
  const parsed = part.json !== undefined;
  const text = parsed ? formatJson(part.json) : (part.text ?? '');
  return (
    <Stack gap={4}>
      {(parsed || part.text !== null) && (
        <JsonView
          title={title}
          titleClassName={partClass(part.role)}
          order={2}
          text={text}
          json={parsed}
          extra={!parsed ? <Badge color="red" variant="light">Not JSON</Badge> : undefined}
        />
      )}
      {part.error !== null && (
        <Text size="sm" className={tone('red')} role="note">
          {part.error}
        </Text>
      )}
    </Stack>
  );
}

/** The right-hand column: decoded header and payload (or a JWE's protected header). */
export function DecodedParts({ decoded }: { decoded: DecodedToken }) {
  const header = decoded.parts.find((p) => p.role === 'header');
  const payload = decoded.parts.find((p) => p.role === 'payload');
  const lone = decoded.parts.find((p) => p.role === 'unknown');

  if (decoded.kind === 'jwe') {
    return (
      <Stack gap="md">
        {header && <PartBlock title="Protected header" part={header} />}
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title="Encrypted content">
          Only the protected header of a JWE can be read. Decrypt it below with the recipient’s private key or the
          shared secret.
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {header && <PartBlock title="Header" part={header} />}
      {payload && payload.raw !== '' && <PartBlock title="Payload" part={payload} />}
      {lone && lone.text !== null && <PartBlock title="Decoded part" part={lone} />}
    </Stack>
  );
}

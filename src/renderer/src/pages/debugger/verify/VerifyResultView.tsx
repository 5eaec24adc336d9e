import { Alert, Box, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { VerifyResult } from '../../../../../shared/jwt';
import type { WorkbenchError } from '../../../../../shared/errors';
import { FindingList } from '../shared/FindingList';
import { CheckTable } from './CheckTable';
import { KeyDetails } from './KeyDetails';
import { SignatureBanner } from './SignatureBanner';

interface VerifyResultViewProps {
  result: VerifyResult | undefined;
  error: WorkbenchError | null;
  /** The result shown belongs to earlier input; a new one is on its way. */
  stale: boolean;
  pending: boolean;
}

/** Banner, key, warnings and claim checks of one verification. */
export function VerifyResultView({ result, error, stale, pending }: VerifyResultViewProps) {
  if (error) {
    return (
      <Alert color="red" variant="light" title="Could not verify">
        {error.message}
      </Alert>
    );
  }
  if (result === undefined) {
    return pending ? (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm">Checking…</Text>
      </Group>
    ) : null;
  }
  return (
    // Dimmed while the answer for newer input is on its way (the panel's title says "Checking…").
    <Box aria-busy={stale} style={{ opacity: stale ? 0.55 : 1, transition: 'opacity 120ms' }}>
        <Stack gap="md">
          <SignatureBanner result={result} />
          <KeyDetails result={result} />
          {result.warnings.length > 0 && (
            <div>
              <Title order={3} fz="sm" mb={6}>
                Warnings
              </Title>
              <FindingList findings={result.warnings} aria-label="Verification warnings" />
            </div>
          )}
          <div>
            <Title order={3} fz="sm" mb={2}>
              Claim checks
            </Title>
            <CheckTable checks={result.checks} />
          </div>
        </Stack>
    </Box>
  );
}

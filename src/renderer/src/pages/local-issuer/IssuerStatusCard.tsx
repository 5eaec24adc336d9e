import { Box, Group, Paper, Skeleton, Text } from '@mantine/core';
import type { IssuerStatus } from '../../../../shared/contract/contract';

/** Running or stopped, and for whom: read out when it changes. */
export function IssuerStatusCard({ status }: { status: IssuerStatus | undefined }) {
  return (
    <Paper withBorder radius="md" p="md">
      {status === undefined ? (
        <Skeleton height={20} />
      ) : (
        <Group gap="sm" wrap="nowrap" role="status" aria-live="polite">
          <Box
            aria-hidden
            w={10}
            h={10}
            style={{
              borderRadius: '50%',
              flex: 'none',
              background: status.running ? 'var(--mantine-color-green-filled)' : 'var(--mantine-color-gray-5)',
              boxShadow: status.running ? '0 0 0 4px var(--mantine-color-green-light)' : undefined,
            }}
          />
          {status.running ? (
            <Text size="sm">
              <strong>Running</strong>
              {status.tenant !== undefined && (
                <>
                  , serving{' '}
                  <Text span ff="monospace" inherit>
                    {status.tenant.domain}
                  </Text>
                </>
              )}
              {status.urls !== undefined && (
                <>
                  {' '}
                  at{' '}
                  <Text span ff="monospace" inherit>
                    {status.urls.issuer}
                  </Text>
                </>
              )}
            </Text>
          ) : (
            <Text size="sm">
              <strong>Stopped.</strong> Start it to get tokens from this machine instead of the cloud.
            </Text>
          )}
        </Group>
      )}
    </Paper>
  );
}

import { ActionIcon, Code, CopyButton, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconLock } from '@tabler/icons-react';
import type { WorkspaceStatus } from '../../../../shared/contract/contract';
import { LoadError } from '../../components/LoadError';
import { useWorkspaceStatus } from '../../workbench/queries';

const SECRETS_AT_REST: Record<WorkspaceStatus['secretsAtRest'], string> = {
  'os-keychain': 'Encrypted with the OS keychain',
  'file-0600': 'Not encrypted: stored in a file only your user account can read (mode 0600)',
};

/** Where the workspace lives and how private keys and secrets are protected on disk. */
export function StorageSection() {
  const status = useWorkspaceStatus();

  return (
    <section aria-labelledby="storage-heading">
      <Title order={2} id="storage-heading" fz="lg" fw={600} mb="sm">
        Storage
      </Title>
      {status.isError ? (
        <LoadError what="storage details" error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <div>
              <Text size="sm" fw={500} id="data-folder-label">
                Data folder
              </Text>
              {status.data === undefined ? (
                <Skeleton height={28} mt={4} />
              ) : (
                <Group gap="xs" wrap="nowrap" mt={4}>
                  <Code block aria-labelledby="data-folder-label" style={{ flex: 1, wordBreak: 'break-all' }}>
                    {status.data.dataDir}
                  </Code>
                  <CopyButton value={status.data.dataDir}>
                    {({ copied, copy }) => (
                      <Tooltip label={copied ? 'Copied' : 'Copy path'} withArrow>
                        <ActionIcon variant="default" size="lg" onClick={copy} aria-label="Copy data folder path">
                          {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </CopyButton>
                </Group>
              )}
            </div>
            <div>
              <Text size="sm" fw={500}>
                Keys and secrets
              </Text>
              {status.data === undefined ? (
                <Skeleton height={20} mt={4} />
              ) : (
                <Group gap="xs" wrap="nowrap" mt={4}>
                  <ThemeIcon
                    variant="light"
                    size="sm"
                    color={status.data.secretsAtRest === 'os-keychain' ? 'green' : 'yellow'}
                    aria-hidden
                  >
                    {status.data.secretsAtRest === 'os-keychain' ? <IconLock size={14} /> : <IconAlertTriangle size={14} />}
                  </ThemeIcon>
                  <Text size="sm">{SECRETS_AT_REST[status.data.secretsAtRest]}</Text>
                </Group>
              )}
            </div>
          </Stack>
        </Paper>
      )}
    </section>
  );
}

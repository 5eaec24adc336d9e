import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import type { WorkspaceStatus } from '../../../../shared/contract/contract';
import { useWorkspaceStatus } from '../../workbench/queries';

const AT_REST: Record<WorkspaceStatus['secretsAtRest'], string> = {
  'os-keychain': 'Encrypted with the OS keychain',
  'file-0600': 'Not encrypted: file readable only by your user (0600)',
};

/** One line on how the private keys on this page are kept on disk. */
export function SecretsAtRestNote() {
  const status = useWorkspaceStatus().data;
  if (status === undefined) return null;
  const encrypted = status.secretsAtRest === 'os-keychain';
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon variant="light" size="sm" color={encrypted ? 'green' : 'yellow'} aria-hidden>
        {encrypted ? <IconLock size={14} /> : <IconAlertTriangle size={14} />}
      </ThemeIcon>
      <Text size="sm">
        <Text span fw={500} inherit>
          Private keys at rest:
        </Text>{' '}
        {AT_REST[status.secretsAtRest]}
      </Text>
    </Group>
  );
}

import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import type { ScopeWithUsage } from '../../../workbench/queries';

interface RemoveScopeModalProps {
  scope: ScopeWithUsage | null;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (value: string) => void;
}

function heldBy(count: number): string {
  if (count === 0) return 'No application holds it.';
  return `It is held by ${count} ${count === 1 ? 'application' : 'applications'}; it will be removed from their grants.`;
}

/** Removing a permission also takes it out of every grant: the confirmation says how many. */
export function RemoveScopeModal({ scope, pending, error, onCancel, onConfirm }: RemoveScopeModalProps) {
  return (
    <Modal opened={scope !== null} onClose={onCancel} title="Delete permission">
      {scope !== null && (
        <Stack gap="md">
          <Text>
            Delete <Code>{scope.value}</Code>? {heldBy(scope.granted_to)}
          </Text>
          {error !== null && (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={pending} onClick={() => onConfirm(scope.value)}>
              Delete
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

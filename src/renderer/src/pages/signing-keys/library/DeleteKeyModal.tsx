import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { LibraryKeyView } from '../../../../../shared/domain/keys';
import { FormError } from '../../../components/FormError';
import { useDeleteLibraryKey } from '../../../workbench/queries-keys';

interface Props {
  keyView: LibraryKeyView | null;
  opened: boolean;
  onClose: () => void;
}

export function DeleteKeyModal({ keyView, opened, onClose }: Props) {
  const remove = useDeleteLibraryKey();
  const close = () => {
    remove.reset();
    onClose();
  };
  const confirm = () => {
    if (keyView === null) return;
    remove.mutate(
      { id: keyView.id },
      {
        onSuccess: () => {
          notifications.show({ message: `Deleted ${keyView.name}` });
          close();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title="Delete key?">
      {keyView !== null && (
        <Stack gap="md">
          <Text size="sm">
            <strong>{keyView.name}</strong> (key ID <Code>{keyView.kid}</Code>) is removed from the library
            {keyView.has_private ? ' with its private part' : ''}. Tokens signed with it can no longer be checked
            against it here. This cannot be undone.
          </Text>
          <FormError message={remove.error?.message ?? null} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={remove.isPending} onClick={confirm}>
              Delete
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

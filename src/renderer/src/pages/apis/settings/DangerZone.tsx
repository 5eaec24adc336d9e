import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Api } from '../../../../../shared/domain/api';
import { TypeToConfirmModal } from '../../../components/TypeToConfirmModal';
import { useDeleteApi } from '../../../workbench/queries';

interface DangerZoneProps {
  api: Api;
  /** Called just before leaving for the list, once the API is gone. */
  onDeleted: () => void;
}

export function DangerZone({ api, onDeleted }: DangerZoneProps) {
  const [confirming, confirm] = useDisclosure(false);
  const deleteApi = useDeleteApi();
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();

  const close = () => {
    confirm.close();
    setError(null);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      style={{ borderColor: 'var(--mantine-color-red-outline)' }}
      component="section"
      aria-labelledby="danger-zone"
    >
      <Title order={2} fz="lg" fw={600} c="red" id="danger-zone">
        Danger Zone
      </Title>
      <Group justify="space-between" align="center" mt="md" wrap="wrap" gap="md">
        <Stack gap={2} maw={560}>
          <Text fw={500}>Delete this API</Text>
          <Text size="sm" c="dimmed">
            Its settings and permissions are deleted, and every application loses its authorization for it.
            Applications themselves are kept. This cannot be undone.
          </Text>
        </Stack>
        <Button color="red" variant="outline" onClick={confirm.open}>
          Delete API
        </Button>
      </Group>

      <TypeToConfirmModal
        opened={confirming}
        onClose={close}
        title="Delete API"
        expected={api.identifier}
        confirmLabel="Delete"
        pending={deleteApi.isPending}
        error={error}
        onConfirm={(typed) => {
          setError(null);
          deleteApi.mutate(
            { api: api.id, confirmIdentifier: typed },
            {
              onSuccess: () => {
                onDeleted();
                confirm.close();
                notifications.show({ title: 'API deleted', message: api.name });
                void navigate('/apis', { replace: true });
              },
              onError: (e) => setError(e.message),
            },
          );
        }}
      >
        <Text>
          This deletes <strong>{api.name}</strong> (
          <Code style={{ wordBreak: 'break-all' }}>{api.identifier}</Code>) and removes it from the grants of
          every application authorized for it.
        </Text>
      </TypeToConfirmModal>
    </Paper>
  );
}

import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Application } from '../../../../shared/domain/application';
import { TypeToConfirmModal } from '../../components/TypeToConfirmModal';
import { useDeleteApplication } from '../../workbench/queries';

export function DeleteApplication({ app, onDeleted }: { app: Application; onDeleted: () => void }) {
  const [confirming, confirm] = useDisclosure(false);
  const deleteApplication = useDeleteApplication();
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();

  return (
    <Paper withBorder radius="md" p="lg" style={{ borderColor: 'var(--mantine-color-red-outline)' }} component="section" aria-labelledby="app-danger-zone">
      <Title order={2} fz="lg" fw={600} c="red" id="app-danger-zone">
        Danger Zone
      </Title>
      <Group justify="space-between" align="center" mt="md" wrap="wrap" gap="md">
        <Stack gap={2} maw={560}>
          <Text fw={500}>Delete this application</Text>
          <Text size="sm" c="dimmed">
            Its credentials stop working and its authorizations for APIs (client grants) are removed. This cannot be undone.
          </Text>
        </Stack>
        <Button color="red" variant="outline" onClick={confirm.open}>
          Delete Application
        </Button>
      </Group>

      <TypeToConfirmModal
        opened={confirming}
        onClose={() => {
          confirm.close();
          setError(null);
        }}
        title="Delete Application"
        expected={app.name}
        confirmLabel="Delete"
        pending={deleteApplication.isPending}
        error={error}
        onConfirm={(typed) => {
          setError(null);
          deleteApplication.mutate(
            { app: app.client_id, confirmName: typed },
            {
              onSuccess: ({ grants_removed }) => {
                onDeleted();
                confirm.close();
                notifications.show({
                  title: 'Application deleted',
                  message: grants_removed > 0 ? `${app.name} and its ${grants_removed} ${grants_removed === 1 ? 'grant' : 'grants'}` : app.name,
                });
                void navigate('/applications', { replace: true });
              },
              onError: (e) => setError(e.message),
            },
          );
        }}
      >
        <Text>
          This deletes <strong>{app.name}</strong> (<Code>{app.client_id}</Code>) and removes its grants for every API.
        </Text>
      </TypeToConfirmModal>
    </Paper>
  );
}

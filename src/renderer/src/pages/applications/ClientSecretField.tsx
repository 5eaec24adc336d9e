import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { CopyIconButton } from '../../components/CopyField';
import { useRevealSecret, useRotateSecret } from '../../workbench/queries';

const MASK = '•'.repeat(32);

/**
 * The secret is never loaded with the page: only "Reveal" (or a rotation) asks for it, and it
 * lives in this component's state until the user hides it or leaves.
 */
export function ClientSecretField({ clientId, appName }: { clientId: string; appName: string }) {
  const reveal = useRevealSecret();
  const rotate = useRotateSecret();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);

  const onReveal = () => {
    setError(null);
    reveal.mutate(
      { app: clientId },
      {
        onSuccess: ({ client_secret }) => setSecret(client_secret),
        onError: (e) => setError(e.message),
      },
    );
  };

  const onRotate = () => {
    setError(null);
    rotate.mutate(
      { app: clientId },
      {
        onSuccess: ({ client_secret }) => {
          setSecret(client_secret);
          confirm.close();
          notifications.show({ color: 'green', title: 'Client secret rotated', message: `${appName} has a new client secret.` });
        },
        onError: (e) => {
          confirm.close();
          setError(e.message);
        },
      },
    );
  };

  return (
    <Stack gap={6}>
      <TextInput
        label="Client Secret"
        description="Keep it on your backend only. Together with the Client ID it gets tokens."
        value={secret ?? MASK}
        readOnly
        spellCheck={false}
        error={error}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        rightSectionWidth={secret === null ? 90 : 70}
        rightSectionPointerEvents="all"
        rightSection={
          secret === null ? (
            <Button size="compact-sm" variant="subtle" leftSection={<IconEye size={14} aria-hidden />} loading={reveal.isPending} onClick={onReveal}>
              Reveal
            </Button>
          ) : (
            <Group gap={0} wrap="nowrap">
              <CopyIconButton value={secret} label="Copy Client Secret" />
              <Button size="compact-sm" variant="subtle" px={6} onClick={() => setSecret(null)} aria-label="Hide Client Secret">
                <IconEyeOff size={16} aria-hidden />
              </Button>
            </Group>
          )
        }
      />
      <Group>
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={confirm.open}>
          Rotate
        </Button>
      </Group>

      <Modal opened={confirming} onClose={confirm.close} title="Rotate client secret">
        <Stack gap="md">
          <Text>
            A new secret replaces the current one for <strong>{appName}</strong>. The old secret stops working at once: every
            service that uses it fails to get tokens until it is given the new one.
          </Text>
          <Text size="sm" c="dimmed">
            Client ID <Code>{clientId}</Code>
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={rotate.isPending} onClick={onRotate}>
              Rotate
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

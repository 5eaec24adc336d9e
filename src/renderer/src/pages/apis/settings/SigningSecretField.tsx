import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { Api } from '../../../../../shared/domain/api';
import { CopyIconButton } from '../../../components/CopyField';
import { useRevealSigningSecret, useRotateSigningSecret } from '../../../workbench/queries-tokens';

const MASK = '•'.repeat(32);

/**
 * An HS256 API's signing secret: whoever holds it can both verify and forge this API's tokens. It
 * is never loaded with the page; only "Reveal" (or a rotation) asks for it, and it lives in this
 * component's state until hidden or the tab is left.
 */
export function SigningSecretField({ api }: { api: Api }) {
  const reveal = useRevealSigningSecret();
  const rotate = useRotateSigningSecret();
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);

  const onReveal = () => {
    setError(null);
    reveal.mutate(
      { api: api.id },
      {
        onSuccess: ({ signing_secret }) => setSecret(signing_secret),
        onError: (e) => setError(e.message),
      },
    );
  };

  const onRotate = () => {
    setError(null);
    rotate.mutate(
      { api: api.id },
      {
        onSuccess: ({ signing_secret }) => {
          // Shown at once: whoever verifies this API's tokens needs the new secret now.
          setSecret(signing_secret);
          confirm.close();
          notifications.show({
            color: 'green',
            title: 'Signing secret rotated',
            message: `${api.name} has a new signing secret.`,
          });
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
        label="Signing Secret"
        description="Signs and verifies this API's HS256 tokens. Anyone who has it can forge tokens for this API: give it only to the API that verifies them."
        value={secret ?? MASK}
        readOnly
        variant="filled"
        spellCheck={false}
        autoComplete="off"
        error={error}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        rightSectionWidth={secret === null ? 90 : 70}
        rightSectionPointerEvents="all"
        rightSection={
          secret === null ? (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconEye size={14} aria-hidden />}
              loading={reveal.isPending}
              onClick={onReveal}
            >
              Reveal
            </Button>
          ) : (
            <Group gap={0} wrap="nowrap">
              <CopyIconButton value={secret} label="Copy Signing Secret" />
              <Button
                size="compact-sm"
                variant="subtle"
                px={6}
                onClick={() => setSecret(null)}
                aria-label="Hide Signing Secret"
              >
                <IconEyeOff size={16} aria-hidden />
              </Button>
            </Group>
          )
        }
      />
      <Group>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={confirm.open}
        >
          Rotate
        </Button>
      </Group>

      <Modal opened={confirming} onClose={confirm.close} title="Rotate signing secret">
        <Stack gap="md">
          <Text>
            A new secret replaces the current one for <strong>{api.name}</strong>. Tokens signed with the old
            secret stop verifying at once, and every service that verifies this API&apos;s tokens must be
            given the new secret.
          </Text>
          <Text size="sm" c="dimmed">
            Identifier <Code style={{ wordBreak: 'break-all' }}>{api.identifier}</Code>
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={rotate.isPending} onClick={onRotate}>
              Rotate secret
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

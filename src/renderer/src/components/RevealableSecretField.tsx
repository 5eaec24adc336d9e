import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEye, IconEyeOff, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { CopyIconButton } from './CopyField';
import { monospaceInput } from './monospace';

const MASK = '•'.repeat(32);

export interface RevealableSecretFieldProps {
  /** "Client Secret", "Signing Secret": also names the copy and hide buttons. */
  label: string;
  description: string;
  /** The explicit call that returns the secret; nothing loads it with the page. */
  reveal: () => Promise<string>;
  revealing: boolean;
  /** Replaces the secret and returns the new one. */
  rotate: () => Promise<string>;
  rotating: boolean;
  rotateTitle: string;
  rotateConfirmLabel: string;
  /** What stops working when the secret is replaced. */
  rotateWarning: ReactNode;
  rotatedMessage: string;
}

/**
 * A secret shown as dots until "Reveal", then copied or hidden again; "Rotate" after a confirmation.
 * The secret lives only in this component's state.
 */
export function RevealableSecretField(props: RevealableSecretFieldProps) {
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);

  const onReveal = () => {
    setError(null);
    props.reveal().then(setSecret, (e: Error) => setError(e.message));
  };

  const onRotate = () => {
    setError(null);
    props.rotate().then(
      (next) => {
        // Shown at once: whoever uses the secret needs the new one now.
        setSecret(next);
        confirm.close();
        notifications.show({ color: 'green', title: `${props.label} rotated`, message: props.rotatedMessage });
      },
      (e: Error) => {
        confirm.close();
        setError(e.message);
      },
    );
  };

  return (
    <Stack gap={6}>
      <TextInput
        label={props.label}
        description={props.description}
        value={secret ?? MASK}
        readOnly
        variant="filled"
        spellCheck={false}
        autoComplete="off"
        error={error}
        styles={monospaceInput}
        rightSectionWidth={secret === null ? 90 : 70}
        rightSectionPointerEvents="all"
        rightSection={
          secret === null ? (
            <Button size="compact-sm" variant="subtle" leftSection={<IconEye size={14} aria-hidden />} loading={props.revealing} onClick={onReveal}>
              Reveal
            </Button>
          ) : (
            <Group gap={0} wrap="nowrap">
              <CopyIconButton value={secret} label={`Copy ${props.label}`} />
              <Button size="compact-sm" variant="subtle" px={6} onClick={() => setSecret(null)} aria-label={`Hide ${props.label}`}>
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

      <Modal opened={confirming} onClose={confirm.close} title={props.rotateTitle}>
        <Stack gap="md">
          {typeof props.rotateWarning === 'string' ? <Text>{props.rotateWarning}</Text> : props.rotateWarning}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={props.rotating} onClick={onRotate}>
              {props.rotateConfirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

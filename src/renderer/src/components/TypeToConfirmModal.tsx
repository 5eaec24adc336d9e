import { Button, Code, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { monospaceInput } from './monospace';

interface TypeToConfirmModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will be lost, in plain words. */
  children: ReactNode;
  /** What the user must type: an identifier or a name. */
  expected: string;
  confirmLabel: string;
  pending: boolean;
  /** A refusal from the host, shown under the field. */
  error: string | null;
  onConfirm: (typed: string) => void;
}

/**
 * Destructive actions are confirmed by typing what is about to go, which makes the user read it.
 * Mounted only while open, so every opening starts empty.
 */
export function TypeToConfirmModal({ opened, onClose, title, ...rest }: TypeToConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <ConfirmForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function ConfirmForm({
  onClose,
  children,
  expected,
  confirmLabel,
  pending,
  error,
  onConfirm,
}: Omit<TypeToConfirmModalProps, 'opened' | 'title'>) {
  const [typed, setTyped] = useState('');
  const matches = typed === expected;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches) onConfirm(typed);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {children}
        <TextInput
          label={
            <>
              Type <Code>{expected}</Code> to confirm
            </>
          }
          // The visible label holds a <code>; the accessible name must read as plain text.
          aria-label={`Type ${expected} to confirm`}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          error={error}
          styles={monospaceInput}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" disabled={!matches} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

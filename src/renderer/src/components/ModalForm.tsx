import { Button, Group, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { FormError } from './FormError';

interface ModalFormProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  /** What the dialog does: "Create", "Save", "Import". */
  submitLabel: string;
  pending: boolean;
  /** E.g. nothing changed yet. */
  submitDisabled?: boolean;
  /** A refusal that names no field; refusals that do are shown under their field. */
  error: string | null;
  /** The fields. */
  children: ReactNode;
}

/**
 * The inside of a dialog that creates or edits something: its fields, then Cancel and the one action.
 * A real form, so Enter submits; `noValidate`, as each dialog says what is wrong under the field itself.
 */
export function ModalForm({
  onSubmit,
  onCancel,
  submitLabel,
  pending,
  submitDisabled,
  error,
  children,
}: ModalFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {children}
        <FormError message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

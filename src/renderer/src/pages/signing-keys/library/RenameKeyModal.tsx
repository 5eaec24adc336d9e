import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { LibraryKeyView } from '../../../../../shared/domain/keys';
import { FormError } from '../../../components/FormError';
import { useUpdateLibraryKey } from '../../../workbench/queries-keys';

interface Props {
  keyView: LibraryKeyView | null;
  opened: boolean;
  onClose: () => void;
}

export function RenameKeyModal({ keyView, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Rename key">
      {keyView !== null && <RenameKeyForm key={keyView.id} keyView={keyView} onDone={onClose} />}
    </Modal>
  );
}

function RenameKeyForm({ keyView, onDone }: { keyView: LibraryKeyView; onDone: () => void }) {
  const update = useUpdateLibraryKey();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { name: keyView.name } });

  const submit = form.onSubmit(({ name }) => {
    setFormError(null);
    update.mutate(
      { id: keyView.id, name: name.trim() },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error.field === 'name') form.setFieldError('name', error.message);
          else setFormError(error.message);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Name" description={`The key ID, ${keyView.kid}, stays the same.`} autoComplete="off" data-autofocus {...form.getInputProps('name')} />
        <FormError message={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={form.getValues().name.trim() === keyView.name}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

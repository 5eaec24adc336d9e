import { Modal, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { LibraryKeyView } from '../../../../../shared/domain/keys';
import { ModalForm } from '../../../components/ModalForm';
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
    <ModalForm
      onSubmit={submit}
      onCancel={onDone}
      submitLabel="Save"
      pending={update.isPending}
      submitDisabled={form.getValues().name.trim() === keyView.name}
      error={formError}
    >
      <TextInput label="Name" description={`The key ID, ${keyView.kid}, stays the same.`} autoComplete="off" data-autofocus {...form.getInputProps('name')} />
    </ModalForm>
  );
}

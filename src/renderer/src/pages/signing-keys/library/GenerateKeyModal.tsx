import { Modal, Select } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { KEY_TYPES, type KeyType } from '../../../../../shared/domain/keys';
import { ModalForm } from '../../../components/ModalForm';
import { useGenerateLibraryKey } from '../../../workbench/queries-keys';
import { keyTypeGroup, keyTypeLabel } from '../keyFormats';
import { KeyNameFields } from './KeyNameFields';

/** KEY_TYPES grouped by family, in their order. */
const TYPE_OPTIONS = KEY_TYPES.reduce<{ group: string; items: { value: KeyType; label: string }[] }[]>((groups, type) => {
  const group = keyTypeGroup(type);
  const last = groups[groups.length - 1];
  const item = { value: type, label: keyTypeLabel(type) };
  if (last?.group === group) last.items.push(item);
  else groups.push({ group, items: [item] });
  return groups;
}, []);

const FIELDS = ['type', 'name', 'kid'] as const;

export function GenerateKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Generate key">
      <GenerateKeyForm onDone={onClose} />
    </Modal>
  );
}

function GenerateKeyForm({ onDone }: { onDone: () => void }) {
  const generate = useGenerateLibraryKey();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { type: 'RSA-2048' as KeyType, name: '', kid: '' } });

  const submit = form.onSubmit(({ type, name, kid }) => {
    setFormError(null);
    generate.mutate(
      { type, ...(name.trim() === '' ? {} : { name: name.trim() }), ...(kid.trim() === '' ? {} : { kid: kid.trim() }) },
      {
        onSuccess: (key) => {
          notifications.show({ color: 'green', title: 'Key generated', message: `${key.name} (${key.label})` });
          form.reset();
          onDone();
        },
        onError: (error) => {
          const field = FIELDS.find((f) => f === error.field);
          if (field !== undefined) form.setFieldError(field, error.message);
          else setFormError(error.message);
        },
      },
    );
  });

  return (
    <ModalForm onSubmit={submit} onCancel={onDone} submitLabel="Generate" pending={generate.isPending} error={formError}>
      <Select
        label="Key type"
        data={TYPE_OPTIONS}
        allowDeselect={false}
        searchable={false}
        comboboxProps={{ withinPortal: true }}
        data-autofocus
        {...form.getInputProps('type')}
      />
      <KeyNameFields name={form.getInputProps('name')} kid={form.getInputProps('kid')} kidDefault="the key's RFC 7638 thumbprint (a random ID for HMAC secrets)" />
    </ModalForm>
  );
}

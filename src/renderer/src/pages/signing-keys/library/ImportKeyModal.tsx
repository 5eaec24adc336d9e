import { Button, FileButton, Group, Modal, PasswordInput, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ModalForm } from '../../../components/ModalForm';
import { useImportLibraryKey } from '../../../workbench/queries-keys';
import { readKeyFile } from './readKeyFile';
import { KeyNameFields } from './KeyNameFields';

type Field = 'input' | 'password' | 'name' | 'kid';

/** The import names the key field `key` in its errors and `input` in its arguments. */
function fieldOf(field: string | undefined): Field | undefined {
  if (field === 'key' || field === 'input') return 'input';
  return field === 'password' || field === 'name' || field === 'kid' ? field : undefined;
}

export function ImportKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Import key" size="lg">
      <ImportKeyForm onDone={onClose} />
    </Modal>
  );
}

function ImportKeyForm({ onDone }: { onDone: () => void }) {
  const importKey = useImportLibraryKey();
  const [formError, setFormError] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { input: '', password: '', name: '', kid: '' } });

  const pickFile = (file: File | null) => {
    if (file === null) return;
    form.clearFieldError('input');
    readKeyFile(file).then(
      ({ text, base64 }) => {
        form.setFieldValue('input', text);
        if (form.getValues().name === '') form.setFieldValue('name', file.name.replace(/\.[^.]+$/, ''));
        setFileNote(base64 ? `${file.name} is binary (DER): it is read as base64.` : `Read from ${file.name}.`);
      },
      (error: Error) => form.setFieldError('input', error.message),
    );
  };

  const submit = form.onSubmit(({ input, password, name, kid }) => {
    setFormError(null);
    if (input.trim() === '') {
      form.setFieldError('input', 'Paste a key or choose a file.');
      return;
    }
    importKey.mutate(
      {
        input,
        ...(password === '' ? {} : { password }),
        ...(name.trim() === '' ? {} : { name: name.trim() }),
        ...(kid.trim() === '' ? {} : { kid: kid.trim() }),
      },
      {
        onSuccess: (key) => {
          notifications.show({ color: 'green', title: 'Key imported', message: `${key.name}: ${key.imported_format ?? key.label}` });
          form.reset();
          onDone();
        },
        onError: (error) => {
          const field = fieldOf(error.field);
          if (field !== undefined) form.setFieldError(field, error.message);
          else setFormError(error.message);
        },
      },
    );
  });

  return (
    <ModalForm onSubmit={submit} onCancel={onDone} submitLabel="Import" pending={importKey.isPending} error={formError}>
      <Textarea
        label="Key (PEM or JWK)"
        description="PKCS#8, PKCS#1, SEC1, SPKI or an X.509 certificate in PEM, or a JWK. Paste it or choose a file."
        autosize
        minRows={6}
        maxRows={14}
        spellCheck={false}
        autoComplete="off"
        data-autofocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        {...form.getInputProps('input')}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
      />
      <Group gap="sm">
        <FileButton onChange={pickFile} accept=".pem,.key,.crt,.cer,.der,.pub,.json,.jwk,.txt,application/json,application/x-pem-file">
          {(props) => (
            <Button {...props} variant="default" size="xs" leftSection={<IconFileUpload size={14} aria-hidden />}>
              Choose file…
            </Button>
          )}
        </FileButton>
        {fileNote !== null && (
          <Text size="xs" c="dimmed">
            {fileNote}
          </Text>
        )}
      </Group>
      <PasswordInput
        label="Password"
        description="Only for an encrypted PKCS#8 key (BEGIN ENCRYPTED PRIVATE KEY)."
        autoComplete="off"
        {...form.getInputProps('password')}
      />
      <KeyNameFields name={form.getInputProps('name')} kid={form.getInputProps('kid')} kidDefault="the key's RFC 7638 thumbprint" />
    </ModalForm>
  );
}

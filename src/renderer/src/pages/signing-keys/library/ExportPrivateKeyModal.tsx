import { Alert, Button, Code, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { LibraryKeyView, PrivateKeyFile } from '../../../../../shared/domain/keys';
import { CopyIconButton } from '../../../components/CopyField';
import { FormError } from '../../../components/FormError';
import { useExportPrivateLibraryKey } from '../../../workbench/queries-keys';

interface Props {
  keyView: LibraryKeyView | null;
  opened: boolean;
  onClose: () => void;
}

const MIN_PASSWORD = 8;

export function ExportPrivateKeyModal({ keyView, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Export private key" size="lg">
      {keyView !== null && <ExportPrivateForm key={keyView.id} keyView={keyView} onDone={onClose} />}
    </Modal>
  );
}

/**
 * A private key leaves the vault only encrypted with a password, and only as a file the back end
 * writes: the key never passes through this page.
 */
function ExportPrivateForm({ keyView, onDone }: { keyView: LibraryKeyView; onDone: () => void }) {
  const exportPrivate = useExportPrivateLibraryKey();
  const [written, setWritten] = useState<PrivateKeyFile | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) => (v.length < MIN_PASSWORD ? `Password must be at least ${MIN_PASSWORD} characters.` : null),
      confirm: (v, values) => (v !== values.password ? 'The passwords do not match.' : null),
    },
  });
  const secret = keyView.kty === 'oct';

  if (written !== null) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="Private key written">
          <Stack gap={6}>
            <Text size="sm">
              {written.format === 'encrypted-pkcs8' ? 'Encrypted PKCS#8 (PEM)' : 'Encrypted JWK (JWE)'},{' '}
              {written.bytes.toLocaleString()} bytes, at:
            </Text>
            <Group gap={4} wrap="nowrap">
              <Code block style={{ flex: 1, wordBreak: 'break-all' }} aria-label="File path">
                {written.path}
              </Code>
              <CopyIconButton value={written.path} label="Copy file path" />
            </Group>
          </Stack>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onDone} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    );
  }

  const submit = form.onSubmit(({ password }) => {
    setFormError(null);
    exportPrivate.mutate(
      { id: keyView.id, password },
      {
        onSuccess: setWritten,
        onError: (error) => {
          if (error.field === 'password') form.setFieldError('password', error.message);
          else setFormError(error.message);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          Anyone with the file and its password can sign tokens as <strong>{keyView.name}</strong>. Token Workbench
          writes the {secret ? 'secret as an encrypted JWK (JWE, PBES2)' : 'key as encrypted PKCS#8 (AES-256, PBKDF2)'}{' '}
          to a file on this machine (your Downloads folder, else the data folder&apos;s exports folder) and shows you
          where.
        </Alert>
        <PasswordInput label="Password" description={`At least ${MIN_PASSWORD} characters.`} autoComplete="new-password" data-autofocus {...form.getInputProps('password')} />
        <PasswordInput label="Confirm password" autoComplete="new-password" {...form.getInputProps('confirm')} />
        <FormError message={formError} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="orange" loading={exportPrivate.isPending}>
            Export private key
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { LibraryKeyView } from '../../../../../shared/domain/keys';
import { LoadError } from '../../../components/LoadError';
import { useLibraryKeys } from '../../../workbench/queries-keys';
import { SecretsAtRestNote } from '../SecretsAtRestNote';
import { DeleteKeyModal } from './DeleteKeyModal';
import { ExportPrivateKeyModal } from './ExportPrivateKeyModal';
import { GenerateKeyModal } from './GenerateKeyModal';
import { ImportKeyModal } from './ImportKeyModal';
import { LibraryTable, type LibraryKeyDialog } from './LibraryTable';
import { RenameKeyModal } from './RenameKeyModal';

/** Keys of every kind for debugging and minting, beside (never instead of) the tenant's keys. */
export function KeyLibrary() {
  const keys = useLibraryKeys();
  const [generating, generate] = useDisclosure(false);
  const [importing, importer] = useDisclosure(false);
  // The target outlives its dialog's closing animation, so the text does not vanish mid-fade.
  const [target, setTarget] = useState<LibraryKeyView | null>(null);
  const [dialog, setDialog] = useState<LibraryKeyDialog | null>(null);

  const open = (kind: LibraryKeyDialog, key: LibraryKeyView) => {
    setTarget(key);
    setDialog(kind);
  };
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4} maw={620}>
          <Text size="sm" c="dimmed">
            RSA, EC, Ed25519 keys and HMAC secrets to sign or check tokens with while debugging. They never sign this
            tenant&apos;s tokens. Private parts stay here; they leave only as a password-encrypted file.
          </Text>
          <SecretsAtRestNote />
        </Stack>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={importer.open}>
            Import key
          </Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={generate.open}>
            Generate key
          </Button>
        </Group>
      </Group>
      {keys.isError ? (
        <LoadError what="the key library" error={keys.error} onRetry={() => void keys.refetch()} />
      ) : (
        <LibraryTable keys={keys.data} onAction={open} />
      )}
      <GenerateKeyModal opened={generating} onClose={generate.close} />
      <ImportKeyModal opened={importing} onClose={importer.close} />
      <RenameKeyModal keyView={target} opened={dialog === 'rename'} onClose={close} />
      <ExportPrivateKeyModal keyView={target} opened={dialog === 'export-private'} onClose={close} />
      <DeleteKeyModal keyView={target} opened={dialog === 'delete'} onClose={close} />
    </Stack>
  );
}

import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { LoadError } from '../../components/LoadError';
import { saveExportedFile } from '../../workbench/download';
import { useCurrentTenant } from '../../workbench/queries';
import { useExportSigningKey, useSigningKeys } from '../../workbench/queries-keys';
import { JwksPanel } from './JwksPanel';
import { KeyActions } from './KeyActions';
import { currentKidOf } from './KeyChangeModal';
import { RevokedKeys } from './RevokedKeys';
import { SecretsAtRestNote } from './SecretsAtRestNote';
import { SigningKeysTable } from './SigningKeysTable';

/** The tenant's own keys: what signs now, what verifies, rotation, and the published JWKS. */
export function TenantKeys() {
  const keys = useSigningKeys();
  const domain = useCurrentTenant().data?.domain;

  if (keys.isError) return <LoadError what="signing keys" error={keys.error} onRetry={() => void keys.refetch()} />;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <KeyActions keys={keys.data} />
          <SecretsAtRestNote />
        </Group>
        <Text size="sm" c="dimmed">
          New tokens are signed with the current key. The next key is already published, so validators that cached
          the JWKS keep working after a rotation. Each key has a self-signed certificate
          {domain === undefined ? '' : ` for CN=${domain}`}.
        </Text>
        <SigningKeysTable keys={keys.data} />
      </Stack>
      {keys.data !== undefined && <RevokedKeys keys={keys.data} />}
      <JwksPanel actions={<DownloadJwksButton kid={currentKidOf(keys.data)} />} />
    </Stack>
  );
}

function DownloadJwksButton({ kid }: { kid: string | undefined }) {
  const exportKey = useExportSigningKey();
  const download = () => {
    if (kid === undefined) return;
    exportKey.mutate(
      { kid, format: 'jwks' },
      {
        onSuccess: saveExportedFile,
        onError: (error) => notifications.show({ color: 'red', title: 'Could not download the JWKS', message: error.message }),
      },
    );
  };
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconDownload size={14} aria-hidden />}
      disabled={kid === undefined}
      loading={exportKey.isPending}
      onClick={download}
    >
      Download JWKS
    </Button>
  );
}

import { Alert, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import type { ConfigFormat } from '../../../../../shared/config-as-code/schemas';
import { FormError } from '../../../components/FormError';
import { saveTextFile } from '../../../workbench/download';
import { useExportConfig } from '../../../workbench/queries-config';
import { downloadsFor, MAX_SEPARATE_DOWNLOADS } from './configFiles';

/** Labels exactly as end-to-end tests find them. */
export const FORMAT_LABELS: Record<ConfigFormat, string> = {
  json: 'JSON (Management API)',
  yaml: 'YAML (deploy-cli tenant.yaml)',
  directory: 'Directory (deploy-cli)',
};

const FORMAT_DESCRIPTIONS: Record<ConfigFormat, string> = {
  json: 'One file with resource_servers, clients and client_grants as the Management API returns them.',
  yaml: 'One tenant.yaml for auth0-deploy-cli; grants name their application by its name.',
  directory: `resource-servers/, clients/ and grants/ with one JSON file each. Up to ${MAX_SEPARATE_DOWNLOADS} files download one by one (named folder_file.json); more come as one JSON bundle that Import reads back as it is.`,
};

interface Done {
  summary: string;
  warnings: string[];
}

export function ExportPanel() {
  const exportConfig = useExportConfig();
  const [format, setFormat] = useState<ConfigFormat>('yaml');
  const [done, setDone] = useState<Done | null>(null);

  const run = () => {
    setDone(null);
    exportConfig.mutate(
      { format },
      {
        onSuccess: (result) => {
          const plan = downloadsFor(result);
          for (const file of plan.files) saveTextFile(file.fileName, file.content, file.mediaType);
          const { apis, applications, grants } = result.counts;
          const what = `${apis} ${apis === 1 ? 'API' : 'APIs'}, ${applications} ${applications === 1 ? 'application' : 'applications'} and ${grants} ${grants === 1 ? 'grant' : 'grants'} of ${result.tenant.domain}`;
          setDone({
            summary: plan.bundled
              ? `Exported ${what}: ${result.files.length} files, bundled into ${plan.files[0]!.fileName} (one download instead of ${result.files.length}).`
              : `Exported ${what} to ${plan.files.map((f) => f.fileName).join(', ')}.`,
            warnings: result.warnings,
          });
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="config-export-heading">
      <Stack gap="md">
        <div>
          <Title order={3} id="config-export-heading" fz="md" fw={600}>
            Export
          </Title>
          <Text size="sm" c="dimmed">
            The current tenant&apos;s APIs, applications and grants, to keep in a repository or load into another tenant.
          </Text>
        </div>
        <Radio.Group label="Format" value={format} onChange={(v) => setFormat(v as ConfigFormat)}>
          <Stack gap="sm" mt={6}>
            {(Object.keys(FORMAT_LABELS) as ConfigFormat[]).map((f) => (
              <Radio key={f} value={f} label={FORMAT_LABELS[f]} description={FORMAT_DESCRIPTIONS[f]} />
            ))}
          </Stack>
        </Radio.Group>
        <Group gap="xs" wrap="nowrap">
          <IconLock size={16} aria-hidden style={{ flex: 'none' }} />
          <Text size="sm">Secrets are never exported: no client secrets, no signing secrets, no keys.</Text>
        </Group>
        <FormError message={exportConfig.error?.message ?? null} />
        {done !== null && (
          <Alert color="green" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            <Text size="sm">{done.summary}</Text>
            {done.warnings.map((w) => (
              <Text size="sm" key={w} mt={4}>
                {w}
              </Text>
            ))}
          </Alert>
        )}
        <Group>
          <Button leftSection={<IconDownload size={16} aria-hidden />} loading={exportConfig.isPending} onClick={run}>
            Export
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

import { Alert, Button, FileButton, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconFolderOpen, IconUpload } from '@tabler/icons-react';
import { useState, type InputHTMLAttributes } from 'react';
import type { ImportInput, ImportPlan, ImportResult } from '../../../../../shared/config-as-code/schemas';
import { useApplyImport, usePlanImport } from '../../../workbench/queries-config';
import { importInputFromFile, importInputFromFolder } from './configFiles';
import { ImportPlanView } from './ImportPlanView';

// React's types do not know the attribute that turns a file picker into a folder picker.
const FOLDER_PICKER = { webkitdirectory: '', directory: '' } as InputHTMLAttributes<HTMLInputElement>;

type Refusal = { title: string; message: string };

/**
 * Import in two steps: pick a file or folder and see the plan (nothing changes), then apply all of
 * it or nothing. Refusals name the file, the path inside it and the reason.
 */
export function ImportPanel() {
  const planImport = usePlanImport();
  const applyImport = useApplyImport();
  const [file, setFile] = useState<File | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);

  const reset = () => {
    setPlan(null);
    setRefusal(null);
    setApplied(null);
  };

  const planFor = (input: ImportInput) => {
    planImport.mutate(input, {
      onSuccess: setPlan,
      onError: (error) =>
        setRefusal({ title: input.format === 'directory' ? 'The folder cannot be imported' : 'The file cannot be imported', message: error.message }),
    });
  };

  const pickFile = (picked: File | null) => {
    reset();
    setFile(picked);
    setFolder(null);
    if (picked !== null) void importInputFromFile(picked).then(planFor);
  };

  const pickFolder = (picked: File[]) => {
    reset();
    setFile(null);
    if (picked.length === 0) return;
    void importInputFromFolder(picked).then((input) => {
      if ('error' in input) {
        setFolder(null);
        setRefusal({ title: 'The folder cannot be imported', message: input.error });
        return;
      }
      setFolder(`${input.root} (${input.files.length} ${input.files.length === 1 ? 'file' : 'files'})`);
      planFor(input);
    });
  };

  const cancel = () => {
    reset();
    setFile(null);
    setFolder(null);
  };

  const apply = () => {
    if (plan === null) return;
    setRefusal(null);
    applyImport.mutate(
      { plan },
      {
        onSuccess: (result) => {
          setPlan(null);
          setFile(null);
          setFolder(null);
          setApplied(result);
          notifications.show({ color: 'green', title: 'Import applied', message: `${result.tenant.domain} is up to date with the file.` });
        },
        onError: (error) => setRefusal({ title: 'Nothing was imported', message: error.message }),
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="config-import-heading">
      <Stack gap="md">
        <div>
          <Title order={3} id="config-import-heading" fz="md" fw={600}>
            Import
          </Title>
          <Text size="sm" c="dimmed">
            Adds and updates APIs, applications and grants of the current tenant from a file. You see what would change
            first; an import never deletes anything.
          </Text>
        </div>
        <Group align="flex-end" gap="sm">
          <FileInput
            label="Configuration file"
            description="JSON (Management API, or a bundle from Export) or YAML"
            placeholder="Choose a file…"
            accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
            value={file}
            onChange={pickFile}
            clearable
            leftSection={<IconUpload size={16} aria-hidden />}
            w={380}
            maw="100%"
          />
          <FileButton multiple onChange={pickFolder} inputProps={FOLDER_PICKER}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />}>
                Choose folder…
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed" mt={-8}>
          Choose folder… reads a deploy-cli directory: the folder with resource-servers/, clients/ and grants/.
          {folder !== null && (
            <>
              {' '}
              Chosen: <strong>{folder}</strong>
            </>
          )}
        </Text>

        {planImport.isPending && <Text size="sm">Reading the file and comparing it with the tenant…</Text>}

        {refusal !== null && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={refusal.title} role="alert" style={{ overflowWrap: 'anywhere' }}>
            {refusal.message}
          </Alert>
        )}

        {applied !== null && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="Import applied" role="status">
            Added {count(applied.added)}; changed {count(applied.changed)}; {count(applied.unchanged)} unchanged, in{' '}
            {applied.tenant.domain}.
          </Alert>
        )}

        {plan !== null && (
          <Stack gap="md" aria-live="polite">
            <Text size="sm">
              <strong>{plan.source}</strong> compared with <strong>{plan.tenant.domain}</strong>:{' '}
              {plan.hasChanges ? 'applying it changes what is listed below.' : 'the tenant already matches it; nothing would change.'}
            </Text>
            {plan.warnings.length > 0 && (
              <Alert color="yellow" variant="light" title="Not imported" icon={<IconAlertTriangle aria-hidden />} style={{ overflowWrap: 'anywhere' }}>
                <Stack gap={2}>
                  {plan.warnings.map((w) => (
                    <Text size="sm" key={w}>
                      {w}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            <ImportPlanView plan={plan} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={cancel}>
                Cancel
              </Button>
              <Button onClick={apply} loading={applyImport.isPending} disabled={!plan.hasChanges}>
                Apply import
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function count({ apis, applications, grants }: ImportResult['added']): string {
  return `${apis} ${apis === 1 ? 'API' : 'APIs'}, ${applications} ${applications === 1 ? 'application' : 'applications'}, ${grants} ${grants === 1 ? 'grant' : 'grants'}`;
}

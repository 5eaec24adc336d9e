import { Alert, Anchor, Badge, Button, Divider, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { APP_TYPE_LABELS, ApplicationNameSchema, type Application } from '../../../../shared/domain/application';
import { CopyField } from '../../components/CopyField';
import { LoadError } from '../../components/LoadError';
import { SettingsSection } from '../../components/SettingsSection';
import { UnsavedChangesPrompt } from '../../components/UnsavedChangesPrompt';
import { asWorkbenchError } from '../../workbench/errors';
import { useApplication, useUpdateApplication } from '../../workbench/queries';
import { AuthorizedApis } from './AuthorizedApis';
import { ClientSecretField } from './ClientSecretField';
import { DeleteApplication } from './DeleteApplication';
import { grantTypeLabel } from './grantTypes';

/** `/applications/:clientId`: credentials, grant types, authorized APIs, and deletion. */
export function ApplicationPage() {
  const { clientId = '' } = useParams();
  const app = useApplication(clientId);

  return (
    <>
      <Anchor component={Link} to="/applications" size="sm" c="dimmed" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden /> Back to Applications
      </Anchor>
      {app.isError ? (
        asWorkbenchError(app.error).code === 'not_found' ? (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="This application does not exist" mt="md">
            It may have been deleted, or it belongs to another tenant.{' '}
            <Anchor component={Link} to="/applications" size="sm">
              Go to Applications
            </Anchor>
            .
          </Alert>
        ) : (
          <LoadError what="this application" error={app.error} onRetry={() => void app.refetch()} />
        )
      ) : app.data === undefined ? (
        <Stack gap="sm" aria-busy aria-label="Loading application">
          <Skeleton height={30} width="40%" />
          <Skeleton height={16} width="55%" />
        </Stack>
      ) : (
        // Keyed by Client ID: another application starts with a clean form.
        <ApplicationDetails key={app.data.client_id} app={app.data} />
      )}
    </>
  );
}

function ApplicationDetails({ app }: { app: Application }) {
  useDocumentTitle(`${app.name} · Applications · Token Workbench`);
  const updateApplication = useUpdateApplication();
  // Undefined until the user edits the name; the saved name shows until then.
  const [name, setName] = useState<string | undefined>(undefined);
  const [nameError, setNameError] = useState<string | null>(null);
  const leaving = useRef(false);
  const shownName = name ?? app.name;
  const dirty = name !== undefined && name !== app.name;
  const canUseClientCredentials = app.grant_types.includes('client_credentials');

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    const parsed = ApplicationNameSchema.safeParse(shownName);
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? 'Invalid name.');
      return;
    }
    updateApplication.mutate(
      { app: app.client_id, name: parsed.data },
      {
        onSuccess: (saved) => {
          setName(undefined);
          notifications.show({ color: 'green', title: 'Application saved', message: saved.name });
        },
        onError: (e) => setNameError(e.message),
      },
    );
  };

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Group gap="sm" wrap="nowrap">
          <Title order={1} fz={28} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {app.name}
          </Title>
          <Badge variant="light" color={app.app_type === 'non_interactive' ? 'indigo' : 'gray'} radius="sm" tt="none" fw={500}>
            {APP_TYPE_LABELS[app.app_type]}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          Client ID <Text span ff="monospace">{app.client_id}</Text>
        </Text>
      </Stack>

      <SettingsSection title="Basic Information">
        <form onSubmit={save} noValidate aria-label="Application name">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label="Name"
              value={shownName}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setNameError(null);
              }}
              error={nameError}
              autoComplete="off"
              style={{ flex: 1 }}
            />
            <Button type="submit" disabled={!dirty} loading={updateApplication.isPending} mt={25}>
              Save
            </Button>
          </Group>
        </form>
        <CopyField label="Client ID" value={app.client_id} />
        <ClientSecretField clientId={app.client_id} appName={app.name} />
      </SettingsSection>

      <Divider />

      <SettingsSection title="Grant Types" description="How this application may get tokens. Machine-to-machine access needs Client Credentials.">
        <Group gap="xs" aria-label="Grant types" role="list">
          {app.grant_types.length === 0 ? (
            <Text c="dimmed" size="sm">
              None
            </Text>
          ) : (
            app.grant_types.map((grantType) => (
              <Badge key={grantType} variant="outline" color="gray" radius="sm" tt="none" fw={500} role="listitem">
                {grantTypeLabel(grantType)}
              </Badge>
            ))
          )}
        </Group>
      </SettingsSection>

      <Divider />

      <SettingsSection title="APIs" description="The APIs this application is authorized for, and the permissions its tokens carry for each.">
        <AuthorizedApis clientId={app.client_id} canUseClientCredentials={canUseClientCredentials} />
      </SettingsSection>

      <DeleteApplication
        app={app}
        onDeleted={() => {
          leaving.current = true;
        }}
      />
      <UnsavedChangesPrompt dirty={dirty} bypass={leaving} />
    </Stack>
  );
}

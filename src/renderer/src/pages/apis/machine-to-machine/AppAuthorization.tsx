import { ActionIcon, Anchor, Badge, Collapse, Group, Paper, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { memo, useId } from 'react';
import { Link } from 'react-router';
import type { Application, ClientGrant } from '../../../../../shared/domain/application';
import { APP_TYPE_LABELS } from '../../../../../shared/domain/application';
import { useCreateGrant, useRemoveGrant, useUpdateGrant, type ScopeWithUsage } from '../../../workbench/queries';
import { GrantScopesEditor } from './GrantScopesEditor';

export interface AppUiState {
  expanded: boolean;
  /** Checkbox choices not yet sent with "Update". */
  draft: string[] | undefined;
  error: string | null;
}

interface AppAuthorizationProps {
  apiId: string;
  audience: string;
  app: Application;
  isTestApplication: boolean;
  grant: ClientGrant | undefined;
  scopes: readonly ScopeWithUsage[];
  ui: AppUiState;
  onUi: (clientId: string, change: Partial<AppUiState>) => void;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((v) => set.has(v));
}

/**
 * One application on an API's Machine to Machine tab: authorized or not, and with which permissions.
 * Memoized: scrolling a long list renders only the cards that come into view.
 */
export const AppAuthorization = memo(function AppAuthorization({
  apiId,
  audience,
  app,
  isTestApplication,
  grant,
  scopes,
  ui,
  onUi: changeUi,
}: AppAuthorizationProps) {
  const onUi = (change: Partial<AppUiState>) => changeUi(app.client_id, change);
  const createGrant = useCreateGrant(apiId, audience);
  const removeGrant = useRemoveGrant(apiId);
  const updateGrant = useUpdateGrant(apiId);
  const titleId = useId();
  const panelId = useId();

  const authorized = grant !== undefined;
  const granted = grant?.scope ?? [];
  const selected = ui.draft ?? granted;
  const dirty = ui.draft !== undefined && !sameSet(ui.draft, granted);
  const toggling = createGrant.isPending || removeGrant.isPending;

  const toggle = (on: boolean) => {
    onUi({ error: null, draft: undefined, expanded: on });
    const onError = (error: { message: string }) => onUi({ error: error.message, expanded: false });
    if (on) createGrant.mutate({ app: app.client_id, scope: [] }, { onError });
    else removeGrant.mutate({ app: app.client_id }, { onError });
  };

  const update = () => {
    onUi({ error: null });
    updateGrant.mutate(
      { app: app.client_id, scope: [...selected] },
      {
        onSuccess: () => onUi({ draft: undefined }),
        onError: (error) => onUi({ error: error.message }),
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" wrap="nowrap" gap="md" align="center">
        <Stack gap={2} miw={0}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={`/applications/${app.client_id}`} fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {app.name}
            </Anchor>
            <Badge variant="light" color="gray" radius="sm" size="sm" tt="none" fw={500}>
              {APP_TYPE_LABELS[app.app_type]}
            </Badge>
            {isTestApplication && (
              <Badge variant="light" color="teal" radius="sm" size="sm" tt="none" fw={500}>
                Test Application
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" ff="monospace" truncate="end">
            {app.client_id}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {authorized && (
            <Tooltip label={ui.expanded ? 'Hide permissions' : 'Show permissions'} withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => onUi({ expanded: !ui.expanded })}
                aria-expanded={ui.expanded}
                aria-controls={panelId}
                aria-label={`Permissions of ${app.name}`}
              >
                <IconChevronDown size={18} aria-hidden style={{ transform: ui.expanded ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />
              </ActionIcon>
            </Tooltip>
          )}
          <Switch
            label="Authorized"
            // The visible label is the dashboard's; the name says which application it is for.
            aria-label={`Authorized for ${app.name}`}
            labelPosition="left"
            checked={authorized}
            disabled={toggling}
            onChange={(e) => toggle(e.currentTarget.checked)}
          />
        </Group>
      </Group>
      {authorized && !ui.expanded && (
        <Text size="xs" c="dimmed" mt={6} lineClamp={1}>
          {granted.length === 0 ? (
            'No permissions granted: its tokens carry no scope.'
          ) : (
            <>
              {granted.length} of {scopes.length} permissions:{' '}
              <Text span ff="monospace" size="xs">
                {granted.join(' ')}
              </Text>
            </>
          )}
        </Text>
      )}
      {ui.error !== null && !ui.expanded && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {ui.error}
        </Text>
      )}
      <Collapse expanded={authorized && ui.expanded} id={panelId} transitionDuration={120} keepMounted={false}>
        <Paper mt="md" pt="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} radius={0} bg="transparent">
          <GrantScopesEditor
            apiId={apiId}
            appName={app.name}
            scopes={scopes}
            selected={selected}
            dirty={dirty}
            pending={updateGrant.isPending}
            error={ui.expanded ? ui.error : null}
            onChange={(draft) => onUi({ draft, error: null })}
            onUpdate={update}
          />
        </Paper>
      </Collapse>
    </Paper>
  );
});

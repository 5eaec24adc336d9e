import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ScopeWithUsage } from '../../../workbench/queries';
import { apiTabUrl } from '../apiTabs';
import classes from './GrantScopesEditor.module.css';

interface GrantScopesEditorProps {
  apiId: string;
  appName: string;
  scopes: readonly ScopeWithUsage[];
  /** What the checkboxes show: the draft if any, else the grant's scopes. */
  selected: readonly string[];
  dirty: boolean;
  pending: boolean;
  error: string | null;
  onChange: (selected: string[]) => void;
  onUpdate: () => void;
}

/** The API's permissions as checkboxes; checked ones are in the application's grant once "Update" is pressed. */
export function GrantScopesEditor({ apiId, appName, scopes, selected, dirty, pending, error, onChange, onUpdate }: GrantScopesEditorProps) {
  const idPrefix = useId();
  if (scopes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        This API has no permissions yet.{' '}
        <Anchor component={Link} to={apiTabUrl(apiId, 'scopes')} size="sm">
          Add them on the Scopes tab
        </Anchor>
        ; the application is authorized and its tokens carry no scope.
      </Text>
    );
  }

  const chosen = new Set(selected);
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          Permissions{' '}
          <Text span size="sm" c="dimmed">
            ({chosen.size} of {scopes.length} selected)
          </Text>
        </Text>
        <Group gap={4}>
          <Text size="sm" c="dimmed">
            Select:
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={() => onChange(scopes.map((s) => s.value))} aria-label={`Select all permissions for ${appName}`}>
            Select all
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={() => onChange([])} aria-label={`Select no permissions for ${appName}`}>
            None
          </Button>
        </Group>
      </Group>
      <div role="group" aria-label={`Permissions granted to ${appName}`} className={classes.grid}>
        {scopes.map((scope) => {
          const descriptionId = `${idPrefix}-${scope.value}`;
          return (
            <label key={scope.value} className={classes.option}>
              <input
                type="checkbox"
                checked={chosen.has(scope.value)}
                onChange={(e) => onChange(e.currentTarget.checked ? [...selected, scope.value] : selected.filter((v) => v !== scope.value))}
                // The name is the permission alone; its description stays a description.
                aria-label={scope.value}
                aria-describedby={scope.description === '' ? undefined : descriptionId}
              />
              <span style={{ minWidth: 0 }}>
                <span className={classes.value}>{scope.value}</span>
                {scope.description !== '' && (
                  <span className={classes.description} id={descriptionId}>
                    {scope.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      <Group justify="flex-end" gap="sm">
        {error !== null && (
          <Text size="sm" c="red" role="alert" style={{ flex: 1 }}>
            {error}
          </Text>
        )}
        <Button onClick={onUpdate} disabled={!dirty} loading={pending}>
          Update
        </Button>
      </Group>
    </Stack>
  );
}

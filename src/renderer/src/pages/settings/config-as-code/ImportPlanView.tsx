import { Badge, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type {
  ApiPlanItem,
  ApplicationPlanItem,
  GrantPlanItem,
  ImportPlan,
  PlanSection,
} from '../../../../../shared/config-as-code/schemas';

/** Long lists (a tenant of 1,000 APIs) show this many items per group and count the rest. */
const SHOWN = 50;

const GROUPS = [
  { key: 'added', label: 'Added', color: 'green' },
  { key: 'changed', label: 'Changed', color: 'blue' },
  { key: 'unchanged', label: 'Unchanged', color: 'gray' },
  { key: 'notInFile', label: 'Not in file', color: 'gray' },
] as const;

/** What an import would do, per kind of object; nothing has changed yet. */
export function ImportPlanView({ plan }: { plan: ImportPlan }) {
  return (
    <Stack gap="md">
      <PlanSectionView title="APIs" section={plan.apis} render={apiItem} keyOf={(a) => a.identifier} />
      <PlanSectionView title="Applications" section={plan.applications} render={applicationItem} keyOf={(a) => a.client_id ?? `new:${a.name}`} />
      <PlanSectionView title="Grants" section={plan.grants} render={grantItem} keyOf={(g) => `${g.application}→${g.audience}`} />
    </Stack>
  );
}

function PlanSectionView<T extends { source: string | null }>({
  title,
  section,
  render,
  keyOf,
}: {
  title: string;
  section: PlanSection<T>;
  render: (item: T, group: (typeof GROUPS)[number]['key']) => ReactNode;
  keyOf: (item: T) => string;
}) {
  const headingId = `import-plan-${title.toLowerCase()}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group gap="sm" mb="xs">
        <Title order={4} fz="sm" fw={600} id={headingId}>
          {title}
        </Title>
        {GROUPS.map((g) => (
          <Badge key={g.key} size="sm" variant={section[g.key].length > 0 && g.key !== 'unchanged' && g.key !== 'notInFile' ? 'light' : 'outline'} color={g.color}>
            {g.label}: {section[g.key].length}
          </Badge>
        ))}
      </Group>
      <Stack gap="xs">
        {GROUPS.map(({ key, label }) => {
          const items = section[key];
          if (items.length === 0) return null;
          // Unchanged and untouched objects matter less: names only, on one line.
          if (key === 'unchanged' || key === 'notInFile') {
            return (
              <Text size="sm" key={key}>
                <Text span fw={500} inherit>
                  {label}
                  {key === 'notInFile' ? ' (left as they are)' : ''}:
                </Text>{' '}
                {items.slice(0, SHOWN).map((item) => nameOf(item)).join(', ')}
                {items.length > SHOWN ? `, and ${items.length - SHOWN} more` : ''}
              </Text>
            );
          }
          return (
            <div key={key}>
              <Text size="sm" fw={500}>
                {label}
              </Text>
              <List size="sm" spacing={4} withPadding>
                {items.slice(0, SHOWN).map((item) => (
                  <List.Item key={keyOf(item)}>
                    {render(item, key)}
                    {item.source !== null && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        ({item.source})
                      </Text>
                    )}
                  </List.Item>
                ))}
                {items.length > SHOWN && <List.Item>and {items.length - SHOWN} more</List.Item>}
              </List>
            </div>
          );
        })}
        {GROUPS.every(({ key }) => section[key].length === 0) && (
          <Text size="sm" c="dimmed">
            None in the file or the tenant.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function nameOf(item: unknown): string {
  const i = item as Partial<ApiPlanItem & GrantPlanItem>;
  if (i.audience !== undefined && i.application !== undefined) return `${i.application} → ${i.audience}`;
  return i.name ?? '';
}

function Fields({ fields }: { fields: string[] }) {
  if (fields.length === 0) return null;
  return (
    <>
      {' '}
      — {fields.length === 1 ? 'field' : 'fields'}{' '}
      {fields.map((f, i) => (
        <span key={f}>
          {i > 0 && ', '}
          <Code>{f}</Code>
        </span>
      ))}
    </>
  );
}

function ScopeChanges({ added, removed, changed = [] }: { added: string[]; removed: string[]; changed?: string[] }) {
  if (added.length + removed.length + changed.length === 0) return null;
  return (
    <Group gap={4} mt={2} component="span" style={{ display: 'inline-flex', marginLeft: 6 }}>
      {added.map((s) => (
        <Badge key={`+${s}`} size="xs" color="green" variant="light" tt="none" title={`Scope ${s} added`}>
          + {s}
        </Badge>
      ))}
      {removed.map((s) => (
        <Badge key={`-${s}`} size="xs" color="red" variant="light" tt="none" title={`Scope ${s} removed`}>
          − {s}
        </Badge>
      ))}
      {changed.map((s) => (
        <Badge key={`~${s}`} size="xs" color="blue" variant="light" tt="none" title={`Description of ${s} changed`}>
          ~ {s}
        </Badge>
      ))}
    </Group>
  );
}

function apiItem(api: ApiPlanItem) {
  return (
    <>
      <strong>{api.name}</strong> <Code>{api.identifier}</Code>
      <Fields fields={api.fields} />
      <ScopeChanges added={api.scopes.added} removed={api.scopes.removed} changed={api.scopes.changed} />
    </>
  );
}

function applicationItem(app: ApplicationPlanItem, group: string) {
  return (
    <>
      <strong>{app.name}</strong>
      {app.client_id === null ? (
        group === 'added' && (
          <Text span size="xs" c="dimmed">
            {' '}
            (gets a new Client ID and secret)
          </Text>
        )
      ) : (
        <>
          {' '}
          <Code>{app.client_id}</Code>
        </>
      )}
      <Fields fields={app.fields} />
    </>
  );
}

function grantItem(grant: GrantPlanItem) {
  return (
    <>
      <strong>{grant.application}</strong> → <Code>{grant.audience}</Code>
      <Fields fields={grant.fields} />
      <ScopeChanges added={grant.scope.added} removed={grant.scope.removed} />
    </>
  );
}

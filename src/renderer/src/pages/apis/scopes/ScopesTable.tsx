import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { ScopeDescriptionSchema } from '../../../../../shared/domain/api';
import { ListTable, type ListColumn } from '../../../components/ListTable';
import { useRemoveScope, useUpdateScope, type ScopeWithUsage } from '../../../workbench/queries';
import { RemoveScopeModal } from './RemoveScopeModal';
import { ScopeRow, type EditState } from './ScopeRow';

const COLUMNS: ListColumn[] = [
  { label: 'Permission', w: '32%' },
  { label: 'Description' },
  { label: 'Used by', w: 110 },
  { label: 'Actions', hidden: true, w: 96 },
];

interface ScopesTableProps {
  apiId: string;
  scopes: ScopeWithUsage[];
  /** Whether a filter is narrowing the list, to word the empty state. */
  filtered: boolean;
  readOnly: boolean;
}

/**
 * The API's permissions. Edit and delete state lives here, not in rows: rows of a long list come
 * and go as it scrolls, and an edit in progress must survive that.
 */
export function ScopesTable({ apiId, scopes, filtered, readOnly }: ScopesTableProps) {
  const updateScope = useUpdateScope(apiId);
  const removeScope = useRemoveScope(apiId);
  const [editing, setEditing] = useState<EditState | null>(null);
  const [removing, setRemoving] = useState<ScopeWithUsage | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);

  const save = () => {
    if (editing === null) return;
    const parsed = ScopeDescriptionSchema.safeParse(editing.draft);
    if (!parsed.success) {
      setEditing({ ...editing, error: parsed.error.issues[0]?.message ?? 'Invalid description.' });
      return;
    }
    updateScope.mutate(
      { value: editing.value, description: editing.draft },
      {
        onSuccess: () => setEditing(null),
        onError: (error) =>
          setEditing((current) => (current === null ? null : { ...current, error: error.message })),
      },
    );
  };

  // Stable callbacks, so memoized rows do not re-render while the list scrolls.
  const edit = useCallback((scope: ScopeWithUsage) => setEditing({ value: scope.value, draft: scope.description, error: null }), []);
  const draft = useCallback((value: string, text: string) => setEditing({ value, draft: text, error: null }), []);
  const cancel = useCallback(() => setEditing(null), []);
  const askRemove = useCallback((scope: ScopeWithUsage) => {
    setRemoveError(null);
    setRemoving(scope);
  }, []);

  const remove = (value: string) => {
    setRemoveError(null);
    removeScope.mutate(
      { value },
      {
        onSuccess: ({ removed, removed_from_grants }) => {
          setRemoving(null);
          notifications.show({
            message:
              removed_from_grants > 0
                ? `Permission ${removed} deleted and removed from ${removed_from_grants} ${removed_from_grants === 1 ? 'grant' : 'grants'}`
                : `Permission ${removed} deleted`,
          });
        },
        onError: (error) => setRemoveError(error.message),
      },
    );
  };

  return (
    <>
      <ListTable
        columns={COLUMNS}
        minWidth={620}
        layout="fixed"
        aria-label="Permissions"
        items={scopes}
        empty={
          filtered
            ? 'No permission matches this filter.'
            : 'No permissions yet. Add the scopes that this API understands, e.g. read:orders.'
        }
        virtualRows={{
          key: (scope) => scope.value,
          render: (scope, rowProps) => {
            const rowEditing = editing?.value === scope.value ? editing : null;
            return (
              <ScopeRow
                scope={scope}
                measureRef={rowProps.ref}
                index={rowProps['data-index']}
                editing={rowEditing}
                saving={rowEditing !== null && updateScope.isPending}
                readOnly={readOnly}
                onEdit={edit}
                onDraft={draft}
                onSave={save}
                onCancel={cancel}
                onRemove={askRemove}
              />
            );
          },
        }}
      />
      <RemoveScopeModal
        scope={removing}
        pending={removeScope.isPending}
        error={removeError}
        onCancel={() => setRemoving(null)}
        onConfirm={remove}
      />
    </>
  );
}

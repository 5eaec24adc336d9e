import { Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { ScopeDescriptionSchema } from '../../../../../shared/domain/api';
import { VirtualTableBody } from '../../../components/VirtualTableBody';
import { useRemoveScope, useUpdateScope, type ScopeWithUsage } from '../../../workbench/queries';
import { RemoveScopeModal } from './RemoveScopeModal';
import { ScopeRow, type EditState } from './ScopeRow';

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
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={620} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" layout="fixed" aria-label="Permissions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="32%">Permission</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th w={110}>Used by</Table.Th>
              <Table.Th w={96}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          {scopes.length === 0 ? (
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text c="dimmed" ta="center" py="xl">
                    {filtered
                      ? 'No permission matches this filter.'
                      : 'No permissions yet. Add the scopes that this API understands, e.g. read:orders.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          ) : (
            <VirtualTableBody
              count={scopes.length}
              getKey={(i) => scopes[i]!.value}
              estimateSize={49}
              colSpan={4}
              renderRow={(i, rowProps) => {
                const scope = scopes[i]!;
                const rowEditing = editing?.value === scope.value ? editing : null;
                return (
                  <ScopeRow
                    key={scope.value}
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
              }}
            />
          )}
        </Table>
      </Table.ScrollContainer>
      <RemoveScopeModal
        scope={removing}
        pending={removeScope.isPending}
        error={removeError}
        onCancel={() => setRemoving(null)}
        onConfirm={remove}
      />
    </Paper>
  );
}

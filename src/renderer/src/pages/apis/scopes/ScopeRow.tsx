import { ActionIcon, Badge, Code, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconPencil, IconTrash, IconX } from '@tabler/icons-react';
import { memo } from 'react';
import type { RowProps } from '../../../components/VirtualTableBody';
import type { ScopeWithUsage } from '../../../workbench/queries';

export interface EditState {
  value: string;
  draft: string;
  error: string | null;
}

interface ScopeRowProps {
  scope: ScopeWithUsage;
  /** From the virtual list: kept apart (not one object) so that memoization holds. */
  measureRef: RowProps['ref'];
  index: number | undefined;
  /** Set while this row's description is being edited. */
  editing: EditState | null;
  saving: boolean;
  readOnly: boolean;
  onEdit: (scope: ScopeWithUsage) => void;
  onDraft: (value: string, draft: string) => void;
  onSave: () => void;
  onCancel: () => void;
  onRemove: (scope: ScopeWithUsage) => void;
}

/** Memoized: in a long list, scrolling renders only the rows that come into view. */
export const ScopeRow = memo(function ScopeRow({
  scope,
  measureRef,
  index,
  editing,
  saving,
  readOnly,
  onEdit,
  onDraft,
  onSave,
  onCancel,
  onRemove,
}: ScopeRowProps) {
  return (
    <Table.Tr ref={measureRef} data-index={index}>
      <Table.Td>
        <Code style={{ wordBreak: 'break-all' }}>{scope.value}</Code>
      </Table.Td>
      <Table.Td>
        {editing === null ? (
          <Text
            size="sm"
            c={scope.description === '' ? 'dimmed' : undefined}
            style={{ overflowWrap: 'anywhere' }}
          >
            {scope.description === '' ? 'No description' : scope.description}
          </Text>
        ) : (
          <TextInput
            size="xs"
            label={`Description of ${scope.value}`}
            value={editing.draft}
            onChange={(e) => onDraft(scope.value, e.currentTarget.value)}
            onKeyDown={(e) => {
              // Enter saves, Escape cancels: the edit never needs the mouse.
              if (e.key === 'Enter') {
                e.preventDefault();
                onSave();
              } else if (e.key === 'Escape') {
                e.stopPropagation();
                onCancel();
              }
            }}
            error={editing.error}
            autoFocus
            autoComplete="off"
            disabled={saving}
          />
        )}
      </Table.Td>
      <Table.Td>
        <Tooltip label="Applications whose grant holds this permission" withArrow>
          <Badge variant="light" color={scope.granted_to > 0 ? 'indigo' : 'gray'} radius="sm" tt="none" fw={500}>
            {scope.granted_to} {scope.granted_to === 1 ? 'app' : 'apps'}
          </Badge>
        </Tooltip>
      </Table.Td>
      <Table.Td>
        {!readOnly && (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            {editing === null ? (
              <>
                <Tooltip label="Edit description" withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Edit description of ${scope.value}`}
                    onClick={() => onEdit(scope)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Delete" withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${scope.value}`}
                    onClick={() => onRemove(scope)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </>
            ) : (
              <>
                <ActionIcon
                  variant="filled"
                  aria-label={`Save description of ${scope.value}`}
                  onClick={onSave}
                  loading={saving}
                >
                  <IconCheck size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label="Cancel editing"
                  onClick={onCancel}
                  disabled={saving}
                >
                  <IconX size={16} aria-hidden />
                </ActionIcon>
              </>
            )}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
});

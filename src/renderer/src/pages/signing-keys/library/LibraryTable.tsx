import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconDots, IconFileExport, IconPencil, IconTrash } from '@tabler/icons-react';
import type { LibraryKeyView } from '../../../../../shared/domain/keys';
import { ListTable, type ListColumn } from '../../../components/ListTable';
import { useExportLibraryKey } from '../../../workbench/queries-keys';
import { DownloadMenu } from '../DownloadMenu';
import { TruncatedValue } from '../TruncatedValue';

export type LibraryKeyDialog = 'rename' | 'export-private' | 'delete';

const COLUMNS: ListColumn[] = [
  { label: 'Name' },
  { label: 'Key ID' },
  { label: 'Type' },
  { label: 'Origin' },
  { label: 'Actions', hidden: true },
];

interface LibraryTableProps {
  keys: LibraryKeyView[] | undefined;
  onAction: (dialog: LibraryKeyDialog, key: LibraryKeyView) => void;
}

/** The key library: name, key id, type and where each key came from, with its downloads and actions. */
export function LibraryTable({ keys, onAction }: LibraryTableProps) {
  const exportKey = useExportLibraryKey();
  return (
    <ListTable
      columns={COLUMNS}
      minWidth={820}
      aria-label="Key library"
      items={keys}
      skeleton={{ rows: 1, height: 28, wide: true }}
      empty="No keys yet. Generate one, or import a PEM or JWK you want to debug tokens with."
      emptyPadding="lg"
    >
      {(keys) => (
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td fw={500} style={{ wordBreak: 'break-word' }}>
                {key.name}
              </Table.Td>
              <Table.Td>
                <TruncatedValue value={key.kid} label={`key ID of ${key.name}`} maw={180} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {key.label}
                  </Text>
                  <Badge variant="light" color="gray" size="sm" radius="sm">
                    {key.alg}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text fz="sm">{key.origin === 'generated' ? 'Generated' : 'Imported'}</Text>
                  {key.imported_format !== undefined && (
                    <Text fz="xs" c="dimmed">
                      {key.imported_format}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {key.public_exports.length > 0 ? (
                    <DownloadMenu
                      formats={key.public_exports}
                      label={`Download ${key.name}`}
                      pending={exportKey.isPending && exportKey.variables.id === key.id}
                      fetchFile={(format) => exportKey.mutateAsync({ id: key.id, format })}
                    />
                  ) : (
                    <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      No public part
                    </Text>
                  )}
                  <KeyMenu keyView={key} onAction={onAction} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      )}
    </ListTable>
  );
}

function KeyMenu({ keyView, onAction }: { keyView: LibraryKeyView; onAction: LibraryTableProps['onAction'] }) {
  const label = `More actions for ${keyView.name}`;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label="More actions" withArrow>
          <ActionIcon variant="subtle" color="gray" aria-label={label}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onAction('rename', keyView)}>
          Rename…
        </Menu.Item>
        {keyView.has_private && (
          <Menu.Item leftSection={<IconFileExport size={14} aria-hidden />} onClick={() => onAction('export-private', keyView)}>
            Export private key…
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => onAction('delete', keyView)}>
          Delete…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Paper, Skeleton, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { Api } from '../../../../shared/domain/api';
import { VirtualTableBody } from '../../components/VirtualTableBody';
import classes from '../../components/ListTable.module.css';

interface ApisTableProps {
  /** Undefined while loading. */
  apis: Api[] | undefined;
  /** Set when a filter hides every API, to say so instead of "No APIs yet". */
  filtered: boolean;
}

/** The tenant's APIs: what each is called, the audience its tokens carry, and how they are signed. */
export function ApisTable({ apis, filtered }: ApisTableProps) {
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={560} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="34%">Name</Table.Th>
              <Table.Th>Identifier</Table.Th>
              <Table.Th w={180}>Signing Algorithm</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {apis === undefined ? (
            <Table.Tbody>
              <LoadingRows />
            </Table.Tbody>
          ) : apis.length === 0 ? (
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text c="dimmed" ta="center" py="xl">
                    {filtered
                      ? 'No API matches this filter.'
                      : 'No APIs yet. Create one to define the audience of the tokens your API accepts.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          ) : (
            <VirtualTableBody
              count={apis.length}
              getKey={(i) => apis[i]!.id}
              estimateSize={49}
              fixedSize
              colSpan={3}
              renderRow={(i) => {
                const api = apis[i]!;
                const to = `/apis/${api.id}/quick-start`;
                return (
                  <tr
                    key={api.id}
                    className={classes.row}
                    // The name is the real link (keyboard, middle-click); the rest of the row is a mouse shortcut.
                    onClick={(e) => {
                      if (!(e.target as HTMLElement).closest('a')) void navigate(to);
                    }}
                  >
                    <td className={classes.cell}>
                      <Link to={to} className={classes.link} title={api.name}>
                        {api.name}
                      </Link>
                    </td>
                    <td className={`${classes.cell} ${classes.mono}`} title={api.identifier}>
                      {api.identifier}
                    </td>
                    <td className={classes.cell}>
                      <span className={`${classes.tag} ${api.signing_alg === 'HS256' ? classes.tagOrange : classes.tagBlue}`}>{api.signing_alg}</span>
                    </td>
                  </tr>
                );
              }}
            />
          )}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function LoadingRows() {
  return [0, 1, 2].map((row) => (
    <Table.Tr key={row} aria-hidden>
      {[0, 1, 2].map((cell) => (
        <Table.Td key={cell}>
          <Skeleton height={14} radius="sm" />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}

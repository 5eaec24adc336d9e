import { Paper, Skeleton, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { APP_TYPE_LABELS, type Application } from '../../../../shared/domain/application';
import { VirtualTableBody } from '../../components/VirtualTableBody';
import classes from '../../components/ListTable.module.css';

interface ApplicationsTableProps {
  apps: Application[] | undefined;
  filtered: boolean;
}

export function ApplicationsTable({ apps, filtered }: ApplicationsTableProps) {
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={620} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="38%">Name</Table.Th>
              <Table.Th w={200}>Type</Table.Th>
              <Table.Th>Client ID</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {apps === undefined ? (
            <Table.Tbody>
              {[0, 1, 2].map((row) => (
                <Table.Tr key={row} aria-hidden>
                  {[0, 1, 2].map((cell) => (
                    <Table.Td key={cell}>
                      <Skeleton height={14} radius="sm" />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          ) : apps.length === 0 ? (
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text c="dimmed" ta="center" py="xl">
                    {filtered
                      ? 'No application matches this filter.'
                      : 'No applications yet. Create a machine-to-machine application to get tokens for your APIs.'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          ) : (
            <VirtualTableBody
              count={apps.length}
              getKey={(i) => apps[i]!.client_id}
              estimateSize={49}
              fixedSize
              colSpan={3}
              renderRow={(i) => {
                const app = apps[i]!;
                const to = `/applications/${app.client_id}`;
                return (
                  <tr
                    key={app.client_id}
                    className={classes.row}
                    // The name is the real link; the rest of the row is a mouse shortcut.
                    onClick={(e) => {
                      if (!(e.target as HTMLElement).closest('a')) void navigate(to);
                    }}
                  >
                    <td className={classes.cell}>
                      <Link to={to} className={classes.link} title={app.name}>
                        {app.name}
                      </Link>
                    </td>
                    <td className={classes.cell}>
                      <span className={`${classes.tag} ${app.app_type === 'non_interactive' ? classes.tagIndigo : classes.tagGray}`}>{APP_TYPE_LABELS[app.app_type]}</span>
                    </td>
                    <td className={`${classes.cell} ${classes.mono}`}>{app.client_id}</td>
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

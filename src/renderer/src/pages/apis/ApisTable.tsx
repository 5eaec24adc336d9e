import { Badge, Code, Paper, Skeleton, Table, Text } from '@mantine/core';
import type { Api } from '../../../../shared/domain/api';

/** The tenant's APIs: what each is called, the audience its tokens carry, and how they are signed. */
export function ApisTable({ apis }: { apis: Api[] | undefined }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Identifier</Table.Th>
              <Table.Th w={180}>Signing Algorithm</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {apis === undefined && <LoadingRows />}
            {apis?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text c="dimmed" ta="center" py="xl">
                    No APIs yet. Create one to define the audience of the tokens your API accepts.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {apis?.map((api) => (
              <Table.Tr key={api.id}>
                <Table.Td fw={500}>{api.name}</Table.Td>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }}>{api.identifier}</Code>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={api.signing_alg === 'HS256' ? 'orange' : 'blue'} radius="sm">
                    {api.signing_alg}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
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

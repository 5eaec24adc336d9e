import { Paper, Table, Text, Title } from '@mantine/core';
import type { SigningKeyView } from '../../../../shared/domain/keys';
import { CurrentPeriod, DateCell } from './SigningKeysTable';
import { TruncatedValue } from './TruncatedValue';

/** The last three revoked keys: tokens they signed no longer verify anywhere. */
export function RevokedKeys({ keys }: { keys: SigningKeyView[] }) {
  const revoked = keys
    .filter((k) => k.state === 'revoked')
    .sort((a, b) => (b.revoked_at ?? '').localeCompare(a.revoked_at ?? ''))
    .slice(0, 3);
  return (
    <section aria-labelledby="revoked-keys-heading">
      <Title order={2} id="revoked-keys-heading" fz="lg" fw={600}>
        Revoked keys
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The last three. They are no longer in the JWKS, so tokens they signed fail verification.
      </Text>
      {revoked.length === 0 ? (
        <Text size="sm" c="dimmed">
          No key has been revoked yet.
        </Text>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640} type="native">
            <Table verticalSpacing="xs" horizontalSpacing="md" aria-labelledby="revoked-keys-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Key ID</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Current since / until</Table.Th>
                  <Table.Th>Revoked</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {revoked.map((key) => (
                  <Table.Tr key={key.kid}>
                    <Table.Td>
                      <TruncatedValue value={key.kid} label={`key ID ${key.kid}`} maw={220} />
                    </Table.Td>
                    <DateCell iso={key.created_at} />
                    <Table.Td>
                      <CurrentPeriod since={key.current_since} until={key.current_until} />
                    </Table.Td>
                    <DateCell iso={key.revoked_at} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </section>
  );
}

import { Group, Table, Text } from '@mantine/core';
import type { CheckName, CheckRow } from '../../../../../shared/jwt';
import { CHECK_STATUS, StatusIcon } from '../shared/severity';
import { tone } from '../shared/tone';

const CHECK_LABELS: Record<CheckName, string> = {
  exp: 'Expiry (exp)',
  nbf: 'Not before (nbf)',
  iat: 'Issued at (iat)',
  iss: 'Issuer (iss)',
  aud: 'Audience (aud)',
  typ: 'Type (typ)',
  alg: 'Algorithm (alg)',
};

/** One row per claim check: passed, failed with the reason, or not checked, in words and icons. */
export function CheckTable({ checks }: { checks: CheckRow[] }) {
  return (
    <Table verticalSpacing={6} horizontalSpacing="xs" aria-label="Claim checks" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={124}>Check</Table.Th>
          <Table.Th w={148}>Result</Table.Th>
          <Table.Th>Details</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {checks.map((c) => {
          const s = CHECK_STATUS[c.status];
          return (
            <Table.Tr key={c.check}>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Text size="sm">{CHECK_LABELS[c.check]}</Text>
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Group gap={6} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
                  <StatusIcon color={s.color} Icon={s.Icon} />
                  <Text size="sm" fw={600} className={tone(s.color)}>
                    {s.word}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {c.message}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

import { Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import {
  describeClaims,
  type ClaimCategory,
  type ClaimRow,
  type JsonObject,
  type TimeZoneMode,
} from '../../../../../shared/jwt';
import { tone, type Tone } from '../shared/tone';

const CATEGORY: Record<ClaimCategory, string> = {
  registered: 'Registered (RFC 7519)',
  oidc: 'OpenID Connect',
  rfc9068: 'Access token (RFC 9068)',
  auth0: 'Auth0',
  provider: 'Other providers',
  custom: 'Custom',
};

/** Values longer than this are cut in the table; the Payload block above has them whole. */
const MAX_VALUE = 600;

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

/** "2026-11-27T16:36:56+01:00" reads better as "2026-11-27 16:36:56 +01:00". */
function readableDate(iso: string): string {
  return iso.replace('T', ' ').replace(/Z$/, ' UTC').replace(/([+-]\d\d:\d\d)$/, ' $1');
}

/** Past "exp" and future "nbf"/"iat" are the ones that make a token fail: drawn in red or orange. */
function timeColor(row: ClaimRow, now: number): Tone | undefined {
  if (typeof row.value !== 'number') return undefined;
  if (row.name === 'exp') return row.value <= now ? 'red' : 'teal';
  if ((row.name === 'nbf' || row.name === 'iat') && row.value > now) return 'orange';
  return undefined;
}

function ValueCell({ row, now }: { row: ClaimRow; now: number }) {
  const color = timeColor(row, now);
  return (
    <Stack gap={2}>
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {valueText(row.value)}
      </Text>
      {row.time && (
        <>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {readableDate(row.time.iso)}
          </Text>
          <Text size="sm" fw={500} className={color ? tone(color) : undefined} c={color ? undefined : 'dimmed'}>
            {row.time.relative}
          </Text>
        </>
      )}
    </Stack>
  );
}

/** Every claim of the payload with what it means; time claims as dates and relative times. */
export function ClaimsTable({ payload, now }: { payload: JsonObject; now: number }) {
  const [zone, setZone] = useState<TimeZoneMode>('local');
  const titleId = useId();
  const zoneId = useId();
  const rows = useMemo(() => describeClaims(payload, { now, timeZone: zone }), [payload, now, zone]);

  return (
    <section aria-labelledby={titleId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="lg" id={titleId}>
          Claims
        </Title>
        <Group gap="xs">
          <Text size="sm" id={zoneId}>
            Times in
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby={zoneId}
            value={zone}
            onChange={(v) => setZone(v as TimeZoneMode)}
            data={[
              { value: 'local', label: 'Local' },
              { value: 'utc', label: 'UTC' },
            ]}
          />
        </Group>
      </Group>
      <Paper withBorder radius="md">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" p="md">
            The payload has no claims.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table verticalSpacing="xs" aria-labelledby={titleId} layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="20%">Claim</Table.Th>
                  <Table.Th w="38%">Value</Table.Th>
                  <Table.Th>Description</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.name}>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm" ff="monospace" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {row.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {CATEGORY[row.category]}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <ValueCell row={row} now={now} />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">{row.description}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </section>
  );
}

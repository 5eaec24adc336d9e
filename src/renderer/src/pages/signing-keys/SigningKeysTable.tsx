import { Badge, Stack, Table, Text } from '@mantine/core';
import type { SigningKeyView } from '../../../../shared/domain/keys';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { useExportSigningKey } from '../../workbench/queries-keys';
import { DownloadMenu } from './DownloadMenu';
import { formatDate, SIGNING_KEY_DOWNLOADS, STATE_COLORS, STATE_LABELS } from './keyFormats';
import { TruncatedValue } from './TruncatedValue';

/** The order a developer reads them in: what signs now, what comes next, what still verifies. */
const STATE_ORDER = { current: 0, next: 1, previous: 2, revoked: 3 } as const;

const COLUMNS: ListColumn[] = [
  { label: 'State' },
  { label: 'Key ID' },
  { label: 'Created' },
  { label: 'Current since / until' },
  { label: 'Fingerprints' },
  { label: 'Downloads', hidden: true },
];

/** The valid keys (current, next, previous), each with its dates, fingerprints and downloads. */
export function SigningKeysTable({ keys }: { keys: SigningKeyView[] | undefined }) {
  const exportKey = useExportSigningKey();
  const valid = keys?.filter((k) => k.state !== 'revoked').sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);

  return (
    <ListTable
      columns={COLUMNS}
      minWidth={980}
      horizontalSpacing="sm"
      aria-label="Signing keys"
      items={valid}
      skeleton={{ rows: 2, height: 32, wide: true }}
    >
      {(valid) => (
        <Table.Tbody>
          {valid.map((key) => (
            <Table.Tr key={key.kid}>
              <Table.Td>
                <Badge color={STATE_COLORS[key.state]} variant={key.state === 'current' ? 'filled' : 'light'} miw={88}>
                  {STATE_LABELS[key.state]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <TruncatedValue value={key.kid} label={`key ID ${key.kid}`} maw={200} />
              </Table.Td>
              <DateCell iso={key.created_at} />
              <Table.Td>
                <CurrentPeriod since={key.current_since} until={key.current_until} />
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Fingerprint name="SHA-1" value={key.certificate.fingerprints.sha1} kid={key.kid} />
                  <Fingerprint name="SHA-256" value={key.certificate.fingerprints.sha256} kid={key.kid} />
                </Stack>
              </Table.Td>
              <Table.Td ta="right">
                <DownloadMenu
                  formats={SIGNING_KEY_DOWNLOADS}
                  label={`Download ${key.state} key ${key.kid}`}
                  pending={exportKey.isPending && exportKey.variables.kid === key.kid}
                  fetchFile={(format) => exportKey.mutateAsync({ kid: key.kid, format })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      )}
    </ListTable>
  );
}

export function DateCell({ iso }: { iso: string | undefined }) {
  return (
    <Table.Td>
      <Text fz="sm" title={iso} style={{ whiteSpace: 'nowrap' }} c={iso === undefined ? 'dimmed' : undefined}>
        {formatDate(iso)}
      </Text>
    </Table.Td>
  );
}

/** When a key signed: "since" for the current key, both ends for the previous one. */
export function CurrentPeriod({ since, until }: { since: string | undefined; until: string | undefined }) {
  if (since === undefined && until === undefined) {
    return (
      <Text fz="sm" c="dimmed">
        Not yet current
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text fz="sm" title={since} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(since)}
      </Text>
      {until !== undefined && (
        <Text fz="sm" title={until} style={{ whiteSpace: 'nowrap' }}>
          <Text span c="dimmed" inherit>
            until{' '}
          </Text>
          {formatDate(until)}
        </Text>
      )}
    </Stack>
  );
}

function Fingerprint({ name, value, kid }: { name: string; value: string; kid: string }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '56px auto', alignItems: 'center' }}>
      <Text fz="xs" c="dimmed">
        {name}
      </Text>
      <TruncatedValue value={value} label={`${name} fingerprint of ${kid}`} maw={150} />
    </div>
  );
}

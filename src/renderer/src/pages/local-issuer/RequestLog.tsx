import { Badge, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { MethodResult } from '../../../../shared/contract/contract';
import { LoadError } from '../../components/LoadError';
import { useApplications, useCurrentTenant } from '../../workbench/queries';
import { useIssuerRequests } from '../../workbench/queries-issuer';
import classes from './RequestLog.module.css';

type Entry = MethodResult<'issuer.requests'>[number];

const ROW_HEIGHT = 33;
const COLUMNS = 7;
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${timeFormat.format(date)}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

function statusColor(status: number): string {
  if (status < 300) return 'green';
  if (status < 500) return 'orange';
  return 'red';
}

/**
 * The last 200 requests, newest first, refreshed while the page is visible. Rows are virtualized in
 * their own scroll box, so a busy issuer never makes the page long or slow.
 */
export function RequestLog({ servedTenantId }: { servedTenantId: string | undefined }) {
  const requests = useIssuerRequests(true);
  const entries = useMemo(() => (requests.data === undefined ? [] : [...requests.data].reverse()), [requests.data]);
  // Client ids read better as application names, when the issuer serves the tenant open here.
  const currentTenantId = useCurrentTenant().data?.id;
  const sameTenant = servedTenantId !== undefined && servedTenantId === currentTenantId;
  const apps = useApplications().data;
  const names = useMemo(() => new Map(sameTenant ? (apps ?? []).map((a) => [a.client_id, a.name]) : []), [apps, sameTenant]);

  return (
    <section aria-labelledby="issuer-log-heading">
      <Title order={2} id="issuer-log-heading" fz="lg" fw={600}>
        Requests
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        The last 200 requests, newest first. Secrets and tokens are never logged.
      </Text>
      {requests.isError ? (
        <LoadError what="the request log" error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <Paper withBorder radius="md">
          <LogTable entries={entries} names={names} loading={requests.data === undefined} />
        </Paper>
      )}
    </section>
  );
}

function LogTable({ entries, names, loading }: { entries: Entry[]; names: Map<string, string>; loading: boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => rowKeys(entries), [entries]);
  // The virtualizer re-renders this component itself; nothing here relies on compiler memoization.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => keys[i]!,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length === 0 ? 0 : virtualizer.getTotalSize() - items[items.length - 1]!.end;

  return (
    // Focusable so the log scrolls with the keyboard.
    <div ref={scrollRef} className={classes.scroller} tabIndex={0} role="region" aria-label="Request log">
      <Table verticalSpacing={6} horizontalSpacing="sm" layout="fixed" miw={860} aria-rowcount={entries.length + 1}>
        <Table.Thead className={classes.head}>
          <Table.Tr>
            <Table.Th w={124}>Time</Table.Th>
            <Table.Th w={70}>Method</Table.Th>
            <Table.Th w={190}>Path</Table.Th>
            <Table.Th w={150}>Client</Table.Th>
            <Table.Th>Audience</Table.Th>
            <Table.Th w={70}>Status</Table.Th>
            <Table.Th w={170}>Error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Text c="dimmed" ta="center" py="lg" size="sm">
                  {loading ? 'Loading…' : 'No requests yet. Get a token with the command above and it shows here.'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            <>
              {paddingTop > 0 && <Spacer height={paddingTop} />}
              {items.map((item) => {
                const e = entries[item.index]!;
                const client = e.client_id === undefined ? undefined : (names.get(e.client_id) ?? e.client_id);
                return (
                  <Table.Tr key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                    <Table.Td className={`${classes.cell} ${classes.mono}`} title={e.time}>
                      {formatTime(e.time)}
                    </Table.Td>
                    <Table.Td className={`${classes.cell} ${classes.mono}`}>{e.method}</Table.Td>
                    <Table.Td className={`${classes.cell} ${classes.mono}`} title={e.path}>
                      {e.path}
                    </Table.Td>
                    <Table.Td className={classes.cell} title={e.client_id}>
                      {client ?? '—'}
                    </Table.Td>
                    <Table.Td className={`${classes.cell} ${classes.mono}`} title={e.audience}>
                      {e.audience ?? '—'}
                    </Table.Td>
                    <Table.Td className={classes.cell}>
                      <Tooltip label={`${e.ms.toFixed(1)} ms`} withArrow>
                        <Badge size="sm" variant="light" color={statusColor(e.status)} radius="sm">
                          {e.status}
                        </Badge>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td className={classes.cell} title={e.error} c={e.error === undefined ? 'dimmed' : 'red'}>
                      {e.error ?? '—'}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
              {paddingBottom > 0 && <Spacer height={paddingBottom} />}
            </>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}

/** Entries carry no id: a key from their content, made unique by counting repeats. */
function rowKeys(entries: Entry[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const base = `${e.time}|${e.method}|${e.path}|${e.status}|${e.ms}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}

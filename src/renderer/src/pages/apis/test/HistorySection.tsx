import { ActionIcon, Button, Group, Stack, Switch, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { CopyIconButton } from '../../../components/CopyField';
import { ListTableHead, type ListColumn } from '../../../components/ListTable';
import { LoadError } from '../../../components/LoadError';
import { useApis } from '../../../workbench/queries';
import {
  useClearTokenHistory,
  useSetTokenHistoryEnabled,
  useTokenHistory,
} from '../../../workbench/queries-tokens';
import { debuggerUrl } from './MintResult';

const HISTORY_LIMIT = 50;

const COLUMNS: ListColumn[] = [
  { label: 'Time' },
  { label: 'Application' },
  { label: 'API' },
  { label: 'Actions', hidden: true },
];

function timeOf(iso: string): { short: string; full: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { short: iso, full: iso };
  const today = new Date().toDateString() === date.toDateString();
  return {
    short: today
      ? date.toLocaleTimeString()
      : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' }),
    full: date.toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'long' }),
  };
}

/** The tenant's last minted tokens, kept only when the user asks (they are credentials). */
export function HistorySection() {
  const history = useTokenHistory();
  const setEnabled = useSetTokenHistoryEnabled();
  const clear = useClearTokenHistory();
  const apis = useApis();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  // Entries name the API by identifier; show its name when it still exists.
  const apiNames = useMemo(() => new Map(apis.data?.map((a) => [a.identifier, a.name])), [apis.data]);

  // The switch shows what was asked at once, not after the host answers.
  const enabled = setEnabled.isPending ? setEnabled.variables.enabled : (history.data?.enabled ?? false);
  const entries = history.data?.entries ?? [];

  const onToggle = (on: boolean) => {
    setError(null);
    const forgotten = entries.length;
    setEnabled.mutate(
      { enabled: on },
      {
        onSuccess: () => {
          if (!on && forgotten > 0) {
            notifications.show({
              title: 'History off',
              message: `${forgotten} minted token${forgotten === 1 ? '' : 's'} forgotten.`,
            });
          }
        },
        onError: (e) => setError(e.message),
      },
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="token-history-heading">
      <Title order={2} fz="lg" fw={600} id="token-history-heading">
        History
      </Title>
      {history.isError ? (
        <LoadError what="the token history" error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <>
          <Switch
            label="Keep a history of minted tokens"
            // Mantine puts the description inside the label element: keep the accessible name to the label.
            aria-label="Keep a history of minted tokens"
            description={`Off by default. Keeps the last ${HISTORY_LIMIT} tokens minted in this tenant, on this machine, until you clear them. Turning it off forgets the history.`}
            checked={enabled}
            disabled={history.data === undefined}
            onChange={(e) => onToggle(e.currentTarget.checked)}
            error={error}
          />
          {enabled && entries.length === 0 && (
            <Text size="sm" c="dimmed">
              No token minted since the history was turned on.
            </Text>
          )}
          {entries.length > 0 && (
            <>
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing={6} highlightOnHover aria-label="Minted tokens">
                  <ListTableHead columns={COLUMNS} />
                  <Table.Tbody>
                    {entries.map((entry, index) => {
                      const time = timeOf(entry.time);
                      const apiName = apiNames.get(entry.audience);
                      return (
                        // Tokens are unique; the index only guards against a token minted twice in one second.
                        <Table.Tr key={`${entry.token}:${index}`}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            <time dateTime={entry.time} title={time.full}>
                              {time.short}
                            </time>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                              {entry.application}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                              {apiName ?? entry.audience}
                            </Text>
                            {apiName !== undefined && (
                              <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                                {entry.audience}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Group gap={2} wrap="nowrap" justify="flex-end">
                              {/* Names include the time, so each row's buttons are told apart by screen readers. */}
                              <CopyIconButton
                                value={entry.token}
                                label={`Copy token minted at ${time.short}`}
                              />
                              <Tooltip label="Open in Debugger" withArrow>
                                <ActionIcon
                                  variant="subtle"
                                  color="gray"
                                  aria-label={`Open token minted at ${time.short} in Debugger`}
                                  onClick={() => void navigate(debuggerUrl(entry.token))}
                                >
                                  <IconExternalLink size={16} aria-hidden />
                                </ActionIcon>
                              </Tooltip>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  {entries.length} of at most {HISTORY_LIMIT}, newest first.
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  loading={clear.isPending}
                  onClick={() => {
                    setError(null);
                    clear.mutate(undefined, { onError: (e) => setError(e.message) });
                  }}
                >
                  Clear history
                </Button>
              </Group>
            </>
          )}
        </>
      )}
    </Stack>
  );
}

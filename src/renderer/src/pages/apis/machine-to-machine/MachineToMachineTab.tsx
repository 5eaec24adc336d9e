import { Anchor, Stack, Text } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Application } from '../../../../../shared/domain/application';
import { FilterInput, matchesFilter } from '../../../components/FilterInput';
import { LoadError } from '../../../components/LoadError';
import { useWindowRows } from '../../../components/useWindowRows';
import { useApiGrants, useApplications, useScopes } from '../../../workbench/queries';
import { useApiOutlet } from '../apiTabs';
import { AppAuthorization, type AppUiState } from './AppAuthorization';

const INITIAL_UI: AppUiState = { expanded: false, draft: undefined, error: null };

/**
 * Every application that may use client credentials, the API's Test Application first, then by
 * name. The order does not change as applications are authorized, so nothing moves under the pointer.
 */
function machineToMachine(apps: readonly Application[], testApplicationName: string): Application[] {
  return apps
    .filter((app) => app.grant_types.includes('client_credentials'))
    .sort((a, b) => {
      const aTest = a.name === testApplicationName ? 0 : 1;
      const bTest = b.name === testApplicationName ? 0 : 1;
      return aTest - bTest || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.client_id.localeCompare(b.client_id);
    });
}

export function MachineToMachineTab() {
  const { api } = useApiOutlet();
  const apps = useApplications();
  const grants = useApiGrants(api.id);
  const scopes = useScopes(api.id);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  // Kept here, not in the cards: cards of a long list unmount as it scrolls.
  const [ui, setUi] = useState<ReadonlyMap<string, AppUiState>>(() => new Map());

  // The dashboard links an API to its test application by this name (DOMAIN.md §2).
  const testApplicationName = `${api.name} (Test Application)`;
  const candidates = useMemo(() => (apps.data === undefined ? undefined : machineToMachine(apps.data, testApplicationName)), [apps.data, testApplicationName]);
  const shown = useMemo(
    () => candidates?.filter((app) => matchesFilter(deferredFilter, app.name, app.client_id)),
    [candidates, deferredFilter],
  );
  const grantByClient = useMemo(() => new Map(grants.data?.map((g) => [g.client_id, g])), [grants.data]);

  const listRef = useRef<HTMLDivElement>(null);
  const rows = useWindowRows(listRef, shown?.length ?? 0, (i) => shown![i]!.client_id, 84);

  // Stable, so memoized cards do not re-render while the list scrolls.
  const changeUi = useCallback(
    (clientId: string, change: Partial<AppUiState>) =>
      setUi((previous) => new Map(previous).set(clientId, { ...(previous.get(clientId) ?? INITIAL_UI), ...change })),
    [],
  );

  const error = apps.error ?? grants.error ?? scopes.error;
  if (error !== null) {
    return (
      <LoadError
        what="applications"
        error={error}
        onRetry={() => {
          void apps.refetch();
          void grants.refetch();
          void scopes.refetch();
        }}
      />
    );
  }

  const loading = shown === undefined || grants.data === undefined || scopes.data === undefined;
  const authorizedCount = candidates?.filter((a) => grantByClient.has(a.client_id)).length ?? 0;

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm" maw={760}>
        Authorize machine-to-machine applications to request access tokens for this API with the client credentials grant,
        and choose which permissions their tokens carry. Applications appear here when their grant types include
        client_credentials.
      </Text>
      {candidates !== undefined && candidates.length > 0 && (
        <FilterInput
          label="Filter applications"
          placeholder="Name or Client ID"
          value={filter}
          onChange={setFilter}
          summary={
            filter.trim() !== '' && shown !== undefined
              ? `${shown.length.toLocaleString()} of ${candidates.length.toLocaleString()}`
              : `${authorizedCount.toLocaleString()} of ${candidates.length.toLocaleString()} authorized`
          }
        />
      )}
      {loading ? (
        <Text c="dimmed">Loading applications…</Text>
      ) : (
        shown.length === 0 && (
          <Text c="dimmed" py="lg">
            {deferredFilter.trim() !== '' ? (
              'No application matches this filter.'
            ) : (
              <>
                No machine-to-machine application yet.{' '}
                <Anchor component={Link} to="/applications">
                  Create one on the Applications page
                </Anchor>
                .
              </>
            )}
          </Text>
        )
      )}
      {/* Always mounted: its position on the page is where the virtual list starts. */}
      <div ref={listRef} style={{ paddingTop: rows.paddingTop, paddingBottom: rows.paddingBottom }}>
        {!loading &&
          rows.indexes.map((index) => {
            const app = shown[index]!;
            return (
              // Spacing is padding, not margin, so that measured heights add up exactly.
              <div key={app.client_id} ref={rows.measureElement} data-index={index} style={{ paddingBottom: 12 }}>
                <AppAuthorization
                  apiId={api.id}
                  audience={api.identifier}
                  app={app}
                  isTestApplication={app.name === testApplicationName}
                  grant={grantByClient.get(app.client_id)}
                  scopes={scopes.data}
                  ui={ui.get(app.client_id) ?? INITIAL_UI}
                  onUi={changeUi}
                />
              </div>
            );
          })}
      </div>
    </Stack>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { FilterInput, matchesFilter } from '../../../components/FilterInput';
import { LoadError } from '../../../components/LoadError';
import { useScopes } from '../../../workbench/queries';
import { useApiOutlet } from '../apiTabs';
import { AddScopeForm } from './AddScopeForm';
import { ScopesTable } from './ScopesTable';

export function ScopesTab() {
  const { api } = useApiOutlet();
  const scopes = useScopes(api.id);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => scopes.data?.filter((s) => matchesFilter(deferredFilter, s.value, s.description)),
    [scopes.data, deferredFilter],
  );

  return (
    <Stack gap="xl">
      {!api.is_system && (
        <Stack gap="sm">
          <div>
            <Title order={2} fz="lg" fw={600}>
              Add a Permission
            </Title>
            <Text size="sm" c="dimmed">
              Define the permissions (scopes) that this API uses. Applications are granted some of them on the
              Machine to Machine Applications tab.
            </Text>
          </div>
          <AddScopeForm apiId={api.id} existing={scopes.data} />
        </Stack>
      )}

      <Stack gap="sm">
        <Title order={2} fz="lg" fw={600}>
          List of Permissions
        </Title>
        {scopes.isError ? (
          <LoadError what="permissions" error={scopes.error} onRetry={() => void scopes.refetch()} />
        ) : shown === undefined ? (
          <Text c="dimmed">Loading permissions…</Text>
        ) : (
          <>
            {(scopes.data?.length ?? 0) > 0 && (
              <FilterInput
                label="Filter permissions"
                placeholder="Permission or description"
                value={filter}
                onChange={setFilter}
                summary={
                  filter.trim() !== ''
                    ? `${shown.length.toLocaleString()} of ${scopes.data!.length.toLocaleString()}`
                    : undefined
                }
              />
            )}
            <ScopesTable
              apiId={api.id}
              scopes={shown}
              filtered={deferredFilter.trim() !== ''}
              readOnly={api.is_system}
            />
          </>
        )}
      </Stack>
    </Stack>
  );
}

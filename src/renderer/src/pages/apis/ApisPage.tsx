import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { FilterInput, matchesFilter } from '../../components/FilterInput';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useApis } from '../../workbench/queries';
import { ApisTable } from './ApisTable';
import { CreateApiModal } from './CreateApiModal';

export function ApisPage() {
  const apis = useApis();
  const [creating, create] = useDisclosure(false);
  const [filter, setFilter] = useState('');
  // The input answers every keystroke; the (possibly long) list follows a moment later.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => apis.data?.filter((api) => matchesFilter(deferredFilter, api.name, api.identifier)),
    [apis.data, deferredFilter],
  );

  return (
    <>
      <PageHeader
        title="APIs"
        description="Define the APIs your tokens are for. Each API's identifier becomes the audience (aud) of the access tokens issued for it."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
            Create API
          </Button>
        }
      />
      {apis.isError ? (
        <LoadError what="APIs" error={apis.error} onRetry={() => void apis.refetch()} />
      ) : (
        <Stack gap="md">
          {(apis.data?.length ?? 0) > 0 && (
            <FilterInput
              label="Filter APIs"
              placeholder="Name or identifier"
              value={filter}
              onChange={setFilter}
              summary={
                filter.trim() !== '' && shown !== undefined
                  ? `${shown.length.toLocaleString()} of ${apis.data!.length.toLocaleString()}`
                  : undefined
              }
            />
          )}
          <ApisTable apis={shown} filtered={deferredFilter.trim() !== ''} />
        </Stack>
      )}
      <CreateApiModal opened={creating} onClose={create.close} />
    </>
  );
}

import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { APP_TYPE_LABELS } from '../../../../shared/domain/application';
import { FilterInput, matchesFilter } from '../../components/FilterInput';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useApplications } from '../../workbench/queries';
import { ApplicationsTable } from './ApplicationsTable';
import { CreateApplicationModal } from './CreateApplicationModal';

export function ApplicationsPage() {
  const apps = useApplications();
  const [creating, create] = useDisclosure(false);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(
    () => apps.data?.filter((app) => matchesFilter(deferredFilter, app.name, app.client_id, APP_TYPE_LABELS[app.app_type])),
    [apps.data, deferredFilter],
  );

  return (
    <>
      <PageHeader
        title="Applications"
        description="The clients that ask for tokens. Machine-to-machine applications get access tokens for the APIs they are authorized for with the client credentials grant."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
            Create Application
          </Button>
        }
      />
      {apps.isError ? (
        <LoadError what="applications" error={apps.error} onRetry={() => void apps.refetch()} />
      ) : (
        <Stack gap="md">
          {(apps.data?.length ?? 0) > 0 && (
            <FilterInput
              label="Filter applications"
              placeholder="Name, type or Client ID"
              value={filter}
              onChange={setFilter}
              summary={filter.trim() !== '' && shown !== undefined ? `${shown.length.toLocaleString()} of ${apps.data!.length.toLocaleString()}` : undefined}
            />
          )}
          <ApplicationsTable apps={shown} filtered={deferredFilter.trim() !== ''} />
        </Stack>
      )}
      <CreateApplicationModal opened={creating} onClose={create.close} />
    </>
  );
}

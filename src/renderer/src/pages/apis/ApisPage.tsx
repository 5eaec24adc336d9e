import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useApis } from '../../workbench/queries';
import { ApisTable } from './ApisTable';
import { CreateApiModal } from './CreateApiModal';

export function ApisPage() {
  const apis = useApis();
  const [creating, create] = useDisclosure(false);

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
      {apis.isError ? <LoadError what="APIs" error={apis.error} onRetry={() => void apis.refetch()} /> : <ApisTable apis={apis.data} />}
      <CreateApiModal opened={creating} onClose={create.close} />
    </>
  );
}

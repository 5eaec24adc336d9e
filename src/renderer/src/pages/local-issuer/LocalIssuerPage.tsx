import { Stack } from '@mantine/core';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { useIssuerStatus } from '../../workbench/queries-issuer';
import { CurlExample } from './CurlExample';
import { IssuerForm } from './IssuerForm';
import { IssuerStatusCard } from './IssuerStatusCard';
import { IssuerUrls } from './IssuerUrls';
import { RequestLog } from './RequestLog';

export function LocalIssuerPage() {
  const status = useIssuerStatus();
  const running = status.data?.running === true ? status.data : undefined;

  return (
    <>
      <PageHeader
        title="Local Issuer"
        description="A token endpoint, JWKS and discovery on this machine. Point the API you are building at its issuer URL instead of the cloud tenant."
      />
      {status.isError ? (
        <LoadError what="the local issuer" error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <Stack gap="xl">
          <Stack gap="md">
            <IssuerStatusCard status={status.data} />
            {status.data !== undefined && <IssuerForm status={status.data} />}
          </Stack>
          {running?.urls !== undefined && (
            <>
              <IssuerUrls urls={running.urls} />
              <CurlExample tokenUrl={running.urls.token} servedTenantId={running.tenant?.id} />
              <RequestLog servedTenantId={running.tenant?.id} />
            </>
          )}
        </Stack>
      )}
    </>
  );
}

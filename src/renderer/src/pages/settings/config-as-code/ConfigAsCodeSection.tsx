import { SimpleGrid, Text, Title } from '@mantine/core';
import { useCurrentTenant } from '../../../workbench/queries';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** Settings → Export / Import: the tenant as auth0-deploy-cli or Management API files (DOMAIN.md §8). */
export function ConfigAsCodeSection() {
  // A plan or an export result belongs to one tenant: switching tenants starts both panels afresh.
  const tenantId = useCurrentTenant().data?.id;
  return (
    <section aria-labelledby="config-as-code-heading">
      <Title order={2} id="config-as-code-heading" fz="lg" fw={600}>
        Export / Import
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        APIs, applications and grants as files, in the formats auth0-deploy-cli and the Management API use.
      </Text>
      <SimpleGrid cols={1} spacing="md">
        <ExportPanel key={`export-${tenantId}`} />
        <ImportPanel key={`import-${tenantId}`} />
      </SimpleGrid>
    </section>
  );
}

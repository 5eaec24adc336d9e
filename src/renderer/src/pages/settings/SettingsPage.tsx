import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { ConfigAsCodeSection } from './config-as-code/ConfigAsCodeSection';
import { StorageSection } from './StorageSection';
import { TenantsSection } from './TenantsSection';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Tenants, and where Token Workbench keeps its data on this machine." />
      <Stack gap="xl">
        <TenantsSection />
        <ConfigAsCodeSection />
        <StorageSection />
      </Stack>
    </>
  );
}

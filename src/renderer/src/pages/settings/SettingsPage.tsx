import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { StorageSection } from './StorageSection';
import { TenantsSection } from './TenantsSection';

export function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Tenants, and where Token Workbench keeps its data on this machine." />
      <Stack gap="xl">
        <TenantsSection />
        <StorageSection />
      </Stack>
    </>
  );
}

import { Text } from '@mantine/core';
import { useCurrentTenant } from '../../../workbench/queries';
import { useApiOutlet } from '../apiTabs';
import { QuickStart } from './QuickStart';

export function QuickStartTab() {
  const { api } = useApiOutlet();
  const tenant = useCurrentTenant();
  if (tenant.data === undefined) return <Text c="dimmed">Loading…</Text>;
  // The tenant's issuer today; the local issuer's URL will replace it here when it runs.
  return <QuickStart api={api} issuer={tenant.data.issuer} />;
}

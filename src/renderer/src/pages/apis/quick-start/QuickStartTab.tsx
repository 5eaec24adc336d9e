import { Text } from '@mantine/core';
import { useCurrentTenant } from '../../../workbench/queries';
import { useIssuerStatus } from '../../../workbench/queries-issuer';
import { useApiOutlet } from '../apiTabs';
import { QuickStart } from './QuickStart';

export function QuickStartTab() {
  const { api } = useApiOutlet();
  const tenant = useCurrentTenant();
  const issuer = useIssuerStatus();
  if (tenant.data === undefined) return <Text c="dimmed">Loading…</Text>;
  // Tokens carry the local issuer's URL while it serves this tenant, so the snippets point there.
  const local = issuer.data?.running === true && issuer.data.tenant?.id === tenant.data.id ? issuer.data.urls?.issuer : undefined;
  return <QuickStart api={api} issuer={local ?? tenant.data.issuer} />;
}

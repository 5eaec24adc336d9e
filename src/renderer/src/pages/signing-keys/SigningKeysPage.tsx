import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { KeyLibrary } from './library/KeyLibrary';
import { TenantKeys } from './TenantKeys';

const TABS = ['tenant', 'library'] as const;
type Tab = (typeof TABS)[number];

export function SigningKeysPage() {
  // The tab lives in the address (?tab=library), so a reload or a link keeps it.
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(requested ?? '') ? (requested as Tab) : 'tenant';

  return (
    <>
      <PageHeader
        title="Signing Keys"
        description="The RSA keys that sign this tenant's access tokens (RS256), their certificates and the JWKS validators fetch; and a library of other keys for debugging."
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'library' ? { tab: 'library' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="tenant">Tenant Keys</Tabs.Tab>
          <Tabs.Tab value="library">Key Library</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tenant">
          <TenantKeys />
        </Tabs.Panel>
        <Tabs.Panel value="library">
          <KeyLibrary />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

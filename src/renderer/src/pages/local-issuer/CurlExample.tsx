import { Anchor, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useApis, useApplications, useCurrentTenant } from '../../workbench/queries';
import { CodeBlock } from '../apis/quick-start/CodeBlock';

const CLIENT_ID = 'YOUR_CLIENT_ID';
const CLIENT_SECRET = 'YOUR_CLIENT_SECRET';
const AUDIENCE = 'YOUR_API_IDENTIFIER';

/** Single quotes for the shell; a quote inside becomes '\'' */
const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

export function tokenCurl(tokenUrl: string, clientId: string, clientSecret: string, audience: string): string {
  return [
    `curl --request POST --url ${shellQuote(tokenUrl)} \\`,
    `  --header 'content-type: application/x-www-form-urlencoded' \\`,
    `  --data-urlencode grant_type=client_credentials \\`,
    `  --data-urlencode client_id=${shellQuote(clientId)} \\`,
    `  --data-urlencode client_secret=${shellQuote(clientSecret)} \\`,
    `  --data-urlencode audience=${shellQuote(audience)}`,
  ].join('\n');
}

/**
 * A client-credentials request to paste into a terminal. The API and application are filled in
 * when the issuer serves the tenant open in this window; the secret never is (reveal it on the
 * application's page).
 */
export function CurlExample({ tokenUrl, servedTenantId }: { tokenUrl: string; servedTenantId: string | undefined }) {
  const currentTenantId = useCurrentTenant().data?.id;
  const sameTenant = servedTenantId !== undefined && servedTenantId === currentTenantId;
  const apis = useApis().data?.filter((a) => !a.is_system) ?? [];
  const apps = useApplications().data?.filter((a) => a.grant_types.includes('client_credentials')) ?? [];
  const [apiId, setApiId] = useState<string | null>(null);
  const [clientId, setClientId] = useState<string | null>(null);

  const api = sameTenant ? (apis.find((a) => a.id === apiId) ?? apis[0]) : undefined;
  // By default the API's own test application, which is authorized for it with all its scopes.
  const app = sameTenant
    ? (apps.find((a) => a.client_id === clientId) ?? apps.find((a) => api !== undefined && a.name === `${api.name} (Test Application)`) ?? apps[0])
    : undefined;

  const code = tokenCurl(tokenUrl, app?.client_id ?? CLIENT_ID, CLIENT_SECRET, api?.identifier ?? AUDIENCE);

  return (
    <section aria-labelledby="issuer-curl-heading">
      <Title order={2} id="issuer-curl-heading" fz="lg" fw={600}>
        Get a token
      </Title>
      <Stack gap="sm" mt={4}>
        <Text size="sm" c="dimmed" maw={760}>
          The client ID and secret are a machine-to-machine application&apos;s, from the{' '}
          <Anchor component={Link} to={app === undefined ? '/applications' : `/applications/${app.client_id}`} inherit>
            Applications
          </Anchor>{' '}
          page: copy its Client ID, and reveal its Client Secret there to replace {CLIENT_SECRET}. The application
          needs a grant for the API (its Machine to Machine Applications tab); the audience is the API&apos;s identifier.
        </Text>
        {sameTenant && apis.length > 0 && apps.length > 0 && (
          <Group grow maw={760} align="flex-start">
            <Select
              label="API"
              data={apis.map((a) => ({ value: a.id, label: a.name }))}
              value={api?.id ?? null}
              onChange={setApiId}
              allowDeselect={false}
              searchable
            />
            <Select
              label="Application"
              data={apps.map((a) => ({ value: a.client_id, label: a.name }))}
              value={app?.client_id ?? null}
              onChange={setClientId}
              allowDeselect={false}
              searchable
            />
          </Group>
        )}
        <CodeBlock title="Terminal" code={code} language="bash" />
      </Stack>
    </section>
  );
}

import { Alert, Group, Stack, Tabs, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { Api } from '../../../../../shared/domain/api';
import { CopyField } from '../../../components/CopyField';
import { CodeBlock } from './CodeBlock';
import { buildSnippets, type Snippet } from './snippets';

interface QuickStartProps {
  api: Api;
  /**
   * The issuer tokens carry: the tenant's today; the local issuer's address once it runs. One
   * prop, so that swapping it changes every snippet.
   */
  issuer: string;
}

function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host;
  } catch {
    return issuer;
  }
}

export function QuickStart({ api, issuer }: QuickStartProps) {
  const snippets = useMemo(
    () =>
      buildSnippets({
        issuer,
        audience: api.identifier,
        domain: hostOf(issuer),
        signingAlg: api.signing_alg,
        ...(api.scopes[0] !== undefined ? { scope: api.scopes[0].value } : {}),
      }),
    [issuer, api.identifier, api.signing_alg, api.scopes],
  );
  // Developers stick to one stack: remember the last one chosen.
  const [framework, setFramework] = useLocalStorage<Snippet['id']>({ key: 'token-workbench.quick-start', defaultValue: 'express' });
  const current = snippets.find((s) => s.id === framework) ?? snippets[0]!;

  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm" maw={760}>
        Protect your API with the access tokens issued for it. Each snippet checks the signature, the issuer and the audience
        of incoming tokens, and shows a route that needs a permission.
      </Text>
      <Group grow align="flex-start" gap="md">
        <CopyField label="Issuer" value={issuer} description="The iss of this API's tokens, with its trailing slash." />
        <CopyField label="Audience" value={api.identifier} description="The aud of this API's tokens: its identifier." />
      </Group>

      <Tabs value={current.id} onChange={(v) => v !== null && setFramework(v as Snippet['id'])} variant="pills" keepMounted={false}>
        <Tabs.List aria-label="Framework">
          {snippets.map((s) => (
            <Tabs.Tab key={s.id} value={s.id}>
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {snippets.map((s) => (
          <Tabs.Panel key={s.id} value={s.id} pt="md">
            <Stack gap="md">
              {s.note !== undefined && (
                <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
                  {s.note}
                </Alert>
              )}
              <CodeBlock title={s.install.name} code={s.install.code} language={s.install.language} />
              {s.files.map((file) => (
                <CodeBlock key={file.name} title={file.name} code={file.code} language={file.language} />
              ))}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

import { Alert, Anchor, Button, Code, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEye, IconEyeOff, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Api } from '../../../../../shared/domain/api';
import type { Application } from '../../../../../shared/domain/application';
import { useCurrentTenant } from '../../../workbench/queries';
import { useIssuerStatus } from '../../../workbench/queries-issuer';
import { CodeBlock } from '../quick-start/CodeBlock';
import classes from './Test.module.css';
import { CLIENT_SECRET_VARIABLE, clientCredentialsCurl, tokenEndpointOf } from './curl';

interface TokenRequestProps {
  api: Api;
  app: Application;
  /** The revealed client secret of `app`, or undefined for the placeholder. */
  secret: string | undefined;
  revealing: boolean;
  revealError: string | null;
  onShowSecret: () => void;
  onHideSecret: () => void;
}

/** The client-credentials request behind "Mint token", to run from a terminal against the local issuer. */
export function TokenRequest({
  api,
  app,
  secret,
  revealing,
  revealError,
  onShowSecret,
  onHideSecret,
}: TokenRequestProps) {
  const status = useIssuerStatus();
  const tenantId = useCurrentTenant().data?.id;

  if (status.data === undefined) {
    return status.isError ? (
      <Text size="sm" c="red">
        Could not read the local issuer’s status: {status.error.message}
      </Text>
    ) : (
      <Skeleton height={150} aria-label="Loading the token request" />
    );
  }

  const endpoint = tokenEndpointOf(status.data, tenantId);
  const code = clientCredentialsCurl({
    tokenUrl: endpoint.url,
    clientId: app.client_id,
    clientSecret: secret,
    audience: api.identifier,
  });
  const appUrl = `/applications/${encodeURIComponent(app.client_id)}`;

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        The same request from a terminal
      </Text>
      {endpoint.state === 'stopped' && (
        // Information, not an alarm: role "note" keeps screen readers from interrupting.
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} p="sm" role="note">
          <Text size="sm">
            The local issuer is not running, so this command has nothing to call yet. Start it on the{' '}
            <Anchor component={Link} to="/local-issuer" inherit>
              Local Issuer
            </Anchor>{' '}
            page; its token endpoint will be <Code>{endpoint.url}</Code>
            {endpoint.anyPort ? ', PORT being the free port it picks when it starts' : ''}. “Mint token” works
            without it.
          </Text>
        </Alert>
      )}
      {endpoint.state === 'other-tenant' && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} p="sm" role="note">
          <Text size="sm">
            The local issuer is serving another tenant
            {endpoint.domain === undefined ? '' : ` (${endpoint.domain})`}, which does not know this API: the
            command would be refused. Restart it for this tenant on the{' '}
            <Anchor component={Link} to="/local-issuer" inherit>
              Local Issuer
            </Anchor>{' '}
            page.
          </Text>
        </Alert>
      )}
      <CodeBlock title="Terminal" code={code} language="bash" />
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Text
          size="xs"
          c={secret === undefined ? 'dimmed' : undefined}
          className={secret === undefined ? undefined : classes.warning}
          maw={640}
        >
          {secret === undefined ? (
            <>
              {CLIENT_SECRET_VARIABLE} stands for the Client Secret of {app.name}: reveal it on{' '}
              <Anchor component={Link} to={appUrl} inherit>
                the application’s page
              </Anchor>{' '}
              and set it with <Code>export CLIENT_SECRET=…</Code> before running the command.
            </>
          ) : (
            <>
              The command now contains the Client Secret of {app.name}: anyone who sees it can get tokens as
              this application. Hide it before sharing your screen.
            </>
          )}
        </Text>
        {secret === undefined ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconEye size={14} aria-hidden />}
            loading={revealing}
            onClick={onShowSecret}
            style={{ flexShrink: 0 }}
          >
            Show secret in command
          </Button>
        ) : (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconEyeOff size={14} aria-hidden />}
            onClick={onHideSecret}
            style={{ flexShrink: 0 }}
          >
            Hide secret in command
          </Button>
        )}
      </Group>
      {revealError !== null && (
        <Text size="sm" c="red" role="alert">
          {revealError}
        </Text>
      )}
    </Stack>
  );
}

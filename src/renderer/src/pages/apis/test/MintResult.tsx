import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Grid,
  Group,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconExternalLink, IconKey } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { MintResult } from '../../../../../shared/contract/contract';
import { CodeBlock } from '../quick-start/CodeBlock';
import { apiTabUrl } from '../apiTabs';
import classes from './Test.module.css';
import { localDateTime, useNowSeconds, validityOf, type Validity } from './validity';

export interface MintedResult {
  result: MintResult;
  /** The application's name when the request was made, in case it is renamed afterwards. */
  application: string;
  at: Date;
}

/** The Debugger opens a token given in its address, then removes it from the address. */
export function debuggerUrl(token: string): string {
  return `/debugger?token=${encodeURIComponent(token)}`;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function MintResultView({ minted, apiId }: { minted: MintedResult; apiId: string }) {
  return minted.result.outcome === 'issued' ? (
    <IssuedToken minted={minted} result={minted.result} />
  ) : (
    <RefusedRequest minted={minted} result={minted.result} apiId={apiId} />
  );
}

/** Filled shades dark enough for white text (yellow gets black text through autoContrast). */
const VALIDITY_COLOR: Record<Validity['state'], string> = {
  valid: 'green.9',
  expired: 'red.9',
  'not-yet-valid': 'yellow.5',
  unknown: 'gray.7',
};
const VALIDITY_LABEL: Record<Validity['state'], string> = {
  valid: 'Valid',
  expired: 'Expired',
  'not-yet-valid': 'Not yet valid',
  unknown: 'No expiry',
};

function IssuedToken({
  minted,
  result,
}: {
  minted: MintedResult;
  result: Extract<MintResult, { outcome: 'issued' }>;
}) {
  const navigate = useNavigate();
  const now = useNowSeconds();
  const validity = validityOf(result.payload, now);
  const token = result.response.access_token;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Minted for <strong>{minted.application}</strong> at {minted.at.toLocaleTimeString()}, issuer{' '}
        <Code>{result.issuer}</Code>
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Stack gap="xs">
              <Textarea
                label="Access token"
                // Next to the token, and read with it: whether a validator would accept it right now.
                description={
                  <Group gap={6} component="span" wrap="wrap">
                    <Badge
                      component="span"
                      color={VALIDITY_COLOR[validity.state]}
                      variant="filled"
                      autoContrast
                      radius="sm"
                    >
                      {VALIDITY_LABEL[validity.state]}
                    </Badge>
                    <span>{validity.detail}</span>
                  </Group>
                }
                value={token}
                readOnly
                autosize
                minRows={5}
                maxRows={14}
                spellCheck={false}
                className={classes.token}
                onFocus={(e) => e.currentTarget.select()}
              />
              <Group gap="xs">
                <CopyButton value={token} timeout={1500}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={copy}
                      leftSection={
                        copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                      }
                      color={copied ? 'teal' : undefined}
                    >
                      Copy
                    </Button>
                  )}
                </CopyButton>
                <CopyButton value={`Authorization: Bearer ${token}`} timeout={1500}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={copy}
                      leftSection={
                        copied ? <IconCheck size={14} aria-hidden /> : <IconKey size={14} aria-hidden />
                      }
                    >
                      Copy as Authorization header
                    </Button>
                  )}
                </CopyButton>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => void navigate(debuggerUrl(token))}
                  leftSection={<IconExternalLink size={14} aria-hidden />}
                >
                  Open in Debugger
                </Button>
              </Group>
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Title order={3} fz="sm" fw={600} mb={-8}>
              Decoded
            </Title>
            <CodeBlock title="Header" code={json(result.header)} language="json" />
            <div className={classes.wrapCode}>
              <CodeBlock title="Payload" code={json(result.payload)} language="json" />
            </div>
            <TokenTimes payload={result.payload} />
          </Stack>
        </Grid.Col>
      </Grid>
      {/* Full width: the token inside it is one long line, and wraps into fewer lines here. */}
      <Stack gap={6}>
        <Title order={3} fz="sm" fw={600}>
          Response
        </Title>
        <Text size="xs" c="dimmed">
          What the token endpoint answers: HTTP 200, Cache-Control: no-store.
        </Text>
        <div className={classes.wrapCode}>
          <CodeBlock title="Response body" code={json(result.response)} language="json" />
        </div>
      </Stack>
    </Stack>
  );
}

/** iat, nbf and exp as dates: NumericDates are unreadable at a glance. */
function TokenTimes({ payload }: { payload: Record<string, unknown> }) {
  const rows = (['iat', 'nbf', 'exp'] as const).flatMap((claim) => {
    const value = payload[claim];
    return typeof value === 'number' && Number.isFinite(value) ? [{ claim, value }] : [];
  });
  if (rows.length === 0) return null;
  return (
    <dl className={classes.times} aria-label="Token times">
      {rows.map(({ claim, value }) => (
        <div key={claim} style={{ display: 'contents' }}>
          <dt>{claim}</dt>
          <dd>{localDateTime(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function RefusedRequest({
  minted,
  result,
  apiId,
}: {
  minted: MintedResult;
  result: Extract<MintResult, { outcome: 'refused' }>;
  apiId: string;
}) {
  const { status, error, error_description } = result.error;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title="The token endpoint refused this request: no token was minted"
      // Let the response body shrink with the alert instead of pushing past its edge.
      styles={{ body: { minWidth: 0 } }}
    >
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color="red.9" variant="filled" radius="sm" component="span">
            HTTP {status}
          </Badge>
          <Code fw={600}>{error}</Code>
        </Group>
        <Text size="sm">{error_description}</Text>
        <Text size="sm">
          <FixHint error={error} apiId={apiId} clientId={result.client_id} application={minted.application} />
        </Text>
        <div className={classes.wrapCode}>
          <CodeBlock title="Response body" code={json({ error, error_description })} language="json" />
        </div>
      </Stack>
    </Alert>
  );
}

/** Links inside the red alert take its text color, underlined: the link blue is too faint on dark red. */
const alertLink = { inherit: true, c: 'inherit', underline: 'always', fw: 600 } as const;

/** What would make the request succeed, where to do it. */
function FixHint({
  error,
  apiId,
  clientId,
  application,
}: {
  error: string;
  apiId: string;
  clientId: string;
  application: string;
}) {
  if (error === 'access_denied') {
    return (
      <>
        {application} has no grant for this API. Authorize it on the{' '}
        <Anchor component={Link} to={apiTabUrl(apiId, 'machine-to-machine')} {...alertLink}>
          Machine to Machine Applications
        </Anchor>{' '}
        tab.
      </>
    );
  }
  if (error === 'unauthorized_client') {
    return (
      <>
        {application} may not use the client credentials grant. Add client_credentials to its grant types on{' '}
        <Anchor component={Link} to={`/applications/${encodeURIComponent(clientId)}`} {...alertLink}>
          its page
        </Anchor>
        .
      </>
    );
  }
  return null;
}

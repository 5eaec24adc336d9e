import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCloudDownload, IconRefresh } from '@tabler/icons-react';
import { relativeTime } from '../../../../../shared/jwt';
import {
  useDiscoverIssuer,
  useFetchJwks,
  type DiscoveryResult,
  type JwksFetchResult,
} from '../../../workbench/queries-debugger';
import type { RemoteTarget } from './keySource';
import { tone } from '../shared/tone';

export type RemoteResult = JwksFetchResult | DiscoveryResult;

interface RemoteKeysProps {
  target: RemoteTarget;
  /** The last answer for this URL or issuer, if any. */
  result: RemoteResult | undefined;
  onResult: (result: RemoteResult) => void;
}

function fetchedWhen(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return `${new Date(at).toLocaleTimeString()} (${relativeTime(at / 1000, Date.now() / 1000)})`;
}

function Steps({ steps }: { steps: JwksFetchResult['steps'] }) {
  if (steps.length === 0) return null;
  return (
    <List size="xs" spacing={2} mt={4}>
      {steps.map((s, i) => (
        <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
          {s.url} — {s.status === null ? 'no response' : `HTTP ${s.status}`}: {s.outcome}
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The Fetch / Discover button: the only way anything leaves the machine from the Debugger, and
 * only on a click. Says what was fetched, from where and when, and offers to fetch again.
 */
export function RemoteKeys({ target, result, onResult }: RemoteKeysProps) {
  const fetchJwks = useFetchJwks();
  const discover = useDiscoverIssuer();
  const pending = fetchJwks.isPending || discover.isPending;
  const error = target.kind === 'jwks_url' ? fetchJwks.error : discover.error;
  const run = () => {
    if (target.kind === 'jwks_url') fetchJwks.mutate(target.url, { onSuccess: onResult });
    else discover.mutate(target.issuer, { onSuccess: onResult });
  };
  const verb = target.kind === 'jwks_url' ? 'Fetch' : 'Discover';
  const what = target.kind === 'jwks_url' ? target.url : target.issuer;

  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="nowrap" align="center">
        <Button
          size="xs"
          variant={result ? 'default' : 'filled'}
          leftSection={result ? <IconRefresh size={14} aria-hidden /> : <IconCloudDownload size={14} aria-hidden />}
          onClick={run}
          loading={pending}
          style={{ flexShrink: 0 }}
        >
          {result ? 'Refresh' : verb}
        </Button>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {result
            ? null
            : target.kind === 'jwks_url'
              ? `Fetches ${what} once, now. Nothing is fetched until you click.`
              : `Looks up ${what} (OpenID Connect, then RFC 8414) and fetches its JWKS. Nothing is fetched until you click.`}
        </Text>
      </Group>
      {error && (
        <Text size="sm" className={tone('red')}>
          {error.message}
        </Text>
      )}
      {result && result.ok && (
        <Text size="sm" role="status">
          {'jwksUri' in result && result.jwksUri !== null ? (
            <>
              Discovered through {result.metadataUrl}; JWKS at{' '}
              <Text span ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
                {result.jwksUri}
              </Text>
              .{' '}
            </>
          ) : (
            <>Fetched {'url' in result ? result.url : what}. </>
          )}
          {result.keys.length} key{result.keys.length === 1 ? '' : 's'}
          {result.fetchedAt !== null && <>, fetched at {fetchedWhen(result.fetchedAt)}</>}.
          {result.skipped.length > 0 && ` Skipped: ${result.skipped.join('; ')}.`}
        </Text>
      )}
      {result && !result.ok && (
        <Alert color="red" variant="light" title={target.kind === 'jwks_url' ? 'Could not fetch the JWKS' : 'Discovery failed'}>
          <Text size="sm">{result.error?.message ?? 'No keys were found.'}</Text>
          <Steps steps={result.steps} />
        </Alert>
      )}
    </Stack>
  );
}

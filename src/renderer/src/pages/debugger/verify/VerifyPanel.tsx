import { Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { detectKeySource, type DecodedToken } from '../../../../../shared/jwt';
import { useVerifyToken, type VerifyArgs } from '../../../workbench/queries-debugger';
import { KeyPanel } from '../shared/KeyPanel';
import { KeyInput } from './KeyInput';
import { keyArgs, remoteTarget, type KeyState } from './keySource';
import { RemoteKeys, type RemoteResult } from './RemoteKeys';
import { VerifyOptions } from './VerifyOptions';
import { expectedOf, nowOf, toleranceOf, type VerifyOptionsState } from './verifyOptions';
import { VerifyResultView } from './VerifyResultView';

interface VerifyPanelProps {
  decoded: DecodedToken;
  keyState: KeyState;
  onKeyChange: (patch: Partial<KeyState>) => void;
  options: VerifyOptionsState;
  onOptionsChange: (patch: Partial<VerifyOptionsState>) => void;
}

/** A claim as text for a placeholder (aud may be a list). */
function claimText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

/** Short enough to follow typing, long enough not to verify every keystroke of a pasted PEM. */
const DEBOUNCE_MS = 200;

/**
 * Verifies the token as soon as a key is there and again whenever the token, key or options
 * change. Fetching is the only step that waits for a click.
 */
export function VerifyPanel({ decoded, keyState, onKeyChange, options, onOptionsChange }: VerifyPanelProps) {
  const detected = useMemo(() => detectKeySource(keyState.text), [keyState.text]);
  const tokenIss = claimText(decoded.payload?.iss);
  const target = remoteTarget(keyState, detected, tokenIss);
  const targetKey = target === null ? null : target.kind === 'jwks_url' ? `url:${target.url}` : `iss:${target.issuer}`;
  const [remote, setRemote] = useState<Record<string, RemoteResult>>({});
  // Bumped after each fetch: the same arguments then find keys in the main process's cache.
  const [version, setVersion] = useState(0);

  const readable = decoded.token !== '' && decoded.status !== 'too_large' && decoded.status !== 'empty';
  const args = useMemo<VerifyArgs | null>(() => {
    if (!readable) return null;
    const now = nowOf(options);
    return {
      token: decoded.token,
      ...keyArgs(keyState, detected, tokenIss),
      expected: expectedOf(options),
      clockToleranceSec: toleranceOf(options),
      now: now ?? undefined,
    };
  }, [readable, decoded.token, keyState, detected, tokenIss, options]);
  const [debounced] = useDebouncedValue(args, DEBOUNCE_MS);
  const verify = useVerifyToken(debounced, version);

  return (
    <KeyPanel
      title="Verify"
      busy={args !== null && (verify.isFetching || args !== debounced)}
      intro="Checks the signature with a key you provide, never one the token carries, and checks its claims."
      keyFields={
        <Stack gap="sm">
          <KeyInput state={keyState} onChange={onKeyChange} detected={detected} tokenIss={tokenIss} purpose="verify" />
          {target !== null && targetKey !== null && (
            <RemoteKeys
              key={targetKey}
              target={target}
              result={remote[targetKey]}
              onResult={(result) => {
                setRemote((r) => ({ ...r, [targetKey]: result }));
                setVersion((v) => v + 1);
              }}
            />
          )}
          <VerifyOptions
            value={options}
            onChange={onOptionsChange}
            tokenIss={tokenIss}
            tokenAud={claimText(decoded.payload?.aud)}
          />
        </Stack>
      }
    >
      {args === null ? (
        <Text size="sm" c="dimmed">
          Paste a token above to verify it.
        </Text>
      ) : (
        <VerifyResultView
          result={verify.data}
          error={verify.error}
          stale={verify.isPlaceholderData || args !== debounced}
          pending={verify.isFetching || args !== debounced}
        />
      )}
    </KeyPanel>
  );
}

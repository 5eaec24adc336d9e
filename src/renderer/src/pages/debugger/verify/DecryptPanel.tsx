import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowBack, IconLockOpen, IconLockQuestion, IconLockX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { detectKeySource, type DecodedToken, type DecryptResult } from '../../../../../shared/jwt';
import { useDecryptToken, type DecryptArgs } from '../../../workbench/queries-debugger';
import { formatJson } from '../shared/highlightJson';
import { JsonView } from '../shared/JsonView';
import { KeyPanel } from '../shared/KeyPanel';
import { KeyInput } from './KeyInput';
import { DECRYPT_KEY_TYPES, keyArgs, type KeyState } from './keySource';

interface DecryptPanelProps {
  decoded: DecodedToken;
  keyState: KeyState;
  onKeyChange: (patch: Partial<KeyState>) => void;
  /** Puts a nested signed token in the "Encoded token" field. */
  onOpenToken: (token: string) => void;
}

const LOOK = {
  decrypted: { color: 'teal', Icon: IconLockOpen, title: 'Decrypted' },
  failed: { color: 'red', Icon: IconLockX, title: 'Decryption failed' },
  not_checked: { color: 'yellow', Icon: IconLockQuestion, title: 'Not decrypted' },
} as const;

function DecryptResultView({ result, onOpenToken }: { result: DecryptResult; onOpenToken: (token: string) => void }) {
  const look = LOOK[result.status];
  const nested = result.nested;
  return (
    <Stack gap="md">
      <Alert color={look.color} variant="light" icon={<look.Icon aria-hidden />} title={look.title} role="status">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {result.message}
        </Text>
        {result.key && (
          <Text size="sm" mt={4}>
            Key: {result.key.label}
          </Text>
        )}
      </Alert>
      {nested ? (
        <>
          <Group justify="space-between">
            <Title order={3} fz="sm">
              Nested signed token
            </Title>
            <Button size="xs" variant="light" leftSection={<IconArrowBack size={14} aria-hidden />} onClick={() => onOpenToken(nested.token)}>
              Open in Decode
            </Button>
          </Group>
          {nested.header && <JsonView order={4} title="Nested header" text={formatJson(nested.header)} />}
          {nested.payload && <JsonView order={4} title="Nested payload" text={formatJson(nested.payload)} />}
        </>
      ) : result.payload ? (
        <JsonView title="Decrypted payload" text={formatJson(result.payload)} />
      ) : result.plaintext !== null ? (
        <JsonView title="Plaintext" text={result.plaintext} json={false} />
      ) : null}
    </Stack>
  );
}

/** For a five-part JWE the Verify panel becomes Decrypt: a private key, a secret or a key-library key. */
export function DecryptPanel({ decoded, keyState, onKeyChange, onOpenToken }: DecryptPanelProps) {
  // Fetching has no meaning for decryption: a type chosen for verifying falls back to Auto here.
  const state = useMemo(
    () => (DECRYPT_KEY_TYPES.includes(keyState.type) ? keyState : { ...keyState, type: 'auto' as const }),
    [keyState],
  );
  const detected = useMemo(() => detectKeySource(state.text), [state.text]);
  const args = useMemo<DecryptArgs | null>(() => {
    const key = keyArgs(state, detected, null);
    if (key.key === undefined && key.libraryKeyId === undefined) return null;
    return { token: decoded.token, key: key.key, libraryKeyId: key.libraryKeyId };
  }, [state, detected, decoded.token]);
  const [debounced] = useDebouncedValue(args, 250);
  const decrypt = useDecryptToken(debounced);
  const stale = decrypt.isPlaceholderData || args !== debounced;

  return (
    <KeyPanel
      title="Decrypt"
      busy={args !== null && (decrypt.isFetching || args !== debounced)}
      busyLabel="Decrypting…"
      intro="This token is encrypted (JWE). Give the recipient’s private key (PEM or JWK), the shared secret, or a key from the key library."
      keyFields={<KeyInput state={state} onChange={onKeyChange} detected={detected} tokenIss={null} purpose="decrypt" />}
    >
      {decrypt.error ? (
        <Alert color="red" variant="light" title="Could not decrypt">
          {decrypt.error.message}
        </Alert>
      ) : decrypt.data && args !== null ? (
        <Box aria-busy={stale} style={{ opacity: stale ? 0.55 : 1 }}>
          <DecryptResultView result={decrypt.data} onOpenToken={onOpenToken} />
        </Box>
      ) : (
        <Text size="sm" c="dimmed">
          Paste a key or choose a key-library key to decrypt the token.
        </Text>
      )}
    </KeyPanel>
  );
}

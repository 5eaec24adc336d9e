import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { DetectedKey } from '../../../../../shared/jwt';
import { KeyTextarea } from '../shared/KeyTextarea';
import { LibraryKeySelect } from '../shared/LibraryKeySelect';
import { SecretEncodingSelect } from '../shared/SecretEncodingSelect';
import {
  DECRYPT_KEY_TYPES,
  KEY_TYPE_LABELS,
  usesEncoding,
  usesKeyText,
  VERIFY_KEY_TYPES,
  type KeyState,
  type KeyType,
} from './keySource';
import { monospaceKeyInput } from '../../../components/monospace';

interface KeyInputProps {
  state: KeyState;
  onChange: (patch: Partial<KeyState>) => void;
  detected: DetectedKey;
  tokenIss: string | null;
  /** What the panel is for: it decides the key types offered and the text area's wording. */
  purpose: 'verify' | 'decrypt';
}

const PUBLIC_KINDS = new Set<DetectedKey['kind']>(['pem_spki', 'pem_pkcs1', 'certificate', 'jwk', 'jwks_url', 'issuer']);

/** "Detected: PEM public key (SPKI)", with the detector's hint, worded for what the panel does. */
function DetectedLine({ detected, purpose }: { detected: DetectedKey; purpose: KeyInputProps['purpose'] }) {
  if (detected.kind === 'empty') return null;
  let hint = detected.hint;
  if (purpose === 'decrypt') {
    // The detector's hints are about verifying ("only its public key is used").
    if (detected.kind === 'pem_private' || detected.kind === 'jwk_private') hint = null;
    else if (PUBLIC_KINDS.has(detected.kind)) hint = 'A public key cannot decrypt: paste the recipient’s private key.';
  }
  return (
    <>
      <Text span fw={600} inherit>
        Detected: {detected.label}
      </Text>
      {hint !== null && <> — {hint}</>}
    </>
  );
}

/** Choosing "JWKS URL" or "Issuer discovery" after pasting a URL carries the URL over. */
function typeChange(state: KeyState, type: KeyType): Partial<KeyState> {
  const text = state.text.trim();
  if (!/^https?:\/\/\S+$/i.test(text)) return { type };
  if (type === 'jwks_url' && state.jwksUrl === '') return { type, jwksUrl: text };
  if (type === 'issuer' && state.issuer === '') return { type, issuer: text };
  return { type };
}

/** "Key or secret" with its auto-detected kind, the "Key type" override and per-type fields. */
export function KeyInput({ state, onChange, detected, tokenIss, purpose }: KeyInputProps) {
  const types = purpose === 'verify' ? VERIFY_KEY_TYPES : DECRYPT_KEY_TYPES;
  const showText = usesKeyText(state.type);
  const placeholder =
    purpose === 'verify'
      ? 'A secret, a PEM public key or certificate, a JWK, a JWKS or a JWKS URL'
      : 'A PEM or JWK private key, or a secret';
  return (
    <Stack gap="sm">
      <Group grow align="flex-start" gap="sm">
        <Select
          label="Key type"
          data={types.map((t) => ({ value: t, label: KEY_TYPE_LABELS[t] }))}
          value={state.type}
          onChange={(v) => v !== null && onChange(typeChange(state, v as KeyType))}
          allowDeselect={false}
        />
        {usesEncoding(state, detected) && (
          <SecretEncodingSelect value={state.encoding} onChange={(encoding) => onChange({ encoding })} />
        )}
      </Group>
      {showText && (
        <KeyTextarea
          label="Key or secret"
          placeholder={placeholder}
          value={state.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          autoCorrect="off"
          autoCapitalize="off"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={state.type === 'auto' ? <DetectedLine detected={detected} purpose={purpose} /> : undefined}
        />
      )}
      {state.type === 'jwks_url' && (
        <TextInput
          label="JWKS URL"
          placeholder="https://issuer.example.com/.well-known/jwks.json"
          value={state.jwksUrl}
          onChange={(e) => onChange({ jwksUrl: e.currentTarget.value })}
          description="Fetched only when you click Fetch: https (http only for localhost), 5 s, 1 MiB at most."
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          spellCheck={false}
          styles={monospaceKeyInput}
        />
      )}
      {state.type === 'issuer' && (
        <TextInput
          label="Issuer"
          placeholder={tokenIss ?? 'https://issuer.example.com/'}
          value={state.issuer}
          onChange={(e) => onChange({ issuer: e.currentTarget.value })}
          description={
            tokenIss
              ? `Empty: the token's iss (${tokenIss}). Its discovery document and JWKS are fetched only when you click Discover.`
              : 'Its discovery document and JWKS are fetched only when you click Discover.'
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          spellCheck={false}
          styles={monospaceKeyInput}
        />
      )}
      {state.type === 'workspace' && (
        <Text size="sm" c="dimmed">
          Tenant signing keys and key-library keys are matched by the token’s kid across all tenants; HS256 API
          secrets by its aud. Nothing is fetched.
        </Text>
      )}
      {state.type === 'library' && (
        <LibraryKeySelect
          label="Key library key"
          value={state.libraryKeyId}
          onChange={(id) => onChange({ libraryKeyId: id })}
        />
      )}
    </Stack>
  );
}

import { Anchor, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { SECRET_ENCODINGS, type DetectedKey, type SecretEncoding } from '../../../../../shared/jwt';
import { useLibraryKeys } from '../../../workbench/queries-debugger';
import {
  KEY_TYPE_LABELS,
  SECRET_ENCODING_LABELS,
  usesEncoding,
  usesKeyText,
  type KeyState,
  type KeyType,
} from './keySource';

interface KeyInputProps {
  state: KeyState;
  onChange: (patch: Partial<KeyState>) => void;
  types: KeyType[];
  detected: DetectedKey;
  tokenIss: string | null;
  /** What the panel is for, in the text area's description. */
  purpose: 'verify' | 'decrypt';
}

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } };

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

/** The key-library keys that hold a private part (only those decrypt). */
function LibraryKeySelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const library = useLibraryKeys();
  const usable = (library.data ?? []).filter((k) => k.has_private);
  return (
    <Select
      label="Key library key"
      placeholder={library.isPending ? 'Loading…' : usable.length === 0 ? 'No key with a private part' : 'Choose a key'}
      data={usable.map((k) => ({ value: k.id, label: `${k.name} — ${k.label} (kid ${k.kid})` }))}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage="No such key"
      error={library.error?.message}
      description={
        usable.length === 0 && !library.isPending ? (
          <>
            Generate or import one on the{' '}
            <Anchor component={Link} to="/signing-keys" size="xs">
              Signing Keys
            </Anchor>{' '}
            page.
          </>
        ) : undefined
      }
    />
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
export function KeyInput({ state, onChange, types, detected, tokenIss, purpose }: KeyInputProps) {
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
          <Select
            label="Secret encoding"
            data={SECRET_ENCODINGS.map((e) => ({ value: e, label: SECRET_ENCODING_LABELS[e] }))}
            value={state.encoding}
            onChange={(v) => v !== null && onChange({ encoding: v as SecretEncoding })}
            allowDeselect={false}
          />
        )}
      </Group>
      {showText && (
        <Textarea
          label="Key or secret"
          placeholder={placeholder}
          value={state.text}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          rows={5}
          resize="vertical"
          spellCheck={false}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          styles={monospace}
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
          styles={monospace}
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
          styles={monospace}
        />
      )}
      {state.type === 'workspace' && (
        <Text size="sm" c="dimmed">
          Tenant signing keys and key-library keys are matched by the token’s kid across all tenants; HS256 API
          secrets by its aud. Nothing is fetched.
        </Text>
      )}
      {state.type === 'library' && (
        <LibraryKeySelect value={state.libraryKeyId} onChange={(id) => onChange({ libraryKeyId: id })} />
      )}
    </Stack>
  );
}

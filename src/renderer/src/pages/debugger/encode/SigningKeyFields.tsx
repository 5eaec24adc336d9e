import { PasswordInput, Radio, Select, Stack, Group, Text, TextInput } from '@mantine/core';
import { useTenantSigningKeys } from '../../../workbench/queries-debugger';
import { KeyTextarea } from '../shared/KeyTextarea';
import { LibraryKeySelect } from '../shared/LibraryKeySelect';
import { SecretEncodingSelect } from '../shared/SecretEncodingSelect';
import { fittingAlgorithm, SIGNING_SOURCES, type EncodeState, type SigningSource } from './encodeState';
import { monospaceKeyInput } from '../../../components/monospace';

interface SigningKeyFieldsProps {
  state: EncodeState;
  onChange: (patch: Partial<EncodeState>) => void;
  /** A signing error about the key, shown under the field that holds it. */
  keyError: string | null;
  passwordError: string | null;
}

const STATE_LABELS = { current: 'current', next: 'next', previous: 'previous', revoked: 'revoked' } as const;

function TenantKeySelect({ state, onChange, error }: { state: EncodeState; onChange: SigningKeyFieldsProps['onChange']; error: string | null }) {
  const keys = useTenantSigningKeys();
  // A revoked key never signs again: it is not offered.
  const valid = (keys.data ?? []).filter((k) => k.state !== 'revoked');
  const current = valid.find((k) => k.state === 'current');
  return (
    <Select
      label="Tenant signing key"
      placeholder={keys.isPending ? 'Loading…' : 'The current key'}
      description="RSA 2048: signs RS256 to RS512 and PS256 to PS512."
      data={valid.map((k) => ({ value: k.kid, label: `${k.kid} (${STATE_LABELS[k.state]})` }))}
      value={state.tenantKid ?? current?.kid ?? null}
      onChange={(kid) => onChange({ tenantKid: kid === current?.kid ? null : kid })}
      allowDeselect={false}
      error={error ?? keys.error?.message}
      styles={monospaceKeyInput}
    />
  );
}

/** "Signing key": tenant key, key-library key, pasted private key or secret, with their fields. */
export function SigningKeyFields({ state, onChange, keyError, passwordError }: SigningKeyFieldsProps) {
  return (
    <Stack gap="sm">
      <Radio.Group
        label="Signing key"
        value={state.source}
        onChange={(v) => {
          const source = v as SigningSource;
          onChange({ source, alg: fittingAlgorithm(source, state.alg) });
        }}
      >
        <Group gap="md" mt={6}>
          {(Object.keys(SIGNING_SOURCES) as SigningSource[]).map((s) => (
            <Radio key={s} value={s} label={SIGNING_SOURCES[s]} />
          ))}
        </Group>
      </Radio.Group>
      {state.source === 'tenant' && <TenantKeySelect state={state} onChange={onChange} error={keyError} />}
      {state.source === 'library' && (
        <LibraryKeySelect
          label="Library key"
          value={state.libraryId}
          onChange={(id, key) => {
            // Switch to the key's own algorithm when the chosen one does not fit it.
            const alg = key && state.alg !== 'none' && !key.algs.includes(state.alg) ? (key.alg as EncodeState['alg']) : state.alg;
            onChange({ libraryId: id, alg });
          }}
          error={keyError}
        />
      )}
      {state.source === 'pasted' && (
        <>
          <KeyTextarea
            label="Private key"
            description="PEM (PKCS#8, PKCS#1, SEC1) or a JWK with its private members. It is used for this signature only and not stored."
            placeholder="-----BEGIN PRIVATE KEY-----"
            value={state.pastedKey}
            onChange={(e) => onChange({ pastedKey: e.currentTarget.value })}
            error={keyError}
          />
          <PasswordInput
            label="Key password"
            description="Only for an encrypted PKCS#8 key."
            value={state.password}
            onChange={(e) => onChange({ password: e.currentTarget.value })}
            autoComplete="off"
            error={passwordError}
          />
        </>
      )}
      {state.source === 'secret' && (
        <Group grow align="flex-start" gap="sm">
          <TextInput
            label="HMAC secret"
            value={state.secret}
            onChange={(e) => onChange({ secret: e.currentTarget.value })}
            spellCheck={false}
            autoComplete="off"
            error={keyError}
            styles={monospaceKeyInput}
          />
          <SecretEncodingSelect value={state.encoding} onChange={(encoding) => onChange({ encoding })} maw={160} />
        </Group>
      )}
      {state.source === 'secret' && (
        <Text size="xs" c="dimmed">
          HS256 needs at least 32 bytes, HS384 48 and HS512 64 (RFC 7518 §3.2).
        </Text>
      )}
    </Stack>
  );
}

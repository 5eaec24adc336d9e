import {
  Alert,
  Button,
  Divider,
  Group,
  NumberInput,
  Radio,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { API_LIMITS } from '../../../../../shared/domain/api';
import { CopyField } from '../../../components/CopyField';
import { FormError } from '../../../components/FormError';
import { UnsavedChangesPrompt } from '../../../components/UnsavedChangesPrompt';
import { useUpdateApi } from '../../../workbench/queries';
import { useApiOutlet } from '../apiTabs';
import { SIGNING_ALGORITHM_HELP } from '../signingAlgorithms';
import { DangerZone } from './DangerZone';
import { SigningSecretField } from './SigningSecretField';
import { SettingsSection } from '../../../components/SettingsSection';
import {
  changedFields,
  formFieldOf,
  updateArgs,
  validateSettings,
  valuesOf,
  type SettingsField,
  type SettingsValues,
} from './settingsValues';
import { monospaceInput } from '../../../components/monospace';


export function SettingsTab() {
  const { api } = useApiOutlet();
  const updateApi = useUpdateApi();
  // Only what the user changed is kept here; everything else shows the saved API as it is now,
  // so a change made from the CLI appears without discarding the user's edits.
  const [edits, setEdits] = useState<Partial<SettingsValues>>({});
  const [hostErrors, setHostErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Set once the API is deleted, so that leaving for the list does not ask about unsaved edits.
  const leaving = useRef(false);

  const saved = valuesOf(api);
  const values: SettingsValues = { ...saved, ...edits };
  const dirty = changedFields(values, saved).length > 0;
  const errors = { ...validateSettings(api.id, values), ...hostErrors };
  const readOnly = api.is_system;

  const set = <K extends SettingsField>(field: K, value: SettingsValues[K]) => {
    setEdits((previous) => ({ ...previous, [field]: value }));
    setHostErrors(({ [field]: _cleared, ...rest }) => rest);
    setFormError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || Object.keys(errors).length > 0) return;
    updateApi.mutate(updateArgs(api.id, values, saved), {
      onSuccess: () => {
        setEdits({});
        notifications.show({ color: 'green', title: 'Settings saved', message: api.name });
      },
      onError: (error) => {
        const field = formFieldOf(error.field);
        if (field !== undefined) setHostErrors({ [field]: error.message });
        else setFormError(error.message);
      },
    });
  };

  return (
    <Stack gap="xl">
      <form onSubmit={submit} noValidate aria-label="API settings">
        <Stack gap="xl">
          {readOnly && (
            <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
              This is the tenant’s system API. Its settings cannot be changed and it cannot be deleted.
            </Alert>
          )}

          <SettingsSection title="General Settings">
            <CopyField label="Id" value={api.id} />
            <TextInput
              label="Name"
              description="A friendly name for the API. It does not appear in tokens."
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors.name}
              readOnly={readOnly}
              autoComplete="off"
            />
            <CopyField
              label="Identifier"
              value={api.identifier}
              description="The audience (aud) of this API's tokens. It cannot be changed."
            />
          </SettingsSection>

          <Divider />

          <SettingsSection
            title="Token Settings"
            description="How long the access tokens issued for this API are valid."
          >
            <NumberInput
              label="Token Expiration (Seconds)"
              description={`Lifetime of access tokens for this API, from 0 to ${API_LIMITS.tokenLifetimeMax.toLocaleString('en-US')} seconds (30 days). Default: ${API_LIMITS.tokenLifetimeDefault.toLocaleString('en-US')} (24 hours).`}
              value={values.token_lifetime}
              onChange={(v) => set('token_lifetime', v)}
              error={errors.token_lifetime}
              min={0}
              max={API_LIMITS.tokenLifetimeMax}
              // Out-of-range input is reported, not silently corrected.
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              hideControls
              readOnly={readOnly}
              styles={monospaceInput}
            />
            <NumberInput
              label="Token Expiration For Browser Flows (Seconds)"
              description="Lifetime of access tokens issued to browser-based flows (implicit, hybrid). It can never be greater than Token Expiration."
              value={values.token_lifetime_for_web}
              onChange={(v) => set('token_lifetime_for_web', v)}
              error={errors.token_lifetime_for_web}
              min={0}
              max={API_LIMITS.tokenLifetimeMax}
              clampBehavior="none"
              allowDecimal={false}
              allowNegative={false}
              hideControls
              readOnly={readOnly}
              styles={monospaceInput}
            />
            <TextInput
              label="Signing Algorithm"
              description={`${SIGNING_ALGORITHM_HELP[api.signing_alg]} It is set when the API is created and cannot be changed.`}
              value={api.signing_alg}
              readOnly
              variant="filled"
              styles={monospaceInput}
            />
            {/* RS256 and PS256 tokens are signed with the tenant's keys (Signing Keys page); only HS256 has a secret of its own. */}
            {api.signing_alg === 'HS256' && <SigningSecretField api={api} />}
            <Radio.Group
              label="Token Profile"
              description="The format of the access tokens issued for this API."
              value={values.profile}
              onChange={(v) => set('profile', v === 'rfc9068' ? 'rfc9068' : 'auth0')}
              error={errors.profile}
              readOnly={readOnly}
            >
              <Stack gap="sm" mt="xs">
                <Radio
                  value="auth0"
                  label="Auth0"
                  aria-label="Auth0"
                  description="Auth0’s token format: claims iss, sub, aud, iat, exp, scope, gty and azp."
                  disabled={readOnly}
                />
                <Radio
                  value="rfc9068"
                  label="RFC 9068"
                  aria-label="RFC 9068"
                  description="The IETF JWT profile for access tokens: header typ at+jwt; claims iss, sub, aud, exp, iat, jti, client_id and scope."
                  disabled={readOnly}
                />
              </Stack>
            </Radio.Group>
          </SettingsSection>

          <Divider />

          {/* Switches and radios get aria-label = their label: Mantine puts the description inside the label element. */}
          <SettingsSection title="Access Settings">
            <Switch
              label="Allow Skipping User Consent"
              aria-label="Allow Skipping User Consent"
              description="First-party applications may skip the consent dialog for this API. The consent dialog is always shown when the application’s callback host is localhost or 127.0.0.1."
              checked={values.skip_consent_for_verifiable_first_party_clients}
              onChange={(e) =>
                set('skip_consent_for_verifiable_first_party_clients', e.currentTarget.checked)
              }
              disabled={readOnly}
            />
            <Switch
              label="Allow Offline Access"
              aria-label="Allow Offline Access"
              description="Applications may ask for refresh tokens for this API."
              checked={values.allow_offline_access}
              onChange={(e) => set('allow_offline_access', e.currentTarget.checked)}
              disabled={readOnly}
            />
          </SettingsSection>

          <Divider />

          <SettingsSection
            title="RBAC Settings"
            description="Role-based access control: which permissions a caller holds, and whether tokens list them."
          >
            <Switch
              label="Enable RBAC"
              aria-label="Enable RBAC"
              description="Enforce the permissions assigned to users and applications for this API."
              checked={values.enforce_policies}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                set('enforce_policies', on);
                // Permissions in the token only exist with RBAC: turning RBAC off turns them off.
                if (!on) set('permissionsInToken', false);
              }}
              disabled={readOnly}
            />
            <Switch
              label="Add Permissions in the Access Token"
              aria-label="Add Permissions in the Access Token"
              description={
                values.enforce_policies
                  ? 'Add a permissions claim (a list) to the access tokens issued for this API.'
                  : 'Turn on Enable RBAC first.'
              }
              checked={values.permissionsInToken}
              onChange={(e) => set('permissionsInToken', e.currentTarget.checked)}
              disabled={readOnly || !values.enforce_policies}
            />
          </SettingsSection>

          <FormError message={formError} />

          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              {dirty && (
                <Text size="sm" c="dimmed" role="status">
                  Unsaved changes
                </Text>
              )}
              {dirty && (
                <Button
                  variant="default"
                  onClick={() => {
                    setEdits({});
                    setHostErrors({});
                    setFormError(null);
                  }}
                >
                  Discard
                </Button>
              )}
              <Button type="submit" disabled={!dirty} loading={updateApi.isPending}>
                Save
              </Button>
            </Group>
          )}
        </Stack>
      </form>

      {!readOnly && (
        <DangerZone
          api={api}
          onDeleted={() => {
            leaving.current = true;
          }}
        />
      )}

      <UnsavedChangesPrompt dirty={dirty} bypass={leaving} />
    </Stack>
  );
}

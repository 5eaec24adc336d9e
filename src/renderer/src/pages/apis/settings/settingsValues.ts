import { fieldErrors } from '../../../../../shared/contract/validate';
import {
  dialectOf,
  profileOf,
  UpdateApiInputSchema,
  type Api,
  type UpdateApiInput,
} from '../../../../../shared/domain/api';

/** What the Settings form edits: the API's settings, with the token dialect split into its two switches. */
export interface SettingsValues {
  name: string;
  /** NumberInput gives '' while the field is empty. */
  token_lifetime: number | string;
  token_lifetime_for_web: number | string;
  skip_consent_for_verifiable_first_party_clients: boolean;
  allow_offline_access: boolean;
  enforce_policies: boolean;
  permissionsInToken: boolean;
  profile: 'auth0' | 'rfc9068';
}
export type SettingsField = keyof SettingsValues;

export function valuesOf(api: Api): SettingsValues {
  const { profile, permissionsInToken } = profileOf(api.token_dialect);
  return {
    name: api.name,
    token_lifetime: api.token_lifetime,
    token_lifetime_for_web: api.token_lifetime_for_web,
    skip_consent_for_verifiable_first_party_clients: api.skip_consent_for_verifiable_first_party_clients,
    allow_offline_access: api.allow_offline_access,
    enforce_policies: api.enforce_policies,
    permissionsInToken,
    profile,
  };
}

/** An empty number field is not "unchanged": NaN makes the schema say it needs a number. */
function seconds(value: number | string): number {
  return value === '' ? Number.NaN : Number(value);
}

/** The fields that differ from what is saved; only those are sent, so a concurrent edit of another field survives. */
export function changedFields(values: SettingsValues, saved: SettingsValues): SettingsField[] {
  return (Object.keys(values) as SettingsField[]).filter((key) => values[key] !== saved[key]);
}

/** `apis.update` arguments for the changed fields. */
export function updateArgs(apiId: string, values: SettingsValues, saved: SettingsValues): UpdateApiInput {
  const changed = new Set(changedFields(values, saved));
  const args: UpdateApiInput = { api: apiId };
  if (changed.has('name')) args.name = values.name;
  if (changed.has('token_lifetime')) args.token_lifetime = seconds(values.token_lifetime);
  if (changed.has('token_lifetime_for_web'))
    args.token_lifetime_for_web = seconds(values.token_lifetime_for_web);
  if (changed.has('skip_consent_for_verifiable_first_party_clients')) {
    args.skip_consent_for_verifiable_first_party_clients =
      values.skip_consent_for_verifiable_first_party_clients;
  }
  if (changed.has('allow_offline_access')) args.allow_offline_access = values.allow_offline_access;
  if (changed.has('enforce_policies')) args.enforce_policies = values.enforce_policies;
  if (changed.has('permissionsInToken') || changed.has('profile')) {
    args.token_dialect = dialectOf(values.profile, values.permissionsInToken);
  }
  return args;
}

/**
 * Messages by form field, from the same schema the host applies, plus the one rule between two
 * fields (browser flows never above the token lifetime), worded as the host words it.
 */
export function validateSettings(
  apiId: string,
  values: SettingsValues,
): Partial<Record<SettingsField, string>> {
  const parsed = UpdateApiInputSchema.safeParse({
    api: apiId,
    name: values.name,
    token_lifetime: seconds(values.token_lifetime),
    token_lifetime_for_web: seconds(values.token_lifetime_for_web),
  });
  const errors: Partial<Record<SettingsField, string>> = parsed.success
    ? {}
    : (fieldErrors(parsed.error) as Partial<Record<SettingsField, string>>);
  const lifetime = seconds(values.token_lifetime);
  const forWeb = seconds(values.token_lifetime_for_web);
  if (
    errors.token_lifetime_for_web === undefined &&
    errors.token_lifetime === undefined &&
    forWeb > lifetime
  ) {
    errors.token_lifetime_for_web = `Token Expiration For Browser Flows (${forWeb}) cannot be greater than Token Expiration (${lifetime}).`;
  }
  return errors;
}

/** Host field names that are form fields as they are; `token_dialect` belongs to the profile choice. */
export function formFieldOf(hostField: string | undefined): SettingsField | undefined {
  if (hostField === undefined) return undefined;
  if (hostField === 'token_dialect') return 'profile';
  const fields: readonly string[] = [
    'name',
    'token_lifetime',
    'token_lifetime_for_web',
    'allow_offline_access',
    'skip_consent_for_verifiable_first_party_clients',
    'enforce_policies',
  ];
  return fields.includes(hostField) ? (hostField as SettingsField) : undefined;
}

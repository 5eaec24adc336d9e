import type { MethodArgs } from '../../../../../shared/contract/contract';
import { findJsonSyntaxError } from './jsonSyntax';

/**
 * Claims whose meaning validators rely on; the host refuses them in extra claims unless
 * "Override registered claims" is ticked. Mirrors the host's list so the field can say it as you type.
 */
export const REGISTERED_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'] as const;

/** What the Advanced options edit. Empty means "as the token endpoint would do it". */
export interface AdvancedValues {
  claims: string;
  allowRegisteredOverride: boolean;
  /** NumberInput gives '' while empty. */
  lifetime: number | string;
  notBeforeDelay: number | string;
  jti: boolean;
  typ: string;
  /** A `datetime-local` value (local time, no zone), or ''. */
  now: string;
}
export type AdvancedField = keyof AdvancedValues;

export const EMPTY_ADVANCED: AdvancedValues = {
  claims: '',
  allowRegisteredOverride: false,
  lifetime: '',
  notBeforeDelay: '',
  jti: false,
  typ: '',
  now: '',
};

export type ClaimsCheck =
  { ok: true; claims: Record<string, unknown> | undefined } | { ok: false; message: string };

/** Extra claims as typed: nothing, or a JSON object; a syntax error says where it is. */
export function checkClaims(text: string, allowRegisteredOverride: boolean): ClaimsCheck {
  if (text.trim() === '') return { ok: true, claims: undefined };
  const syntax = findJsonSyntaxError(text);
  if (syntax !== null) {
    return { ok: false, message: `Line ${syntax.line}, column ${syntax.column}: ${syntax.message}` };
  }
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Extra claims must be a JSON object, e.g. {"org_id": "org_123"}.' };
  }
  const record = value as Record<string, unknown>;
  if (!allowRegisteredOverride) {
    const registered = Object.keys(record).find((k) => (REGISTERED_CLAIMS as readonly string[]).includes(k));
    if (registered !== undefined) {
      return {
        ok: false,
        message: `"${registered}" is a registered claim set by the workbench; tick "Override registered claims" to change it.`,
      };
    }
  }
  return { ok: true, claims: record };
}

/** `datetime-local` text is local time: `new Date` reads it so, and the host gets an ISO instant. */
export function pretendNowIso(value: string): string | null {
  if (value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function validateAdvanced(values: AdvancedValues): Partial<Record<AdvancedField, string>> {
  const errors: Partial<Record<AdvancedField, string>> = {};
  const claims = checkClaims(values.claims, values.allowRegisteredOverride);
  if (!claims.ok) errors.claims = claims.message;
  if (values.now !== '' && pretendNowIso(values.now) === null) errors.now = 'Enter a complete date and time.';
  return errors;
}

/** How many options differ from the defaults: shown beside the collapsed section so they are not forgotten. */
export function countChanged(values: AdvancedValues): number {
  return (Object.keys(EMPTY_ADVANCED) as AdvancedField[]).filter(
    (k) => k !== 'allowRegisteredOverride' && values[k] !== EMPTY_ADVANCED[k],
  ).length;
}

/** `tokens.mint` arguments: only what the user set, so the rest is what the token endpoint does. */
export function mintArgs(api: string, app: string, values: AdvancedValues): MethodArgs<'tokens.mint'> {
  const args: MethodArgs<'tokens.mint'> = { api, app };
  const claims = checkClaims(values.claims, values.allowRegisteredOverride);
  if (claims.ok && claims.claims !== undefined) {
    args.claims = claims.claims;
    if (values.allowRegisteredOverride) args.allowRegisteredOverride = true;
  }
  if (values.lifetime !== '') args.lifetime = Number(values.lifetime);
  if (values.notBeforeDelay !== '') args.notBeforeDelay = Number(values.notBeforeDelay);
  if (values.jti) args.jti = true;
  if (values.typ.trim() !== '') args.typ = values.typ.trim();
  const now = pretendNowIso(values.now);
  if (now !== null) args.now = now;
  return args;
}

/** The host names the offending argument; these are the fields that show it. */
export function advancedFieldOf(hostField: string | undefined): AdvancedField | undefined {
  switch (hostField?.split('.')[0]) {
    case 'claims':
    case 'allowRegisteredOverride':
      return 'claims';
    case 'lifetime':
      return 'lifetime';
    case 'notBeforeDelay':
      return 'notBeforeDelay';
    case 'now':
      return 'now';
    case 'typ':
      return 'typ';
    case 'jti':
      return 'jti';
    default:
      return undefined;
  }
}

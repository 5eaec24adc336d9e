import { WorkbenchError } from '../../shared/errors';

/** Claims whose meaning validators rely on: overriding them takes an explicit tick. */
export const REGISTERED_CLAIMS = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'] as const;

const NUMERIC_DATE = new Set(['exp', 'nbf', 'iat']);

/**
 * Checks extra claims for a token: a JSON object, registered claims only with `allowRegistered`, and
 * each registered claim of the type RFC 7519 gives it. Messages name the claim and the problem.
 */
export function checkExtraClaims(claims: unknown, allowRegistered: boolean, field = 'claims'): Record<string, unknown> {
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new WorkbenchError('invalid_body', 'Extra claims must be a JSON object, e.g. {"org_id": "org_123"}.', field);
  }
  const record = claims as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) {
    if (!(REGISTERED_CLAIMS as readonly string[]).includes(name)) continue;
    if (!allowRegistered) {
      throw new WorkbenchError(
        'invalid_body',
        // The same message reaches the Test tab, the encoder and the CLI: it names the switch in each.
        `"${name}" is a registered claim set by the workbench; to change it, allow overriding registered claims ("Override registered claims" on the Test tab, --override-registered on the command line).`,
        field,
      );
    }
    checkRegisteredClaim(name, value, field);
  }
  return record;
}

/** RFC 7519 §4.1 types: NumericDate for exp/nbf/iat, strings for iss/sub/jti, aud a string or strings. */
export function checkRegisteredClaim(name: string, value: unknown, field = 'claims'): void {
  if (NUMERIC_DATE.has(name)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new WorkbenchError('invalid_body', `"${name}" must be a number of seconds since 1970 (NumericDate), not ${JSON.stringify(value)}.`, field);
    }
  } else if (name === 'aud') {
    const ok = typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok) throw new WorkbenchError('invalid_body', '"aud" must be a string or a list of strings.', field);
  } else if (typeof value !== 'string') {
    throw new WorkbenchError('invalid_body', `"${name}" must be a string, not ${JSON.stringify(value)}.`, field);
  }
}

/** `2026-11-26T10:00:00Z`, `1764151200` or `1764151200000`-style input to seconds since the epoch. */
export function parseInstant(value: string | number, field: string): number {
  if (typeof value === 'number') return Math.floor(value > 1e11 ? value / 1000 : value);
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return parseInstant(Number(trimmed), field);
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) {
    throw new WorkbenchError('invalid_body', `"${value}" is not a date: use an ISO 8601 time (2026-11-26T10:00:00Z) or seconds since 1970.`, field);
  }
  return Math.floor(ms / 1000);
}

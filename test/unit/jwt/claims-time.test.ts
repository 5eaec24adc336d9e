import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLAIM_DESCRIPTIONS,
  ClaimRowSchema,
  describeClaim,
  describeClaims,
  describeHeader,
  describeHeaderParam,
  describeTimeClaim,
  formatDuration,
  formatNumericDate,
  relativeTime,
  toEpochSeconds,
} from '../../../src/shared/jwt';

const NOW = 1_700_000_000; // 2023-11-14T22:13:20Z

describe('claim descriptions', () => {
  it.each([
    ['iss', 'registered'],
    ['sub', 'registered'],
    ['aud', 'registered'],
    ['exp', 'registered'],
    ['nbf', 'registered'],
    ['iat', 'registered'],
    ['jti', 'registered'],
    ['azp', 'oidc'],
    ['nonce', 'oidc'],
    ['auth_time', 'oidc'],
    ['acr', 'oidc'],
    ['amr', 'oidc'],
    ['at_hash', 'oidc'],
    ['email', 'oidc'],
    ['email_verified', 'oidc'],
    ['name', 'oidc'],
    ['updated_at', 'oidc'],
    ['sid', 'oidc'],
    ['client_id', 'rfc9068'],
    ['scope', 'rfc9068'],
    ['groups', 'rfc9068'],
    ['roles', 'rfc9068'],
    ['entitlements', 'rfc9068'],
    ['act', 'rfc9068'],
    ['cnf', 'rfc9068'],
    ['gty', 'auth0'],
    ['permissions', 'auth0'],
    ['org_id', 'auth0'],
    ['org_name', 'auth0'],
    ['scp', 'provider'],
    ['tid', 'provider'],
  ])('%s is described (%s), in one line', (name, category) => {
    const d = describeClaim(name);
    expect(d.category).toBe(category);
    expect(d.description).toMatch(/^[A-Z].{10,150}\.$/);
    expect(d.description).not.toContain('\n');
  });

  it('every described claim has one line', () => {
    for (const [name, d] of Object.entries(CLAIM_DESCRIPTIONS))
      expect(d.description, name).toMatch(/^[^\n]{10,160}$/);
  });

  it('custom claims: namespaced (Auth0 Actions) or plain; no prototype lookups', () => {
    expect(describeClaim('https://example.com/roles').description).toMatch(/namespaced/);
    expect(describeClaim('tier').description).toBe('Custom claim.');
    expect(describeClaim('constructor').category).toBe('custom');
    expect(describeClaim('__proto__').category).toBe('custom');
  });

  it('header parameters are described, token-carried keys as not trusted', () => {
    for (const p of ['alg', 'typ', 'kid', 'cty', 'crit', 'x5t', 'x5t#S256', 'enc', 'zip'])
      expect(describeHeaderParam(p)).not.toMatch(/Custom/);
    for (const p of ['jwk', 'jku', 'x5u', 'x5c']) expect(describeHeaderParam(p)).toMatch(/not trusted/);
    expect(describeHeaderParam('foo')).toBe('Custom header parameter.');
    expect(describeHeader({ alg: 'RS256', kid: 'a' }).map((r) => r.name)).toEqual(['alg', 'kid']);
  });

  it('the claims table keeps the payload order and dates the time claims', () => {
    const rows = describeClaims(
      {
        iss: 'https://x/',
        exp: NOW + 240,
        iat: NOW - 2 * 86_400,
        gty: 'client-credentials',
        custom: 1,
        nbf: 'soon',
      },
      { now: NOW, timeZone: 'utc' },
    );
    expect(rows.map((r) => r.name)).toEqual(['iss', 'exp', 'iat', 'gty', 'custom', 'nbf']);
    for (const row of rows) expect(ClaimRowSchema.parse(row)).toEqual(row);
    expect(rows[1]!.time).toEqual({ iso: '2023-11-14T22:17:20Z', relative: 'expires in 4 min' });
    expect(rows[2]!.time).toEqual({ iso: '2023-11-12T22:13:20Z', relative: 'issued 2 days ago' });
    expect(rows[0]!.time).toBeNull();
    expect(rows[5]!.time).toBeNull(); // not a number: no date
    expect(describeClaims(null, { now: NOW })).toEqual([]);
  });
});

describe('time helpers', () => {
  it('formats a NumericDate in UTC and in the local zone', () => {
    expect(formatNumericDate(0, 'utc')).toBe('1970-01-01T00:00:00Z');
    expect(formatNumericDate(NOW, 'utc')).toBe('2023-11-14T22:13:20Z');
    expect(formatNumericDate(NOW + 0.5, 'utc')).toBe('2023-11-14T22:13:20.500Z');
    const local = formatNumericDate(NOW, 'local')!;
    expect(local).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(local)).toBe(NOW * 1000);
    expect(formatNumericDate(Number.NaN)).toBeNull();
    expect(formatNumericDate(1e20)).toBeNull();
  });

  it('UTC dates agree with Date.prototype.toISOString over the whole range of a Date', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -8.64e12, max: 8.64e12 }).map((s) => s * 1000), // whole seconds, every year
          fc.integer({ min: -1e13, max: 1e13 }), // milliseconds (exact as seconds), years -1200 to 2286
        ),
        (ms) => {
          const iso = new Date(ms).toISOString();
          expect(formatNumericDate(ms / 1000, 'utc')).toBe(
            iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso,
          );
        },
      ),
      { numRuns: 5000 },
    );
    expect(formatNumericDate(-1, 'utc')).toBe('1969-12-31T23:59:59Z');
    expect(formatNumericDate(951_782_400, 'utc')).toBe('2000-02-29T00:00:00Z');
  });

  it('relative texts', () => {
    expect(describeTimeClaim('exp', NOW + 4 * 60 + 30, NOW)).toBe('expires in 4 min');
    expect(describeTimeClaim('exp', NOW - 3 * 3600 - 5, NOW)).toBe('expired 3 h ago');
    expect(describeTimeClaim('exp', NOW, NOW)).toBe('expires now');
    expect(describeTimeClaim('iat', NOW - 2 * 86_400, NOW)).toBe('issued 2 days ago');
    expect(describeTimeClaim('iat', NOW + 30, NOW)).toBe('issued in the future (in 30 s)');
    expect(describeTimeClaim('nbf', NOW + 300, NOW)).toBe('becomes valid in 5 min');
    expect(describeTimeClaim('nbf', NOW - 86_400, NOW)).toBe('valid since 24 h ago');
    expect(describeTimeClaim('auth_time', NOW - 3600, NOW)).toBe('authenticated 1 h ago');
    expect(describeTimeClaim('updated_at', NOW - 400 * 86_400, NOW)).toBe('updated 1 year ago');
    expect(relativeTime(NOW + 90 * 86_400, NOW)).toBe('in 3 months');
    expect(relativeTime(NOW - 1, NOW)).toBe('1 s ago');
  });

  it('durations round down', () => {
    expect(formatDuration(59.9)).toBe('59 s');
    expect(formatDuration(3599)).toBe('59 min');
    expect(formatDuration(47 * 3600)).toBe('47 h');
    expect(formatDuration(2 * 86_400)).toBe('2 days');
    expect(formatDuration(86_400 * 59)).toBe('59 days');
    expect(formatDuration(-86_400 * 800)).toBe('2 years');
  });

  it('reads "now" as a Date, epoch seconds or an ISO string', () => {
    expect(toEpochSeconds(new Date(NOW * 1000))).toBe(NOW);
    expect(toEpochSeconds(NOW)).toBe(NOW);
    expect(toEpochSeconds(String(NOW))).toBe(NOW);
    expect(toEpochSeconds('2023-11-14T22:13:20Z')).toBe(NOW);
    expect(toEpochSeconds(undefined, 5000)).toBe(5);
    expect(toEpochSeconds('garbage', 5000)).toBe(5);
  });
});

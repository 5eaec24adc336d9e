import { jwsAlgorithm } from './algorithms';
import type { CheckRow, ExpectedClaims, JsonObject } from './schemas';
import { describeTimeClaim, formatDuration, formatNumericDate } from './time';

export interface ClaimCheckInput {
  header: JsonObject | null;
  payload: JsonObject | null;
  expected?: ExpectedClaims;
  /** Seconds of clock skew accepted on exp, nbf and iat. */
  clockToleranceSec?: number;
  /** Seconds since the epoch. */
  now: number;
}

const passed = (check: CheckRow['check'], message: string): CheckRow => ({
  check,
  status: 'passed',
  message,
});
const failed = (check: CheckRow['check'], message: string): CheckRow => ({
  check,
  status: 'failed',
  message,
});
const notChecked = (check: CheckRow['check'], message: string): CheckRow => ({
  check,
  status: 'not_checked',
  message,
});

function when(seconds: number): string {
  return formatNumericDate(seconds, 'utc') ?? String(seconds);
}

function show(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s.length > 200 ? `${s.slice(0, 200)}…` : s;
  } catch {
    return String(value);
  }
}

function tolerance(sec: number): string {
  return sec > 0 ? ` (clock tolerance ${formatDuration(sec)})` : '';
}

function timeClaim(payload: JsonObject, name: string): { value: number } | { problem: string } | null {
  const v = payload[name];
  if (v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return { problem: `${name} is ${show(v)}, not a NumericDate (a number of seconds)` };
  }
  return { value: v };
}

function checkExp(payload: JsonObject, now: number, tol: number): CheckRow {
  const c = timeClaim(payload, 'exp');
  if (c === null) return notChecked('exp', 'The token has no exp claim: it never expires.');
  if ('problem' in c) return failed('exp', `${c.problem}.`);
  const exp = c.value;
  if (exp <= now - tol) {
    return failed('exp', `The token ${describeTimeClaim('exp', exp, now)} (${when(exp)})${tolerance(tol)}.`);
  }
  if (exp <= now) {
    return passed(
      'exp',
      `The token ${describeTimeClaim('exp', exp, now)} (${when(exp)}), within the clock tolerance of ${formatDuration(tol)}.`,
    );
  }
  return passed('exp', `The token ${describeTimeClaim('exp', exp, now)} (${when(exp)}).`);
}

function checkNbf(payload: JsonObject, now: number, tol: number): CheckRow {
  const c = timeClaim(payload, 'nbf');
  if (c === null) return notChecked('nbf', 'The token has no nbf claim.');
  if ('problem' in c) return failed('nbf', `${c.problem}.`);
  const nbf = c.value;
  if (nbf > now + tol) {
    return failed(
      'nbf',
      `The token is not valid yet: it ${describeTimeClaim('nbf', nbf, now)} (${when(nbf)})${tolerance(tol)}.`,
    );
  }
  return passed('nbf', `The token is ${describeTimeClaim('nbf', nbf, now)} (${when(nbf)}).`);
}

function checkIat(payload: JsonObject, now: number, tol: number): CheckRow {
  const c = timeClaim(payload, 'iat');
  if (c === null) return notChecked('iat', 'The token has no iat claim.');
  if ('problem' in c) return failed('iat', `${c.problem}.`);
  const iat = c.value;
  if (iat > now + tol) {
    return failed(
      'iat',
      `The token was ${describeTimeClaim('iat', iat, now)} (${when(iat)})${tolerance(tol)}.`,
    );
  }
  return passed('iat', `The token was ${describeTimeClaim('iat', iat, now)} (${when(iat)}).`);
}

function asList(v: string | string[] | undefined): string[] | null {
  if (v === undefined) return null;
  const list = (Array.isArray(v) ? v : [v]).filter((s) => s !== '');
  return list.length ? list : null;
}

/** "(they differ only by the trailing slash …)" when that is the whole difference. */
function slashHint(actual: string[], expected: string[]): string {
  const strip = (s: string): string => s.replace(/\/+$/, '');
  const close = actual.some((a) => expected.some((e) => a !== e && strip(a) === strip(e)));
  return close ? ' They differ only by a trailing slash: values are compared exactly.' : '';
}

function checkIss(payload: JsonObject, expected: ExpectedClaims | undefined): CheckRow {
  const want = asList(expected?.iss);
  const iss = payload.iss;
  if (!want) {
    return notChecked(
      'iss',
      iss === undefined
        ? 'No expected issuer was set (the token has no iss).'
        : `No expected issuer was set; the token's iss is ${show(iss)}.`,
    );
  }
  const wantText = want.map((w) => show(w)).join(' or ');
  if (iss === undefined) return failed('iss', `The token has no iss; expected ${wantText}.`);
  if (typeof iss !== 'string')
    return failed('iss', `iss is ${show(iss)}, not a string; expected ${wantText}.`);
  if (want.includes(iss)) return passed('iss', `iss is ${show(iss)}, as expected.`);
  return failed('iss', `iss is ${show(iss)}; expected ${wantText}.${slashHint([iss], want)}`);
}

function checkAud(payload: JsonObject, expected: ExpectedClaims | undefined): CheckRow {
  const want = asList(expected?.aud);
  const aud = payload.aud;
  if (!want) {
    return notChecked(
      'aud',
      aud === undefined
        ? 'No expected audience was set (the token has no aud).'
        : `No expected audience was set; the token's aud is ${show(aud)}.`,
    );
  }
  const wantText = want.map((w) => show(w)).join(' or ');
  if (aud === undefined) return failed('aud', `The token has no aud; expected ${wantText}.`);
  const list =
    typeof aud === 'string'
      ? [aud]
      : Array.isArray(aud)
        ? aud.filter((a): a is string => typeof a === 'string')
        : null;
  if (list === null || (Array.isArray(aud) && list.length !== aud.length)) {
    return failed('aud', `aud is ${show(aud)}, not a string or an array of strings; expected ${wantText}.`);
  }
  const match = want.find((w) => list.includes(w));
  if (match !== undefined) {
    return passed(
      'aud',
      Array.isArray(aud)
        ? `aud ${show(aud)} contains ${show(match)}.`
        : `aud is ${show(match)}, as expected.`,
    );
  }
  return failed('aud', `aud is ${show(aud)}; expected ${wantText}.${slashHint(list, want)}`);
}

/** Media types compare case-insensitively, and "application/" may be left out (RFC 7515 §4.1.9). */
export function normalizeTyp(typ: string): string {
  return typ
    .trim()
    .toLowerCase()
    .replace(/^application\//, '');
}

function checkTyp(header: JsonObject | null, expected: ExpectedClaims | undefined): CheckRow {
  const typ = header?.typ;
  if (expected?.typ === undefined || expected.typ.trim() === '') {
    return notChecked(
      'typ',
      typ === undefined
        ? 'No expected typ was set (the token has none).'
        : `No expected typ was set; the token's typ is ${show(typ)}.`,
    );
  }
  if (typ === undefined) return failed('typ', `The token has no typ; expected ${show(expected.typ)}.`);
  if (typeof typ !== 'string')
    return failed('typ', `typ is ${show(typ)}, not a string; expected ${show(expected.typ)}.`);
  if (normalizeTyp(typ) === normalizeTyp(expected.typ))
    return passed('typ', `typ is ${show(typ)}, as expected.`);
  return failed('typ', `typ is ${show(typ)}; expected ${show(expected.typ)}.`);
}

function checkAlg(header: JsonObject | null, expected: ExpectedClaims | undefined): CheckRow {
  const alg = header?.alg;
  if (header === null) return notChecked('alg', 'The header could not be read.');
  if (typeof alg !== 'string') return failed('alg', 'The header has no alg.');
  if (alg.toLowerCase() === 'none')
    return failed('alg', `alg is ${show(alg)}: unsigned tokens are never accepted.`);
  if (!jwsAlgorithm(alg)) return failed('alg', `alg ${show(alg)} is not a supported signing algorithm.`);
  const allowed = expected?.algorithms?.filter((a) => a !== '');
  if (!allowed || allowed.length === 0) {
    return notChecked('alg', `No algorithm allow-list was set; ${alg} is accepted only if it fits the key.`);
  }
  if (allowed.includes(alg)) return passed('alg', `${alg} is an allowed algorithm.`);
  return failed('alg', `${alg} is not an allowed algorithm (allowed: ${allowed.join(', ')}).`);
}

/** One row per check, in the order the Verify panel shows them. */
export function checkClaims(input: ClaimCheckInput): CheckRow[] {
  const tol = Math.max(0, input.clockToleranceSec ?? 0);
  const { payload, header, expected, now } = input;
  const rows: CheckRow[] = [];
  if (payload) {
    rows.push(checkExp(payload, now, tol), checkNbf(payload, now, tol), checkIat(payload, now, tol));
    rows.push(checkIss(payload, expected), checkAud(payload, expected));
  } else {
    const why = 'The payload is not a JSON object, so it has no claims to check.';
    for (const check of ['exp', 'nbf', 'iat', 'iss', 'aud'] as const) rows.push(notChecked(check, why));
  }
  rows.push(checkTyp(header, expected), checkAlg(header, expected));
  return rows;
}

import { jwsAlgorithm, JWE_KEY_ALGORITHMS, JWS_ALGORITHM_NAMES } from './algorithms';
import { decodeBase64Lenient, decodeUtf8, describeChar } from './base64';
import type {
  DecodedPart,
  DecodedToken,
  Finding,
  FindingCode,
  FindingSeverity,
  JsonObject,
  PartRole,
} from './schemas';

/** Longest input the decoder reads: a paste beyond this is refused, not parsed (1 MiB). */
export const MAX_TOKEN_INPUT = 1024 * 1024;

/** Whitespace plus the zero-width characters that ride along with copied text. */
const SPACE = /[\s\u200B-\u200D\u2060]/;
const SPACE_GLOBAL = /[\s\u200B-\u200D\u2060]/g;
const PREFIX = /(?:authorization\s*:\s*)?(bearer|dpop)\s+/iy;
const QUOTE_PAIRS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '\u201C': '\u201D',
  '\u2018': '\u2019',
};
const CLOSING_QUOTES = new Set(Object.values(QUOTE_PAIRS));
const TOKEN_FIELDS = ['access_token', 'id_token', 'token', 'jwt'];

export interface NormalizedToken {
  /** The compact token: prefixes, quotes and whitespace removed. */
  token: string;
  /** Offset in the input of `token[i]` (i may equal token.length: the end). */
  offsetOf: (i: number) => number;
  findings: Finding[];
}

/** The characters of {@link SPACE}, by code (JS `\s` plus zero-width spaces and the word joiner). */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const isSpace = (input: string, i: number): boolean => isSpaceCode(input.charCodeAt(i));

function finding(
  code: FindingCode,
  severity: FindingSeverity,
  message: string,
  extra: { part?: PartRole; at?: number; param?: string } = {},
): Finding {
  const f: Finding = { code, severity, message };
  if (extra.part !== undefined) f.part = extra.part;
  if (extra.at !== undefined) f.at = extra.at;
  if (extra.param !== undefined) f.param = extra.param;
  return f;
}

/**
 * Finds the compact token in pasted text: trims, removes an `Authorization:`/`Bearer `/`DPoP `
 * prefix (any case), surrounding quotes (also curly and back quotes, with a trailing `,` or `;`),
 * whitespace and line breaks inside, and reads `access_token` (or `id_token`) from a pasted token
 * response. Never throws; does not check length (see {@link MAX_TOKEN_INPUT}).
 */
/** Text that is already a bare token: nothing to strip (the common case, kept cheap). */
const BARE_TOKEN = /^[A-Za-z0-9_-][A-Za-z0-9_.=+/-]*$/;
const identity = (i: number): number => i;

export function normalizeToken(input: string): NormalizedToken {
  if (BARE_TOKEN.test(input)) return { token: input, offsetOf: identity, findings: [] };
  const findings: Finding[] = [];
  let lo = 0;
  let hi = input.length;
  const trim = (): void => {
    while (lo < hi && isSpace(input, lo)) lo++;
    while (hi > lo && isSpace(input, hi - 1)) hi--;
  };
  trim();

  if (input[lo] === '{' && input[hi - 1] === '}') {
    const found = tokenFromJson(input, lo, hi);
    if (found) {
      findings.push(finding('json_container', 'info', `Read "${found.field}" from the pasted JSON.`));
      lo = found.start;
      hi = found.start + found.length;
    }
  }

  let sawPrefix = false;
  let sawQuotes = false;
  for (let round = 0; round < 4; round++) {
    const before = lo * 31 + hi;
    const open = input[lo] ?? '';
    let last = input[hi - 1] ?? '';
    let closeAt = hi - 1;
    if ((last === ',' || last === ';') && hi - lo > 2) {
      const prev = input[hi - 2] ?? '';
      if (CLOSING_QUOTES.has(prev)) {
        last = prev;
        closeAt = hi - 2;
      }
    }
    const expectedClose = QUOTE_PAIRS[open];
    if (expectedClose !== undefined && hi - lo >= 2 && last === expectedClose) {
      lo++;
      hi = closeAt;
      sawQuotes = true;
    } else if (expectedClose !== undefined) {
      lo++;
      sawQuotes = true;
    } else if (CLOSING_QUOTES.has(last) && hi - lo >= 1) {
      hi = closeAt;
      sawQuotes = true;
    }
    trim();
    PREFIX.lastIndex = lo;
    const m = PREFIX.exec(input);
    if (m && lo + m[0].length < hi) {
      lo += m[0].length;
      sawPrefix = true;
      trim();
    }
    if (lo * 31 + hi === before) break;
  }
  if (sawPrefix)
    findings.push(finding('bearer_prefix', 'info', 'Removed the "Bearer " prefix in front of the token.'));
  if (sawQuotes) findings.push(finding('quotes', 'info', 'Removed the quotes around the token.'));

  const slice = input.slice(lo, hi);
  if (!SPACE.test(slice)) {
    const base = lo;
    return { token: slice, offsetOf: (i) => base + i, findings };
  }
  const offsets = new Int32Array(hi - lo);
  let kept = 0;
  for (let i = lo; i < hi; i++) {
    if (!isSpaceCode(input.charCodeAt(i))) offsets[kept++] = i;
  }
  const removed = hi - lo - kept;
  const token = slice.replace(SPACE_GLOBAL, '');
  findings.push(
    finding(
      'whitespace',
      'info',
      `Removed ${removed} whitespace character${removed === 1 ? '' : 's'} (spaces or line breaks) inside the token.`,
    ),
  );
  const end = hi;
  return { token, offsetOf: (i) => (i < kept ? offsets[i]! : end), findings };
}

function tokenFromJson(
  input: string,
  lo: number,
  hi: number,
): { field: string; start: number; length: number } | null {
  let value: unknown;
  try {
    value = JSON.parse(input.slice(lo, hi));
  } catch {
    return null;
  }
  if (!isPlainObject(value)) return null;
  for (const field of TOKEN_FIELDS) {
    const t = value[field];
    if (typeof t === 'string' && t.includes('.')) {
      const start = input.indexOf(t, lo);
      if (start >= 0 && start + t.length <= hi) return { field, start, length: t.length };
    }
  }
  return null;
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

const PART_NAMES: Record<PartRole, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  encrypted_key: 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
  extra: 'part',
  unknown: 'token',
};

function partName(role: PartRole, index: number, jwe: boolean): string {
  if (role === 'extra') return `part ${index + 1}`;
  if (role === 'header' && jwe) return 'protected header';
  return PART_NAMES[role];
}

const JWS_ROLES: PartRole[] = ['header', 'payload', 'signature'];
const JWE_ROLES: PartRole[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag'];

interface Segment {
  raw: string;
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Decodes whatever can be decoded of a pasted token and says what is wrong with the rest. Never
 * throws, whatever the input; refuses input longer than {@link MAX_TOKEN_INPUT}.
 */
export function decodeToken(input: unknown): DecodedToken {
  let text = '';
  try {
    text = typeof input === 'string' ? input : input === undefined || input === null ? '' : String(input);
    return decodeText(text);
  } catch (error) {
    return {
      ...emptyResult('failed', text.length),
      findings: [
        finding('internal_error', 'error', `The decoder failed unexpectedly: ${errorMessage(error)}`),
      ],
    };
  }
}

function emptyResult(status: DecodedToken['status'], inputLength: number): DecodedToken {
  return {
    status,
    kind: 'unknown',
    token: '',
    inputLength,
    segmentCount: 0,
    header: null,
    payload: null,
    alg: null,
    typ: null,
    kid: null,
    parts: [],
    findings: [],
  };
}

function errorMessage(error: unknown): string {
  const m = error instanceof Error ? error.message : String(error);
  return m.length > 200 ? `${m.slice(0, 200)}…` : m;
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024
    ? `${(chars / (1024 * 1024)).toFixed(1)} MiB`
    : `${Math.ceil(chars / 1024)} KiB`;
}

function decodeText(input: string): DecodedToken {
  if (input.length > MAX_TOKEN_INPUT) {
    return {
      ...emptyResult('too_large', input.length),
      findings: [
        finding(
          'input_too_large',
          'error',
          `The input is ${formatSize(input.length)}; the decoder reads at most 1 MiB, so it was not decoded.`,
        ),
      ],
    };
  }
  const norm = normalizeToken(input);
  const findings = norm.findings;
  const { token } = norm;
  if (token === '') {
    return {
      ...emptyResult('empty', input.length),
      findings: [...findings, finding('input_empty', 'error', 'There is no token: the input is empty.')],
    };
  }

  if (token.startsWith('{') || token.startsWith('[')) {
    return {
      ...emptyResult('failed', input.length),
      token,
      findings: [
        ...findings,
        finding(
          'json_container',
          'error',
          'The input is JSON, not a token: paste the encoded token (base64url parts separated by dots).',
        ),
      ],
    };
  }

  const segments: Segment[] = [];
  let from = 0;
  for (;;) {
    const dot = token.indexOf('.', from);
    const end = dot < 0 ? token.length : dot;
    segments.push({ raw: token.slice(from, end), tokenStart: from, tokenEnd: end });
    if (dot < 0) break;
    from = dot + 1;
  }
  const count = segments.length;

  // The protected header decides between JWS and JWE; five parts mean JWE even when it does not decode.
  const first = decodeJson(segments[0]!.raw);
  const firstObject = isPlainObject(first.json) ? first.json : null;
  const jwe =
    count > 1 &&
    (firstObject
      ? typeof firstObject.enc === 'string' || (count === 5 && jwsAlgorithm(firstObject.alg) === undefined)
      : count === 5);

  const roles = (index: number): PartRole => {
    if (count === 1) {
      if (firstObject && ('alg' in firstObject || 'typ' in firstObject)) return 'header';
      return firstObject ? 'payload' : 'unknown';
    }
    const list = jwe ? JWE_ROLES : JWS_ROLES;
    return list[index] ?? 'extra';
  };

  let header: JsonObject | null = null;
  let payload: JsonObject | null = null;
  const parts: DecodedPart[] = [];
  let b64 = true;
  for (let index = 0; index < count; index++) {
    const seg = segments[index]!;
    const role = roles(index);
    const name = partName(role, index, jwe);
    const start = norm.offsetOf(seg.tokenStart);
    const end = seg.tokenEnd > seg.tokenStart ? norm.offsetOf(seg.tokenEnd - 1) + 1 : start;
    const part: DecodedPart = {
      index,
      role,
      raw: seg.raw,
      start,
      end,
      tokenStart: seg.tokenStart,
      tokenEnd: seg.tokenEnd,
      encoding: 'empty',
      byteLength: seg.raw === '' ? 0 : null,
      text: null,
      error: null,
    };
    parts.push(part);
    const isJsonPart = role === 'header' || role === 'payload' || role === 'unknown';

    if (role === 'payload' && !b64) {
      part.encoding = 'raw';
      part.text = seg.raw;
      part.byteLength = new TextEncoder().encode(seg.raw).length;
      continue;
    }
    if (seg.raw === '') {
      const problem = emptyPartProblem(role, name, header, jwe);
      if (problem) {
        if (problem.severity === 'error') part.error = problem.message;
        findings.push(finding(problem.code, problem.severity, problem.message, { part: role, at: start }));
      }
      continue;
    }
    const dec = decodeBase64Lenient(seg.raw);
    // A lone part that is not a JWT part (an opaque token): the segment-count finding says it all.
    const quiet = role === 'unknown';
    if (dec.problem || !dec.bytes) {
      const message = `The ${name} ${dec.problem?.message ?? 'is not valid base64url'}.`;
      part.encoding = 'invalid';
      part.error = message;
      if (!quiet)
        findings.push(
          finding('invalid_base64url', 'error', message, {
            part: role,
            at: norm.offsetOf(seg.tokenStart + (dec.problem?.index ?? 0)),
          }),
        );
      continue;
    }
    part.byteLength = dec.bytes.length;
    part.encoding = dec.standardAlphabet || dec.padded ? 'base64' : 'base64url';
    if (dec.standardAlphabet && !quiet) {
      const i = firstIndexOf(seg.raw, '+/');
      findings.push(
        finding(
          'base64_standard',
          'warning',
          `The ${name} uses standard base64 (${describeChar(seg.raw[i] ?? '+')} at character ${i + 1}); JWTs use base64url ('-' and '_'). Decoded anyway; the signature was made over the original text.`,
          { part: role, at: norm.offsetOf(seg.tokenStart + i) },
        ),
      );
    }
    if (dec.padded && !quiet) {
      const i = seg.raw.indexOf('=');
      findings.push(
        finding(
          'base64_padding',
          'warning',
          `The ${name} ends with '=' padding, which base64url in JWTs leaves out. Decoded anyway.`,
          { part: role, at: norm.offsetOf(seg.tokenStart + i) },
        ),
      );
    }
    if (dec.nonCanonical && !isJsonPart) {
      findings.push(
        finding(
          'base64_noncanonical',
          'warning',
          `The ${name}'s last character carries bits no byte uses: it is not the canonical base64url of its bytes, and verifiers refuse it.`,
          { part: role, at: norm.offsetOf(seg.tokenEnd - 1) },
        ),
      );
    }
    if (!isJsonPart) continue;

    const text = index === 0 ? first.text : decodeUtf8(dec.bytes);
    if (text === null) {
      const message = `The ${name} is not valid UTF-8 text.`;
      part.error = message;
      if (!quiet) findings.push(finding('not_utf8', 'error', message, { part: role, at: start }));
      continue;
    }
    part.text = text;
    const parsed = index === 0 ? first : parseJson(text);
    if (parsed.error !== null) {
      const message = `The ${name} is not JSON: ${parsed.error}`;
      part.error = message;
      if (!quiet) findings.push(finding('not_json', 'error', message, { part: role, at: start }));
      continue;
    }
    part.json = parsed.json;
    if (!isPlainObject(parsed.json)) {
      const message = `The ${name} is JSON but not an object (it is ${jsonKind(parsed.json)}).`;
      part.error = message;
      findings.push(finding('not_object', 'error', message, { part: role, at: start }));
      continue;
    }
    if (role === 'header') {
      header = parsed.json;
      if (header.b64 === false) b64 = false;
    } else if (role === 'payload') payload = parsed.json;
  }

  findings.push(...segmentCountFindings(count, jwe, firstObject));
  if (header) findings.push(...(jwe ? inspectJweHeader(header) : inspectJwsHeader(header, payload, parts)));
  if (payload && !jwe) findings.push(...inspectPayload(payload, header));

  const hasError = findings.some((f) => f.severity === 'error');
  const anyDecoded = parts.some(
    (p) => p.role !== 'unknown' && p.error === null && p.byteLength !== null && p.byteLength > 0,
  );
  return {
    status: hasError ? (anyDecoded ? 'partial' : 'failed') : 'decoded',
    kind: count === 1 ? 'unknown' : jwe ? 'jwe' : 'jws',
    token,
    inputLength: input.length,
    segmentCount: count,
    header,
    payload: jwe ? null : payload,
    alg: header && typeof header.alg === 'string' ? header.alg : null,
    typ: header && typeof header.typ === 'string' ? header.typ : null,
    kid: header && typeof header.kid === 'string' ? header.kid : null,
    parts,
    findings,
  };
}

function firstIndexOf(text: string, chars: string): number {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) return i;
  return 0;
}

interface JsonDecode {
  text: string | null;
  json: unknown;
  error: string | null;
}

function parseJson(text: string): JsonDecode {
  try {
    return { text, json: JSON.parse(text), error: null };
  } catch (error) {
    return { text, json: undefined, error: errorMessage(error) };
  }
}

function decodeJson(raw: string): JsonDecode {
  const dec = decodeBase64Lenient(raw);
  if (!dec.bytes) return { text: null, json: undefined, error: 'not base64url' };
  const text = decodeUtf8(dec.bytes);
  if (text === null) return { text: null, json: undefined, error: 'not UTF-8' };
  return parseJson(text);
}

function emptyPartProblem(
  role: PartRole,
  name: string,
  header: JsonObject | null,
  jwe: boolean,
): { code: FindingCode; severity: FindingSeverity; message: string } | null {
  switch (role) {
    case 'payload':
      return {
        code: 'payload_empty',
        severity: 'info',
        message: 'The payload is empty (a detached payload, RFC 7515 Appendix F?).',
      };
    case 'signature': {
      if (header?.alg === 'none') return null;
      return {
        code: 'signature_missing',
        severity: 'warning',
        message: 'The signature is empty: the token is not signed and cannot verify.',
      };
    }
    case 'encrypted_key': {
      const alg = header?.alg;
      if (alg === 'dir' || alg === 'ECDH-ES') return null;
      return {
        code: 'empty_part',
        severity: 'warning',
        message: `The encrypted key is empty, which only "dir" and "ECDH-ES" allow${typeof alg === 'string' ? ` (alg is ${alg})` : ''}.`,
      };
    }
    default:
      return {
        code: 'empty_part',
        severity: 'error',
        message: jwe || role !== 'unknown' ? `The ${name} is empty.` : 'The token is empty.',
      };
  }
}

function segmentCountFindings(count: number, jwe: boolean, header: JsonObject | null): Finding[] {
  const f = (message: string): Finding[] => [finding('segment_count', 'error', message)];
  if (count === 1) {
    if (header) {
      return f(
        'The token has no dots: this is a single base64url part (it decodes to a JSON object), not a whole JWT (header.payload.signature).',
      );
    }
    return f(
      'The token has no dots: a JWT has three parts (header.payload.signature). This may be an opaque access token, which only its issuer can read.',
    );
  }
  if (jwe) {
    if (count === 5) return [];
    return f(`The token has ${count} parts; a JWE (its header names "enc") has 5.`);
  }
  if (count === 3) return [];
  if (count === 2) {
    return f(
      'The token has 2 parts; a JWS has 3 (header.payload.signature): the signature part is missing (even an unsigned token ends with a dot).',
    );
  }
  return f(
    `The token has ${count} parts; a JWS has 3 and a JWE 5, so ${count === 4 ? 'part 4 is' : `parts 4 to ${count} are`} extra.`,
  );
}

const TOKEN_KEY_PARAMS = [
  ['jwk', 'header_jwk', 'a public key'],
  ['jku', 'header_jku', 'a JWK Set URL'],
  ['x5u', 'header_x5u', 'a certificate URL'],
  ['x5c', 'header_x5c', 'a certificate chain'],
] as const;

const REGISTERED_HEADER = new Set([
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
  'enc',
  'zip',
]);

function commonHeaderFindings(header: JsonObject): Finding[] {
  const out: Finding[] = [];
  for (const [param, code, what] of TOKEN_KEY_PARAMS) {
    if (header[param] === undefined) continue;
    const action = param === 'jku' || param === 'x5u' ? 'it is never fetched' : 'it is never used to verify';
    out.push(
      finding(
        code,
        'warning',
        `The header carries "${param}", ${what} provided by the token, not trusted: ${action}. Verify with a key you obtained yourself.`,
        { part: 'header', param },
      ),
    );
  }
  if (header.crit !== undefined) {
    const crit = header.crit;
    let problem = '';
    if (!Array.isArray(crit) || crit.length === 0 || crit.some((c) => typeof c !== 'string')) {
      problem = ' It is malformed (it must be a non-empty array of names), so the token must be rejected.';
    } else {
      const registered = crit.filter((c) => REGISTERED_HEADER.has(c as string));
      const absent = crit.filter((c) => header[c as string] === undefined);
      if (registered.length)
        problem += ` It lists registered parameters (${registered.join(', ')}), which RFC 7515 forbids.`;
      if (absent.length) problem += ` It lists parameters absent from the header (${absent.join(', ')}).`;
    }
    out.push(
      finding(
        'crit',
        'warning',
        `The header has "crit" ${safeJson(crit)}: a verifier must understand each listed extension or reject the token; most libraries reject it.${problem}`,
        { part: 'header', param: 'crit' },
      ),
    );
  }
  if (header.kid !== undefined && typeof header.kid !== 'string') {
    out.push(
      finding('kid_type', 'warning', `The header's "kid" is not a string (it is ${jsonKind(header.kid)}).`, {
        part: 'header',
        param: 'kid',
      }),
    );
  }
  if (header.cty !== undefined && typeof header.cty === 'string' && header.cty.toUpperCase() === 'JWT') {
    out.push(
      finding(
        'nested_jwt',
        'info',
        'The content type (cty) is JWT: the payload is itself a token (nested JWT).',
        { part: 'header', param: 'cty' },
      ),
    );
  }
  return out;
}

function safeJson(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s.length > 120 ? `${s.slice(0, 120)}…` : s;
  } catch {
    return String(value);
  }
}

const RFC9068_REQUIRED = ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti'];

function typFindings(header: JsonObject, payload: JsonObject | null): Finding[] {
  const out: Finding[] = [];
  const typ = header.typ;
  const at = { part: 'header' as const, param: 'typ' };
  if (typ !== undefined && typeof typ !== 'string') {
    out.push(
      finding('typ_unusual', 'warning', `The header's "typ" is not a string (it is ${jsonKind(typ)}).`, at),
    );
    return out;
  }
  const t = typeof typ === 'string' ? typ.toLowerCase().replace(/^application\//, '') : null;
  if (t === 'at+jwt') {
    if (payload) {
      const missing = RFC9068_REQUIRED.filter((c) => payload[c] === undefined);
      if (missing.length) {
        out.push(
          finding(
            'typ_at_jwt_claims',
            'warning',
            `typ is "${typ}" (an RFC 9068 access token), but the payload lacks claims RFC 9068 requires: ${missing.join(', ')}.`,
            at,
          ),
        );
      }
    }
  } else if (t !== null && t !== 'jwt') {
    const known: Record<string, string> = {
      'dpop+jwt': 'a DPoP proof (RFC 9449), not an access token',
      'logout+jwt': 'a back-channel logout token, not an access token',
      'secevent+jwt': 'a security event token (RFC 8417), not an access token',
      'token-introspection+jwt': 'a signed introspection response (RFC 9701), not an access token',
      jose: 'a generic JOSE object, not necessarily a JWT',
      'jose+json': 'a JOSE object in JSON serialization',
    };
    const what = known[t] ?? 'not a JWT media type';
    out.push(finding('typ_unusual', 'info', `typ is "${typ}": ${what}.`, at));
  }
  if (
    payload &&
    t !== 'at+jwt' &&
    (payload.nonce !== undefined || payload.at_hash !== undefined || payload.c_hash !== undefined)
  ) {
    out.push(
      finding(
        'id_token',
        'info',
        'This looks like an OpenID Connect ID token (it has nonce, at_hash or c_hash): an API must not accept ID tokens as access tokens.',
        { part: 'payload' },
      ),
    );
  }
  return out;
}

function inspectJwsHeader(header: JsonObject, payload: JsonObject | null, parts: DecodedPart[]): Finding[] {
  const out: Finding[] = [];
  const alg = header.alg;
  const signature = parts.find((p) => p.role === 'signature');
  const at = { part: 'header' as const, param: 'alg' };
  if (alg === undefined) {
    out.push(
      finding(
        'alg_missing',
        'warning',
        'The header has no "alg": no verifier can tell how the token was signed.',
        at,
      ),
    );
  } else if (typeof alg !== 'string') {
    out.push(
      finding('alg_missing', 'warning', `The header's "alg" is not a string (it is ${jsonKind(alg)}).`, at),
    );
  } else if (alg.toLowerCase() === 'none') {
    const extra =
      signature && signature.raw !== '' ? ' It still has a signature part, which is ignored.' : '';
    out.push(
      finding(
        'alg_none',
        'warning',
        `alg is "${alg}": the token is unsigned, so it never verifies; never accept it.${extra}`,
        at,
      ),
    );
  } else {
    const known = jwsAlgorithm(alg);
    if (!known) {
      const jweAlg = JWE_KEY_ALGORITHMS.includes(alg)
        ? ` (${alg} is a JWE key algorithm, but the token has no "enc")`
        : '';
      out.push(
        finding(
          'alg_unsupported',
          'warning',
          `alg "${alg}" is not one the workbench verifies${jweAlg}; supported: ${JWS_ALGORITHM_NAMES.join(', ')}.`,
          at,
        ),
      );
    } else {
      if (known.family !== 'HMAC' && typeof header.kid !== 'string') {
        out.push(
          finding(
            'kid_missing',
            'info',
            'The header has no "kid": a verifier with a JWKS of several keys cannot tell which one signed the token.',
            { part: 'header', param: 'kid' },
          ),
        );
      }
      if (
        signature &&
        signature.byteLength !== null &&
        signature.byteLength > 0 &&
        signature.error === null
      ) {
        const expected = known.signatureBytes ?? (alg === 'EdDSA' ? 64 : undefined);
        const actual = signature.byteLength;
        const ed448 = alg === 'EdDSA' && actual === 114;
        if (expected !== undefined && actual !== expected && !ed448) {
          const dec = decodeBase64Lenient(signature.raw);
          const der = known.family === 'ECDSA' && dec.bytes?.[0] === 0x30;
          out.push(
            finding(
              'signature_length',
              'warning',
              `${alg} signatures are ${expected} bytes${known.family === 'ECDSA' ? ' (r and s side by side)' : ''}; this one is ${actual}.${der ? ' It looks DER-encoded, which JWS does not use (RFC 7518 §3.4).' : ''}`,
              { part: 'signature' },
            ),
          );
        }
      }
    }
  }
  if (header.b64 === false) {
    out.push(
      finding(
        'b64_false',
        'warning',
        'The header has "b64": false (RFC 7797): the payload is not base64url-encoded.',
        {
          part: 'header',
          param: 'b64',
        },
      ),
    );
  }
  out.push(...commonHeaderFindings(header));
  out.push(...typFindings(header, payload));
  return out;
}

function inspectJweHeader(header: JsonObject): Finding[] {
  const out: Finding[] = [];
  const alg = typeof header.alg === 'string' ? header.alg : null;
  const enc = typeof header.enc === 'string' ? header.enc : null;
  out.push(
    finding(
      'encrypted',
      'info',
      `This is an encrypted token (JWE${alg ? `, ${alg}` : ''}${enc ? ` / ${enc}` : ''}): only its protected header can be read; decrypt it with the private key or secret.`,
      { part: 'header' },
    ),
  );
  if (alg === null) {
    out.push(
      finding(
        'alg_missing',
        'warning',
        'The protected header has no "alg": the content key cannot be recovered.',
        { part: 'header', param: 'alg' },
      ),
    );
  }
  if (enc === null) {
    out.push(
      finding(
        'enc_missing',
        'warning',
        'The protected header has no "enc": the content cannot be decrypted.',
        { part: 'header', param: 'enc' },
      ),
    );
  }
  out.push(...commonHeaderFindings(header));
  return out;
}

const STRING_CLAIMS = ['iss', 'sub', 'jti', 'azp', 'client_id', 'gty'];

/** Shape problems of the claims that do not depend on the time. */
export function inspectPayload(payload: JsonObject, _header: JsonObject | null = null): Finding[] {
  const out: Finding[] = [];
  for (const name of ['exp', 'nbf', 'iat', 'auth_time', 'updated_at']) {
    const v = payload[name];
    if (v === undefined) continue;
    const at = { part: 'payload' as const, param: name };
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      out.push(
        finding(
          'time_claim_type',
          'warning',
          `${name} is ${jsonKind(v)} (${safeJson(v)}); it must be a NumericDate, a number of seconds since 1970.`,
          at,
        ),
      );
    } else if (Math.abs(v) > 1e11) {
      out.push(
        finding(
          'time_claim_millis',
          'warning',
          `${name} is ${v}, which looks like milliseconds; a NumericDate counts seconds (it would be in the year ${Math.round(1970 + v / 31_557_600)}).`,
          at,
        ),
      );
    }
  }
  const exp = payload.exp;
  const iat = payload.iat;
  if (typeof exp === 'number' && typeof iat === 'number' && exp <= iat) {
    out.push(
      finding(
        'exp_before_iat',
        'warning',
        `exp (${exp}) is not after iat (${iat}): the token was expired when issued.`,
        {
          part: 'payload',
          param: 'exp',
        },
      ),
    );
  }
  if (exp === undefined) {
    out.push(
      finding('no_exp', 'info', 'There is no exp claim: the token never expires.', {
        part: 'payload',
        param: 'exp',
      }),
    );
  }
  for (const name of STRING_CLAIMS) {
    const v = payload[name];
    if (v !== undefined && typeof v !== 'string') {
      out.push(
        finding('claim_type', 'warning', `${name} is ${jsonKind(v)}; it should be a string.`, {
          part: 'payload',
          param: name,
        }),
      );
    }
  }
  const aud = payload.aud;
  if (
    aud !== undefined &&
    typeof aud !== 'string' &&
    !(Array.isArray(aud) && aud.every((a) => typeof a === 'string'))
  ) {
    out.push(
      finding(
        'claim_type',
        'warning',
        `aud is ${jsonKind(aud)}; it must be a string or an array of strings.`,
        {
          part: 'payload',
          param: 'aud',
        },
      ),
    );
  }
  const scope = payload.scope;
  if (scope !== undefined && typeof scope !== 'string') {
    out.push(
      finding(
        'claim_type',
        'warning',
        `scope is ${jsonKind(scope)}; RFC 8693 and RFC 9068 define it as one space-separated string.`,
        { part: 'payload', param: 'scope' },
      ),
    );
  }
  return out;
}

/** Header findings about trust (token-carried keys, crit) for the verifier, without decoding again. */
export function trustFindings(header: JsonObject): Finding[] {
  return commonHeaderFindings(header).filter((f) => f.code !== 'kid_type' && f.code !== 'nested_jwt');
}

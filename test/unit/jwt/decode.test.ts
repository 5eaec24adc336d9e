import { describe, expect, it } from 'vitest';
import {
  decodeToken,
  DecodedTokenSchema,
  encodeBase64UrlText,
  type FindingCode,
  MAX_TOKEN_INPUT,
} from '../../../src/shared/jwt';

const b64 = (value: unknown): string =>
  encodeBase64UrlText(typeof value === 'string' ? value : JSON.stringify(value));
const SIG = 'c2lnbmF0dXJlLWJ5dGVzLWZvci10ZXN0aW5nLW9ubHktMzI';
const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
const PAYLOAD = {
  iss: 'https://dev-acme.local/',
  sub: 'abc@clients',
  aud: 'https://api',
  iat: 1_700_000_000,
  exp: 1_700_086_400,
};
const make = (header: unknown = HEADER, payload: unknown = PAYLOAD, signature = SIG): string =>
  `${b64(header)}.${b64(payload)}.${signature}`;
const TOKEN = make();

const codes = (input: unknown): FindingCode[] => decodeToken(input).findings.map((f) => f.code);

describe('decodeToken: a well-formed JWS', () => {
  it('decodes header and payload, with parts and their boundaries for colouring', () => {
    const r = decodeToken(TOKEN);
    expect(DecodedTokenSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      status: 'decoded',
      kind: 'jws',
      segmentCount: 3,
      header: HEADER,
      payload: PAYLOAD,
      alg: 'RS256',
      typ: 'JWT',
      kid: 'k1',
    });
    expect(r.token).toBe(TOKEN);
    expect(r.parts.map((p) => p.role)).toEqual(['header', 'payload', 'signature']);
    const [h, p, s] = r.parts;
    expect(TOKEN.slice(h!.start, h!.end)).toBe(b64(HEADER));
    expect(TOKEN.slice(p!.start, p!.end)).toBe(b64(PAYLOAD));
    expect(TOKEN.slice(s!.start, s!.end)).toBe(SIG);
    expect(h!.json).toEqual(HEADER);
    expect(p!.text).toBe(JSON.stringify(PAYLOAD));
    expect(s!.byteLength).toBe(35);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('decodeToken: lenient input', () => {
  it.each(['Bearer ', 'bearer ', 'BEARER  ', 'Authorization: Bearer ', 'authorization:bearer\t', 'DPoP '])(
    'strips the prefix %j and says so',
    (prefix) => {
      const input = `${prefix}${TOKEN}`;
      const r = decodeToken(input);
      expect(r.status).toBe('decoded');
      expect(r.token).toBe(TOKEN);
      expect(codes(input)).toContain('bearer_prefix');
      expect(input.slice(r.parts[0]!.start, r.parts[2]!.end)).toBe(TOKEN);
    },
  );

  it.each([
    `"${TOKEN}"`,
    `'${TOKEN}'`,
    `\`${TOKEN}\``,
    `\u201C${TOKEN}\u201D`,
    `"${TOKEN}",`,
    `  "Bearer ${TOKEN}"\n`,
    `"${TOKEN}`,
  ])('strips quotes: %#', (input) => {
    const r = decodeToken(input);
    expect(r.token).toBe(TOKEN);
    expect(r.status).toBe('decoded');
    expect(codes(input)).toContain('quotes');
  });

  it('removes whitespace and line breaks inside, keeping offsets in the pasted text', () => {
    const input = `\n  ${TOKEN.slice(0, 20)}\r\n${TOKEN.slice(20, 60)}  ${TOKEN.slice(60)}\u200B \n`;
    const r = decodeToken(input);
    expect(r.token).toBe(TOKEN);
    expect(r.status).toBe('decoded');
    expect(r.findings.find((f) => f.code === 'whitespace')?.message).toMatch(/Removed 4 whitespace/);
    const [h, p, s] = r.parts;
    expect(input.slice(h!.start, h!.end).replace(/\s/g, '')).toBe(b64(HEADER));
    expect(input.slice(p!.start, p!.end).replace(/[\s\u200B]/g, '')).toBe(b64(PAYLOAD));
    expect(input.slice(s!.start, s!.end)).toBe(SIG);
  });

  it('reads access_token from a pasted token response', () => {
    const input = JSON.stringify({ access_token: TOKEN, token_type: 'Bearer', expires_in: 86400 }, null, 2);
    const r = decodeToken(input);
    expect(r.token).toBe(TOKEN);
    expect(codes(input)).toContain('json_container');
    expect(input.slice(r.parts[0]!.start, r.parts[2]!.end)).toBe(TOKEN);
  });

  it('says when the input is JSON rather than a token', () => {
    const r = decodeToken(JSON.stringify(PAYLOAD));
    expect(r.status).toBe('failed');
    expect(r.findings[0]).toMatchObject({ code: 'json_container', severity: 'error' });
  });

  it('accepts standard base64 and padding with a note naming the part', () => {
    const header = { alg: 'HS256', typ: 'JWT', note: '?>?>' }; // encodes with + and /
    const std = Buffer.from(JSON.stringify(header)).toString('base64');
    expect(std).toMatch(/[+/]/);
    expect(std).toMatch(/=$/);
    const input = `${std}.${b64(PAYLOAD)}.${SIG}`;
    const r = decodeToken(input);
    expect(r.header).toEqual(header);
    expect(r.status).toBe('decoded');
    expect(r.parts[0]!.encoding).toBe('base64');
    const std64 = r.findings.find((f) => f.code === 'base64_standard')!;
    expect(std64).toMatchObject({ part: 'header', severity: 'warning' });
    expect(std64.message).toMatch(/^The header uses standard base64/);
    expect(input[std64.at!]).toMatch(/[+/]/);
    expect(r.findings.find((f) => f.code === 'base64_padding')).toMatchObject({ part: 'header' });
  });
});

describe('decodeToken: broken input, decoded as far as it goes', () => {
  it('names the part and the character that is not base64url', () => {
    const bad = `${b64(HEADER)}.${b64(PAYLOAD).slice(0, 16)}%${b64(PAYLOAD).slice(17)}.${SIG}`;
    const r = decodeToken(bad);
    expect(r.status).toBe('partial');
    expect(r.header).toEqual(HEADER);
    expect(r.payload).toBeNull();
    const f = r.findings.find((x) => x.code === 'invalid_base64url')!;
    expect(f.message).toBe("The payload is not valid base64url at character 17 ('%').");
    expect(bad[f.at!]).toBe('%');
    expect(r.parts[1]!.error).toBe(f.message);
  });

  it('says when a part is not JSON, with the parser message', () => {
    const r = decodeToken(`${b64('{"alg":"RS256",}')}.${b64(PAYLOAD)}.${SIG}`);
    expect(r.payload).toEqual(PAYLOAD);
    const f = r.findings.find((x) => x.code === 'not_json')!;
    expect(f.message).toMatch(/^The header is not JSON: /);
    expect(f.part).toBe('header');
  });

  it('says when a part is JSON but not an object, and when it is not UTF-8', () => {
    expect(
      decodeToken(`${b64(HEADER)}.${b64('[1,2]')}.${SIG}`).findings.find((f) => f.code === 'not_object')
        ?.message,
    ).toBe('The payload is JSON but not an object (it is an array).');
    const notUtf8 = Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url');
    expect(
      decodeToken(`${b64(HEADER)}.${notUtf8}.${SIG}`).findings.find((f) => f.code === 'not_utf8')?.message,
    ).toBe('The payload is not valid UTF-8 text.');
  });

  it('rejects an impossible base64url length (4n+1 characters)', () => {
    const p = b64(PAYLOAD);
    const len1 = p + 'A'.repeat((4 - ((p.length - 1) % 4)) % 4);
    expect(len1.length % 4).toBe(1);
    const r = decodeToken(`${b64(HEADER)}.${len1}.${SIG}`);
    expect(r.findings.find((f) => f.code === 'invalid_base64url')?.message).toMatch(
      /^The payload has \d+ base64url characters, a length no encoding produces/,
    );
  });

  it('one segment: not a JWT (maybe opaque), or a lone part', () => {
    const opaque = decodeToken('8xLOxBtZp8');
    expect(opaque).toMatchObject({ status: 'failed', kind: 'unknown', segmentCount: 1 });
    expect(opaque.findings.map((f) => f.code)).toEqual(['segment_count']);
    expect(opaque.findings[0]!.message).toMatch(/no dots.*opaque/);
    const lone = decodeToken(b64(HEADER));
    expect(lone.parts[0]!.role).toBe('header');
    expect(lone.header).toEqual(HEADER);
    expect(lone.status).toBe('partial');
  });

  it('two segments: header and payload shown, the missing signature named', () => {
    const r = decodeToken(`${b64(HEADER)}.${b64(PAYLOAD)}`);
    expect(r).toMatchObject({ status: 'partial', header: HEADER, payload: PAYLOAD, segmentCount: 2 });
    expect(r.findings.find((f) => f.code === 'segment_count')?.message).toMatch(
      /2 parts.*signature part is missing/,
    );
  });

  it('four segments: the extra part is named', () => {
    const r = decodeToken(`${TOKEN}.extra`);
    expect(r).toMatchObject({ status: 'partial', header: HEADER, payload: PAYLOAD, segmentCount: 4 });
    expect(r.parts[3]!.role).toBe('extra');
    expect(r.findings.find((f) => f.code === 'segment_count')?.message).toMatch(/4 parts.*part 4 is extra/);
  });

  it('five segments: a JWE, its protected header shown, marked encrypted', () => {
    const jweHeader = { alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'enc-1', cty: 'JWT' };
    const jwe = [
      b64(jweHeader),
      'ZW5jcnlwdGVkLWtleQ',
      'aXYtYnl0ZXMtMTI',
      'Y2lwaGVydGV4dA',
      'dGFnLWJ5dGVzLTE2',
    ].join('.');
    const r = decodeToken(jwe);
    expect(r).toMatchObject({
      status: 'decoded',
      kind: 'jwe',
      header: jweHeader,
      payload: null,
      alg: 'RSA-OAEP-256',
    });
    expect(r.parts.map((p) => p.role)).toEqual(['header', 'encrypted_key', 'iv', 'ciphertext', 'tag']);
    expect(codes(jwe)).toEqual(expect.arrayContaining(['encrypted', 'nested_jwt']));
    expect(r.findings.find((f) => f.code === 'encrypted')?.message).toMatch(
      /encrypted token \(JWE, RSA-OAEP-256 \/ A256GCM\)/,
    );
  });

  it('a JWE header in a three-part token is named', () => {
    const r = decodeToken(`${b64({ alg: 'dir', enc: 'A128GCM' })}.a.b`);
    expect(r.kind).toBe('jwe');
    expect(r.findings.find((f) => f.code === 'segment_count')?.message).toMatch(/3 parts; a JWE .* has 5/);
  });

  it('refuses input over 1 MiB quickly, with a message', () => {
    const huge = `${TOKEN}${'A'.repeat(5 * 1024 * 1024)}`;
    const t = performance.now();
    const r = decodeToken(huge);
    expect(performance.now() - t).toBeLessThan(50);
    expect(r.status).toBe('too_large');
    expect(r.findings[0]).toMatchObject({ code: 'input_too_large', severity: 'error' });
    expect(r.findings[0]!.message).toMatch(/5\.0 MiB.*at most 1 MiB/);
    expect(decodeToken('x'.repeat(MAX_TOKEN_INPUT)).status).not.toBe('too_large');
  });

  it('decodes a token just under 1 MiB in reasonable time', () => {
    const big = make(HEADER, { ...PAYLOAD, blob: 'x'.repeat(700_000) });
    expect(big.length).toBeLessThan(MAX_TOKEN_INPUT);
    const t = performance.now();
    expect(decodeToken(big).status).toBe('decoded');
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('empty input and non-strings', () => {
    expect(decodeToken('   \n').status).toBe('empty');
    expect(decodeToken('').findings[0]!.code).toBe('input_empty');
    expect(decodeToken(undefined).status).toBe('empty');
    expect(decodeToken(42).status).toBe('failed');
    expect(
      decodeToken({
        toString: () => {
          throw new Error('boom');
        },
      }).findings[0]!.code,
    ).toBe('internal_error');
  });
});

describe('decodeToken: every finding', () => {
  const cases: Array<[FindingCode, string]> = [
    ['alg_none', make({ alg: 'none' }, PAYLOAD, '')],
    ['alg_missing', make({ typ: 'JWT' })],
    ['alg_unsupported', make({ alg: 'ES256K', kid: 'a' })],
    ['crit', make({ ...HEADER, crit: ['exp'], exp: 1 })],
    ['b64_false', `${b64({ alg: 'HS256', b64: false, crit: ['b64'] })}.$.${SIG}`],
    ['header_jwk', make({ ...HEADER, jwk: { kty: 'RSA', n: 'x', e: 'AQAB' } })],
    ['header_jku', make({ ...HEADER, jku: 'https://attacker.example/jwks.json' })],
    ['header_x5u', make({ ...HEADER, x5u: 'https://attacker.example/cert.pem' })],
    ['header_x5c', make({ ...HEADER, x5c: ['MIIB'] })],
    ['kid_missing', make({ alg: 'RS256' })],
    ['kid_type', make({ alg: 'RS256', kid: 7 })],
    ['typ_unusual', make({ ...HEADER, typ: 'dpop+jwt' })],
    ['typ_at_jwt_claims', make({ ...HEADER, typ: 'at+jwt' }, { iss: 'x' })],
    ['id_token', make(HEADER, { ...PAYLOAD, nonce: 'n' })],
    ['signature_missing', make(HEADER, PAYLOAD, '')],
    [
      'signature_length',
      make({ alg: 'ES256', kid: 'a' }, PAYLOAD, Buffer.alloc(71, 0x30).toString('base64url')),
    ],
    ['payload_empty', make(HEADER, '', SIG).replace(/\.[^.]*\./, '..')],
    ['time_claim_type', make(HEADER, { ...PAYLOAD, exp: '1700000000' })],
    ['time_claim_millis', make(HEADER, { ...PAYLOAD, exp: 1_700_000_000_000 })],
    ['exp_before_iat', make(HEADER, { ...PAYLOAD, exp: 1_600_000_000 })],
    ['no_exp', make(HEADER, { iss: 'x' })],
    ['claim_type', make(HEADER, { ...PAYLOAD, scope: ['read', 'write'] })],
    ['nested_jwt', make({ ...HEADER, cty: 'JWT' })],
    [
      'base64_noncanonical',
      `${b64(HEADER)}.${b64(PAYLOAD)}.${Buffer.alloc(256, 1).toString('base64url').slice(0, -1)}B`,
    ],
    ['empty_part', `.${b64(PAYLOAD)}.${SIG}`],
    ['enc_missing', [b64({ alg: 'dir' }), '', 'aXY', 'Y3Q', 'dGFn'].join('.')],
  ];
  it.each(cases)('%s', (code, token) => {
    const r = decodeToken(token);
    const f = r.findings.find((x) => x.code === code);
    expect(f, JSON.stringify(r.findings)).toBeDefined();
    expect(f!.message.length).toBeGreaterThan(10);
    expect(DecodedTokenSchema.safeParse(r).success).toBe(true);
  });

  it('a clean token has none of the warnings', () => {
    const r = decodeToken(TOKEN);
    const found = new Set(r.findings.map((f) => f.code));
    for (const [code] of cases) if (code !== 'no_exp') expect(found.has(code), code).toBe(false);
  });

  it('token-carried keys are "provided by the token, not trusted"', () => {
    for (const param of ['jwk', 'jku', 'x5u', 'x5c']) {
      const r = decodeToken(make({ ...HEADER, [param]: param === 'x5c' ? ['MIIB'] : 'x' }));
      const f = r.findings.find((x) => x.param === param)!;
      expect(f.message).toMatch(/provided by the token, not trusted/);
      expect(f.message).toMatch(
        param.startsWith('x5u') || param === 'jku' ? /never fetched/ : /never used to verify/,
      );
    }
  });

  it('an ES256 signature in DER is recognised', () => {
    const der = Buffer.concat([Buffer.from([0x30, 0x45, 0x02, 0x21, 0x00]), Buffer.alloc(66, 7)]);
    const r = decodeToken(make({ alg: 'ES256', kid: 'a' }, PAYLOAD, der.toString('base64url')));
    expect(r.findings.find((f) => f.code === 'signature_length')?.message).toMatch(
      /64 bytes.*71.*DER-encoded/,
    );
  });

  it('alg none with a signature part says so', () => {
    expect(decodeToken(make({ alg: 'none' })).findings.find((f) => f.code === 'alg_none')?.message).toMatch(
      /still has a signature part/,
    );
  });

  it('typ at+jwt with every RFC 9068 claim is fine; ID-token-like payloads are pointed out', () => {
    const full = { ...PAYLOAD, client_id: 'c', jti: 'j' };
    expect(codes(make({ ...HEADER, typ: 'at+jwt' }, full))).not.toContain('typ_at_jwt_claims');
    expect(codes(make({ ...HEADER, typ: 'application/at+jwt' }, { iss: 'x' }))).toContain(
      'typ_at_jwt_claims',
    );
    expect(codes(make({ ...HEADER, typ: 'at+jwt' }, { ...full, nonce: 'n' }))).not.toContain('id_token');
  });
});

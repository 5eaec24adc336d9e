import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeBase64Lenient,
  decodeToken,
  DecodedTokenSchema,
  encodeBase64Url,
  encodeBase64UrlText,
} from '../../../src/shared/jwt';

const b64 = (value: unknown): string => encodeBase64UrlText(JSON.stringify(value));
const TOKEN = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'k' })}.${b64({ iss: 'https://x/', exp: 1, aud: ['a', 'b'] })}.${encodeBase64Url(new Uint8Array(256).fill(7))}`;

/** Checks every structural promise of a result: schema, offsets inside the input, tokens slices. */
function checkInvariants(input: string): void {
  const r = decodeToken(input);
  expect(DecodedTokenSchema.safeParse(r).success).toBe(true);
  for (const p of r.parts) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.end).toBeGreaterThanOrEqual(p.start);
    expect(p.end).toBeLessThanOrEqual(input.length);
    expect(r.token.slice(p.tokenStart, p.tokenEnd)).toBe(p.raw);
  }
  for (const f of r.findings) {
    expect(f.message).not.toBe('');
    if (f.at !== undefined) expect(f.at).toBeLessThanOrEqual(input.length);
  }
}

const tokenChars = fc.constantFrom(...'ABCDEFabcdef0123456789-_+/=. \n"%{}'.split(''));

describe('decodeToken never throws', () => {
  it('on arbitrary strings (full Unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkInvariants), { numRuns: 2000 });
  });

  it('on strings made of token characters', () => {
    fc.assert(fc.property(fc.string({ unit: tokenChars, maxLength: 200 }), checkInvariants), {
      numRuns: 2000,
    });
  });

  it('on mutated valid tokens: characters replaced, inserted, deleted; parts duplicated or dropped', () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('replace' as const),
        at: fc.nat(),
        ch: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        ch: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), ch: fc.constant('') }),
      fc.record({ kind: fc.constant('parts' as const), at: fc.nat(), ch: fc.constant('') }),
    );
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', 'Bearer ', '"', ' \n'),
        (mutations, prefix) => {
          let t = TOKEN;
          for (const m of mutations) {
            const at = m.at % (t.length + 1);
            if (m.kind === 'replace') t = t.slice(0, at) + m.ch + t.slice(at + 1);
            else if (m.kind === 'insert') t = t.slice(0, at) + m.ch + t.slice(at);
            else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + 1);
            else {
              const parts = t.split('.');
              t = at % 2 ? [...parts, ...parts].join('.') : parts.slice(0, at % parts.length).join('.');
            }
          }
          checkInvariants(prefix + t);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on random JSON in every part, and decodes it back exactly', () => {
    const json = fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 });
    fc.assert(
      fc.property(json, json, fc.uint8Array({ maxLength: 80 }), (header, payload, signature) => {
        const token = `${b64(header)}.${b64(payload)}.${encodeBase64Url(signature)}`;
        const r = decodeToken(token);
        expect(r.header).toEqual(JSON.parse(JSON.stringify(header)));
        expect(r.payload).toEqual(JSON.parse(JSON.stringify(payload)));
        expect(r.parts.every((p) => p.error === null)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('base64url', () => {
  it('decodes what it encodes, and what Node encodes, in both alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const url = encodeBase64Url(bytes);
        expect(url).toBe(Buffer.from(bytes).toString('base64url'));
        const back = decodeBase64Lenient(url);
        expect(back.problem).toBeNull();
        expect(back.nonCanonical).toBe(false);
        expect(Buffer.from(back.bytes!)).toEqual(Buffer.from(bytes));
        const std = decodeBase64Lenient(Buffer.from(bytes).toString('base64'));
        expect(Buffer.from(std.bytes!)).toEqual(Buffer.from(bytes));
      }),
    );
  });

  it('flags a last character whose unused bits are set', () => {
    expect(decodeBase64Lenient('AB').nonCanonical).toBe(true); // 'B' = 000001: low 4 bits unused
    expect(decodeBase64Lenient('AQ').nonCanonical).toBe(false);
  });
});

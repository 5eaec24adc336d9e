import { describe, expect, it } from 'vitest';
import { checkClaims, type CheckRow, type ClaimCheckInput } from '../../../src/shared/jwt';

const NOW = 1_700_000_000;
const header = { alg: 'RS256', typ: 'at+jwt', kid: 'k' };
const payload = {
  iss: 'https://dev-acme.local/',
  aud: 'https://api',
  iat: NOW - 60,
  nbf: NOW - 60,
  exp: NOW + 240,
};

function row(input: Partial<ClaimCheckInput>, check: CheckRow['check']): CheckRow {
  const rows = checkClaims({ header, payload, now: NOW, ...input });
  expect(rows.map((r) => r.check)).toEqual(['exp', 'nbf', 'iat', 'iss', 'aud', 'typ', 'alg']);
  return rows.find((r) => r.check === check)!;
}

describe('claim checks: each on both outcomes', () => {
  it('exp', () => {
    expect(row({}, 'exp')).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('expires in 4 min'),
    });
    const expired = { ...payload, exp: NOW - 3 * 3600 };
    expect(row({ payload: expired }, 'exp')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('expired 3 h ago'),
    });
    expect(row({ payload: { ...payload, exp: NOW - 10 }, clockToleranceSec: 30 }, 'exp')).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('within the clock tolerance'),
    });
    expect(row({ payload: { ...payload, exp: NOW - 31 }, clockToleranceSec: 30 }, 'exp').status).toBe(
      'failed',
    );
    expect(row({ payload: { ...payload, exp: NOW } }, 'exp').status).toBe('failed'); // on or after exp
    expect(row({ payload: { ...payload, exp: '2030' } }, 'exp')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('not a NumericDate'),
    });
    const { exp: _exp, ...noExp } = payload;
    expect(row({ payload: noExp }, 'exp')).toMatchObject({
      status: 'not_checked',
      message: expect.stringContaining('never expires'),
    });
  });

  it('nbf', () => {
    expect(row({}, 'nbf').status).toBe('passed');
    expect(row({ payload: { ...payload, nbf: NOW + 300 } }, 'nbf')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('becomes valid in 5 min'),
    });
    expect(row({ payload: { ...payload, nbf: NOW + 20 }, clockToleranceSec: 30 }, 'nbf').status).toBe(
      'passed',
    );
    expect(row({ payload: { iss: 'x' } }, 'nbf').status).toBe('not_checked');
  });

  it('iat not in the future', () => {
    expect(row({}, 'iat')).toMatchObject({
      status: 'passed',
      message: expect.stringContaining('issued 1 min ago'),
    });
    expect(row({ payload: { ...payload, iat: NOW + 120 } }, 'iat')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('issued in the future'),
    });
    expect(row({ payload: { iss: 'x' } }, 'iat').status).toBe('not_checked');
  });

  it('iss, exactly, with a hint about the trailing slash', () => {
    expect(row({ expected: { iss: 'https://dev-acme.local/' } }, 'iss').status).toBe('passed');
    expect(row({ expected: { iss: ['https://a/', 'https://dev-acme.local/'] } }, 'iss').status).toBe(
      'passed',
    );
    const slash = row({ expected: { iss: 'https://dev-acme.local' } }, 'iss');
    expect(slash.status).toBe('failed');
    expect(slash.message).toMatch(/only by a trailing slash/);
    expect(row({ expected: { iss: 'x' }, payload: { aud: 'a' } }, 'iss')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('has no iss'),
    });
    expect(row({}, 'iss')).toMatchObject({
      status: 'not_checked',
      message: expect.stringContaining('https://dev-acme.local/'),
    });
  });

  it('aud, as a string or an array', () => {
    expect(row({ expected: { aud: 'https://api' } }, 'aud').status).toBe('passed');
    expect(row({ expected: { aud: 'b' }, payload: { ...payload, aud: ['a', 'b'] } }, 'aud')).toMatchObject({
      status: 'passed',
      message: 'aud ["a","b"] contains "b".',
    });
    expect(row({ expected: { aud: 'c' }, payload: { ...payload, aud: ['a', 'b'] } }, 'aud').status).toBe(
      'failed',
    );
    expect(row({ expected: { aud: 'https://api/' } }, 'aud').message).toMatch(/trailing slash/);
    expect(row({ expected: { aud: 'x' }, payload: { ...payload, aud: 5 } }, 'aud').status).toBe('failed');
    expect(row({ expected: { aud: 'x' }, payload: { iss: 'x' } }, 'aud').message).toMatch(/has no aud/);
    expect(row({}, 'aud').status).toBe('not_checked');
  });

  it('typ, case-insensitive and with or without application/', () => {
    expect(row({ expected: { typ: 'at+jwt' } }, 'typ').status).toBe('passed');
    expect(row({ expected: { typ: 'application/AT+JWT' } }, 'typ').status).toBe('passed');
    expect(row({ expected: { typ: 'JWT' } }, 'typ')).toMatchObject({
      status: 'failed',
      message: 'typ is "at+jwt"; expected "JWT".',
    });
    expect(row({ expected: { typ: 'at+jwt' }, header: { alg: 'RS256' } }, 'typ').message).toMatch(
      /has no typ/,
    );
    expect(row({}, 'typ').status).toBe('not_checked');
  });

  it('alg allowed', () => {
    expect(row({ expected: { algorithms: ['RS256', 'PS256'] } }, 'alg').status).toBe('passed');
    expect(row({ expected: { algorithms: ['PS256'] } }, 'alg')).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('allowed: PS256'),
    });
    expect(row({ header: { alg: 'none' } }, 'alg').status).toBe('failed');
    expect(row({ header: { alg: 'HS1' } }, 'alg').status).toBe('failed');
    expect(row({ header: { typ: 'JWT' } }, 'alg').status).toBe('failed');
    expect(row({}, 'alg').status).toBe('not_checked');
  });

  it('no payload object: the claim rows are not checked, header rows still are', () => {
    const rows = checkClaims({ header, payload: null, now: NOW, expected: { typ: 'at+jwt' } });
    expect(rows.slice(0, 5).every((r) => r.status === 'not_checked')).toBe(true);
    expect(rows[5]!.status).toBe('passed');
  });
});

import { describe, expect, it } from 'vitest';
import * as states from '../../../src/main/keys/key-states';
import type { StoredSigningKey } from '../../../src/main/storage/workspace-schema';
import { WorkbenchError } from '../../../src/shared/errors';

const key = (
  kid: string,
  state: StoredSigningKey['state'],
  extra: Partial<StoredSigningKey> = {},
): StoredSigningKey => ({
  kid,
  state,
  cert: `cert-${kid}`,
  created_at: '2025-01-01T00:00:00.000Z',
  ...extra,
});

const stateOf = (keys: StoredSigningKey[]) => Object.fromEntries(keys.map((k) => [k.kid, k.state]));

function expectError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError);
    expect((error as WorkbenchError).code).toBe(code);
    expect((error as WorkbenchError).message).toMatch(message);
    return;
  }
  throw new Error('expected an error');
}

describe('completing a key set', () => {
  it.each([
    [[], { addCurrent: true, promoteNext: false, addNext: true }],
    [[key('c', 'current')], { addCurrent: false, promoteNext: false, addNext: true }],
    [[key('n', 'next')], { addCurrent: false, promoteNext: true, addNext: true }],
    [[key('c', 'current'), key('n', 'next')], { addCurrent: false, promoteNext: false, addNext: false }],
    [[key('r', 'revoked'), key('p', 'previous')], { addCurrent: true, promoteNext: false, addNext: true }],
  ])('plans %j', (keys, plan) => {
    expect(states.completionPlan(keys)).toEqual(plan);
  });

  it('gives an empty tenant a current key (current since creation) and a next key', () => {
    const keys: StoredSigningKey[] = [];
    const now = '2025-02-02T00:00:00.000Z';
    states.complete(keys, states.completionPlan(keys), [key('a', 'next'), key('b', 'next')], now);
    expect(keys).toEqual([key('a', 'current', { current_since: now }), key('b', 'next')]);
  });

  it('promotes a lone next key and adds a new next', () => {
    const keys = [key('n', 'next')];
    states.complete(keys, states.completionPlan(keys), [key('m', 'next')], 'T');
    expect(stateOf(keys)).toEqual({ n: 'current', m: 'next' });
    expect(keys[0]!.current_since).toBe('T');
  });
});

describe('transitions', () => {
  it('rotate: next → current, current → previous, new → next; nothing revoked without a previous', () => {
    const keys = [key('c', 'current', { current_since: 'T0' }), key('n', 'next')];
    const revoked = states.rotate(keys, key('x', 'next'), 'T1');
    expect(revoked).toEqual([]);
    expect(stateOf(keys)).toEqual({ c: 'previous', n: 'current', x: 'next' });
    expect(keys.find((k) => k.kid === 'c')).toMatchObject({ current_since: 'T0', current_until: 'T1' });
    expect(keys.find((k) => k.kid === 'n')).toMatchObject({ current_since: 'T1' });
  });

  it('rotate with a previous key revokes it at that moment (one previous at a time)', () => {
    const keys = [key('p', 'previous'), key('c', 'current'), key('n', 'next')];
    const revoked = states.rotate(keys, key('x', 'next'), 'T2');
    expect(revoked.map((k) => k.kid)).toEqual(['p']);
    expect(stateOf(keys)).toEqual({ p: 'revoked', c: 'previous', n: 'current', x: 'next' });
    expect(keys[0]!.revoked_at).toBe('T2');
  });

  it('revoke: only the previous key; by kid or without one', () => {
    const keys = [key('p', 'previous'), key('c', 'current'), key('n', 'next')];
    expect(states.revoke(keys, 'p', 'T3').kid).toBe('p');
    expect(stateOf(keys)).toEqual({ p: 'revoked', c: 'current', n: 'next' });
    const again = [key('p', 'previous'), key('c', 'current'), key('n', 'next')];
    expect(states.revoke(again, undefined, 'T3').kid).toBe('p');
  });

  it('refuses to revoke the current, the next, a revoked or an unknown key, or when there is no previous', () => {
    const keys = [key('r', 'revoked', { revoked_at: 'T' }), key('c', 'current'), key('n', 'next')];
    expectError(
      () => states.revoke(keys, 'c', 'T'),
      'conflict',
      /c is the current key and cannot be revoked.*Rotate & Revoke/,
    );
    expectError(() => states.revoke(keys, 'n', 'T'), 'conflict', /n is the next key and cannot be revoked/);
    expectError(() => states.revoke(keys, 'r', 'T'), 'conflict', /already revoked/);
    expectError(() => states.revoke(keys, 'zz', 'T'), 'not_found', /no signing key with kid "zz"/);
    expectError(() => states.revoke(keys, undefined, 'T'), 'conflict', /no previous signing key to revoke/);
    expect(stateOf(keys)).toEqual({ r: 'revoked', c: 'current', n: 'next' });
  });

  it('rotate & revoke: the current key and the former previous are revoked at once', () => {
    const keys = [key('p', 'previous'), key('c', 'current'), key('n', 'next')];
    const revoked = states.rotateAndRevoke(keys, key('x', 'next'), 'T4');
    expect(revoked.map((k) => k.kid)).toEqual(['p', 'c']);
    expect(stateOf(keys)).toEqual({ p: 'revoked', c: 'revoked', n: 'current', x: 'next' });
  });

  it('a change confirmed against another current key is refused', () => {
    const keys = [key('c', 'current'), key('n', 'next')];
    expect(() => states.expectCurrent(keys, 'c')).not.toThrow();
    expectError(() => states.expectCurrent(keys, 'old'), 'conflict', /current key is now c, not old/);
  });
});

describe('views', () => {
  it('publishes current, next, previous in that order, and lists the last three revoked, newest first', () => {
    const keys = [
      key('r1', 'revoked', { revoked_at: '2025-01-01' }),
      key('n', 'next'),
      key('r3', 'revoked', { revoked_at: '2025-03-01' }),
      key('p', 'previous'),
      key('r4', 'revoked', { revoked_at: '2025-04-01' }),
      key('c', 'current'),
      key('r2', 'revoked', { revoked_at: '2025-02-01' }),
    ];
    expect(states.verifyingKeys(keys).map((k) => k.kid)).toEqual(['c', 'n', 'p']);
    expect(states.visibleKeys(keys).map((k) => k.kid)).toEqual(['c', 'n', 'p', 'r4', 'r3', 'r2']);
  });

  it('previews what stops verifying', () => {
    const withPrevious = [key('p', 'previous'), key('c', 'current'), key('n', 'next')];
    const without = [key('c', 'current'), key('n', 'next')];
    expect(states.previewChange(without, 'rotate')).toMatchObject({
      becomes_current: 'n',
      stops_verifying: [],
    });
    expect(states.previewChange(without, 'rotate').message).toMatch(/No key stops verifying/);
    expect(states.previewChange(withPrevious, 'rotate').stops_verifying).toEqual([
      { kid: 'p', state: 'previous' },
    ]);
    expect(states.previewChange(withPrevious, 'revoke')).toMatchObject({
      becomes_current: 'c',
      stops_verifying: [{ kid: 'p', state: 'previous' }],
    });
    expectError(() => states.previewChange(without, 'revoke'), 'conflict', /no previous signing key/);
    expect(states.previewChange(withPrevious, 'rotate-and-revoke').stops_verifying).toEqual([
      { kid: 'c', state: 'current' },
      { kid: 'p', state: 'previous' },
    ]);
    expect(states.previewChange(without, 'rotate-and-revoke').message).toMatch(
      /c \(current\) is revoked at once/,
    );
    expect(stateOf(withPrevious)).toEqual({ p: 'previous', c: 'current', n: 'next' });
  });
});

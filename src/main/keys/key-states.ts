/**
 * The state machine of a tenant's signing keys (DOMAIN.md §6), as pure functions over the stored
 * list. tenant-keys.ts runs them inside one workspace write.
 *
 *   (new) ──▶ next ──rotate──▶ current ──rotate──▶ previous ──revoke / next rotate──▶ revoked
 *
 * Invariants after every change: exactly one current, exactly one next, at most one previous (our
 * choice: rotating while a previous key exists revokes it at that moment).
 */
import { WorkbenchError } from '../../shared/errors';
import type { StoredSigningKey } from '../storage/workspace-schema';
import type { KeyChangeAction, KeyChangePreview } from './public-view';

/** How many revoked keys the keys view lists, newest first. */
export const REVOKED_KEYS_SHOWN = 3;

export interface KeySet {
  current: StoredSigningKey | undefined;
  next: StoredSigningKey | undefined;
  previous: StoredSigningKey | undefined;
  /** Newest revocation first. */
  revoked: StoredSigningKey[];
}

export function keySet(keys: readonly StoredSigningKey[]): KeySet {
  return {
    current: keys.find((k) => k.state === 'current'),
    next: keys.find((k) => k.state === 'next'),
    previous: keys.find((k) => k.state === 'previous'),
    revoked: keys
      .filter((k) => k.state === 'revoked')
      .sort((a, b) => (b.revoked_at ?? '').localeCompare(a.revoked_at ?? '')),
  };
}

/** The keys that verify tokens and are published in the JWKS, in a stable order: current, next, previous. */
export function verifyingKeys(keys: readonly StoredSigningKey[]): StoredSigningKey[] {
  const set = keySet(keys);
  return [set.current, set.next, set.previous].filter((k): k is StoredSigningKey => k !== undefined);
}

/** What the keys view lists: the valid keys, then the last three revoked ones. */
export function visibleKeys(keys: readonly StoredSigningKey[]): StoredSigningKey[] {
  return [...verifyingKeys(keys), ...keySet(keys).revoked.slice(0, REVOKED_KEYS_SHOWN)];
}

/** What a key set lacks to be complete (a current and a next key). */
export interface CompletionPlan {
  /** Make a new current key. */
  addCurrent: boolean;
  /** There is a next key but no current one (only after a hand-edited file): promote it. */
  promoteNext: boolean;
  addNext: boolean;
}

export function completionPlan(keys: readonly StoredSigningKey[]): CompletionPlan {
  const { current, next } = keySet(keys);
  if (current !== undefined) return { addCurrent: false, promoteNext: false, addNext: next === undefined };
  if (next !== undefined) return { addCurrent: false, promoteNext: true, addNext: true };
  return { addCurrent: true, promoteNext: false, addNext: true };
}

export function isComplete(plan: CompletionPlan): boolean {
  return !plan.addCurrent && !plan.promoteNext && !plan.addNext;
}

export function samePlan(a: CompletionPlan, b: CompletionPlan): boolean {
  return a.addCurrent === b.addCurrent && a.promoteNext === b.promoteNext && a.addNext === b.addNext;
}

/**
 * Completes a key set in place with freshly made keys (`added` holds what `plan` asked for: a
 * current key first when `addCurrent`, then the next key).
 */
export function complete(
  keys: StoredSigningKey[],
  plan: CompletionPlan,
  added: StoredSigningKey[],
  now: string,
): void {
  const queue = [...added];
  if (plan.promoteNext) {
    const next = keySet(keys).next!;
    next.state = 'current';
    next.current_since = now;
  }
  if (plan.addCurrent) keys.push({ ...queue.shift()!, state: 'current', current_since: now });
  if (plan.addNext) keys.push({ ...queue.shift()!, state: 'next' });
}

function missing(what: string): WorkbenchError {
  return new WorkbenchError(
    'conflict',
    `This tenant has no ${what} signing key; reopen the Signing Keys page to repair it.`,
  );
}

function revokeInPlace(key: StoredSigningKey, now: string): void {
  key.state = 'revoked';
  key.revoked_at = now;
}

/**
 * Rotate: next → current, current → previous, `newNext` → next; the former previous, if any, is
 * revoked now. Returns the keys revoked by the change.
 */
export function rotate(keys: StoredSigningKey[], newNext: StoredSigningKey, now: string): StoredSigningKey[] {
  const { current, next, previous } = keySet(keys);
  if (current === undefined) throw missing('current');
  if (next === undefined) throw missing('next');
  const revoked: StoredSigningKey[] = [];
  if (previous !== undefined) {
    revokeInPlace(previous, now);
    revoked.push(previous);
  }
  current.state = 'previous';
  current.current_until = now;
  next.state = 'current';
  next.current_since = now;
  keys.push({ ...newNext, state: 'next' });
  return revoked;
}

/**
 * Revoke: only the previous key can be revoked. `kid`, when given, must name it (so a stale dialog
 * cannot revoke a different key than it showed). Returns the revoked key.
 */
export function revoke(keys: StoredSigningKey[], kid: string | undefined, now: string): StoredSigningKey {
  const { previous } = keySet(keys);
  if (kid === undefined) {
    if (previous === undefined) {
      throw new WorkbenchError(
        'conflict',
        'There is no previous signing key to revoke. Rotate first: the current key then becomes the previous key.',
      );
    }
    revokeInPlace(previous, now);
    return previous;
  }
  const key = keys.find((k) => k.kid === kid);
  if (key === undefined)
    throw new WorkbenchError('not_found', `There is no signing key with kid "${kid}".`, 'kid');
  switch (key.state) {
    case 'previous':
      revokeInPlace(key, now);
      return key;
    case 'revoked':
      throw new WorkbenchError(
        'conflict',
        `The signing key ${kid} was already revoked (${key.revoked_at ?? 'earlier'}).`,
        'kid',
      );
    case 'current':
      throw new WorkbenchError(
        'conflict',
        `The signing key ${kid} is the current key and cannot be revoked. Only the previous key can be revoked: rotate first, or use Rotate & Revoke.`,
        'kid',
      );
    case 'next':
      throw new WorkbenchError(
        'conflict',
        `The signing key ${kid} is the next key and cannot be revoked. Only the previous key can be revoked.`,
        'kid',
      );
  }
}

/** Rotate & Revoke: rotate, then revoke the key that just became previous. Returns every key revoked. */
export function rotateAndRevoke(
  keys: StoredSigningKey[],
  newNext: StoredSigningKey,
  now: string,
): StoredSigningKey[] {
  const revoked = rotate(keys, newNext, now);
  revoked.push(revoke(keys, undefined, now));
  return revoked;
}

/** Rejects a change confirmed against a key set that has changed since (a double click, another window). */
export function expectCurrent(keys: readonly StoredSigningKey[], expectedKid: string | undefined): void {
  if (expectedKid === undefined) return;
  const current = keySet(keys).current?.kid;
  if (current !== expectedKid) {
    throw new WorkbenchError(
      'conflict',
      `The signing keys changed since you looked: the current key is now ${current ?? 'missing'}, not ${expectedKid}. Review the keys and try again.`,
      'expectCurrentKid',
    );
  }
}

/** What a change would do, for its confirmation dialog. Throws what the change itself would throw. */
export function previewChange(keys: readonly StoredSigningKey[], action: KeyChangeAction): KeyChangePreview {
  const { current, next, previous } = keySet(keys);
  if (current === undefined) throw missing('current');
  if (next === undefined) throw missing('next');
  const ref = (k: StoredSigningKey) => ({ kid: k.kid, state: k.state });
  switch (action) {
    case 'rotate':
      return {
        action,
        becomes_current: next.kid,
        stops_verifying: previous === undefined ? [] : [ref(previous)],
        message:
          `The next key ${next.kid} becomes the current key and signs new tokens; tokens signed with ${current.kid} keep verifying while it is the previous key. ` +
          (previous === undefined
            ? 'No key stops verifying.'
            : `The previous key ${previous.kid} is revoked: tokens signed with it stop verifying.`),
      };
    case 'revoke':
      if (previous === undefined) revoke([...keys.map((k) => ({ ...k }))], undefined, '');
      return {
        action,
        becomes_current: current.kid,
        stops_verifying: [ref(previous!)],
        message: `The previous key ${previous!.kid} is revoked: tokens signed with it stop verifying. New tokens are still signed with ${current.kid}.`,
      };
    case 'rotate-and-revoke': {
      const stopping = [current, ...(previous === undefined ? [] : [previous])];
      return {
        action,
        becomes_current: next.kid,
        stops_verifying: stopping.map(ref),
        message:
          `The next key ${next.kid} becomes the current key and signs new tokens. ` +
          `${stopping.map((k) => `${k.kid} (${k.state})`).join(' and ')} ${stopping.length === 1 ? 'is' : 'are'} revoked at once: tokens signed with ${stopping.length === 1 ? 'it' : 'them'} stop verifying.`,
      };
    }
  }
}

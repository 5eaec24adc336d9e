import { MAX_TOKEN_INPUT } from '../../../../../shared/jwt';

/**
 * "Remember the last token": the token is kept in this window's localStorage, on this machine
 * only, and only while the switch is on. The key's presence is the switch.
 */
const STORAGE_KEY = 'token-workbench.debugger.last-token';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (private windows, policies): remembering is then simply off.
    return null;
  }
}

export function readRememberedToken(): string | null {
  return storage()?.getItem(STORAGE_KEY) ?? null;
}

export function saveRememberedToken(token: string): void {
  // A paste the decoder refuses is not worth a quota error.
  const kept = token.length > MAX_TOKEN_INPUT ? '' : token;
  try {
    storage()?.setItem(STORAGE_KEY, kept);
  } catch {
    // Quota exceeded: keep what was there rather than fail the page.
  }
}

export function forgetRememberedToken(): void {
  storage()?.removeItem(STORAGE_KEY);
}

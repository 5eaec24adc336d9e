/**
 * Browser mode only: the web host prints an address carrying a per-launch secret
 * (`?secret=...`). We take it out of the address bar at once, so that it is not kept in history,
 * bookmarks or screenshots, and keep it for this tab in sessionStorage, so that a reload works.
 */
const STORAGE_KEY = 'token-workbench.secret';
const PARAM = 'secret';

/** sessionStorage can be unavailable (privacy modes); the secret then lives for this page only. */
let memorySecret: string | null = null;

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? memorySecret;
  } catch {
    return memorySecret;
  }
}

function store(secret: string): void {
  memorySecret = secret;
  try {
    window.sessionStorage.setItem(STORAGE_KEY, secret);
  } catch {
    // Kept in memory only.
  }
}

/** Reads `?secret=` once at load, stores it and removes it from the address; else the stored one. */
export function takeSecretFromAddress(): string | null {
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get(PARAM);
  if (fromAddress !== null) {
    url.searchParams.delete(PARAM);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    if (fromAddress !== '') store(fromAddress);
  }
  return readStored();
}

/** The host refused the secret (e.g. it was restarted): forget it so the user opens the new address. */
export function forgetSecret(): void {
  memorySecret = null;
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}

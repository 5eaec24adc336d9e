/**
 * Addresses only this machine can reach; anything else needs the user's explicit "I understand".
 * The same rule as the issuer's own check, so the warning shows exactly when the host would refuse.
 */
export function isLoopbackAddress(host: string): boolean {
  const h = host.trim();
  return h === '127.0.0.1' || h === '::1' || h === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export const DEFAULT_PORT = 4466;
export const DEFAULT_HOST = '127.0.0.1';

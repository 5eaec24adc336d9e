import { timingSafeEqual } from 'node:crypto';

/*
 * The web host answers only its own pages: the Host header must name the loopback address and
 * port it listens on (DNS rebinding), an Origin, when sent, must be that same origin (cross-site
 * requests), and every RPC call must carry the per-launch secret.
 */

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** No Origin (same-origin GETs, curl) is fine: the secret still guards RPC. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedOrigins(port).includes(origin);
}

export function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const SECRET_HEADER = 'x-workbench-secret';

export { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

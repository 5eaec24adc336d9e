import { useEffect, useState } from 'react';
import { formatDuration } from '../../../../../shared/jwt/time';

/** The clock, in seconds, ticking while a component shows times relative to it. */
export function useNowSeconds(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Math.floor(Date.now() / 1000)), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export interface Validity {
  state: 'valid' | 'expired' | 'not-yet-valid' | 'unknown';
  /** "expires in 4 min", "expired 3 s ago": the state's badge says the rest. */
  detail: string;
}

const numeric = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Whether a validator checking the token right now (no clock tolerance) would accept its times. */
export function validityOf(payload: Record<string, unknown>, now: number): Validity {
  const exp = numeric(payload.exp);
  const nbf = numeric(payload.nbf);
  if (exp !== undefined && now >= exp)
    return { state: 'expired', detail: `expired ${formatDuration(now - exp)} ago` };
  if (nbf !== undefined && now < nbf)
    return { state: 'not-yet-valid', detail: `valid in ${formatDuration(nbf - now)}` };
  if (exp === undefined) return { state: 'unknown', detail: 'no exp claim: it never expires' };
  return { state: 'valid', detail: `expires in ${formatDuration(exp - now)}` };
}

/** Epoch seconds as a local date and time, for iat, nbf and exp. */
export function localDateTime(seconds: number): string {
  return new Date(seconds * 1000).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
}

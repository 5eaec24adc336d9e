import type { ExpectedClaims } from '../../../../../shared/jwt';

/** The collapsible options of the Verify panel, as typed (strings until used). */
export interface VerifyOptionsState {
  iss: string;
  aud: string;
  typ: string;
  algorithms: string[];
  /** Seconds; '' = none. */
  tolerance: number | string;
  /** A `datetime-local` value in the user's zone; '' = the real time. */
  now: string;
}

export const EMPTY_OPTIONS: VerifyOptionsState = { iss: '', aud: '', typ: '', algorithms: [], tolerance: '', now: '' };

export function expectedOf(options: VerifyOptionsState): ExpectedClaims | undefined {
  const expected: ExpectedClaims = {};
  if (options.iss.trim()) expected.iss = options.iss.trim();
  if (options.aud.trim()) expected.aud = options.aud.trim();
  if (options.typ.trim()) expected.typ = options.typ.trim();
  if (options.algorithms.length > 0) expected.algorithms = options.algorithms;
  return Object.keys(expected).length > 0 ? expected : undefined;
}

export function toleranceOf(options: VerifyOptionsState): number | undefined {
  const n = typeof options.tolerance === 'number' ? options.tolerance : Number.parseFloat(options.tolerance);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 31_536_000) : undefined;
}

/** The pinned "now" in epoch seconds, or null for the real time (or an unreadable value). */
export function nowOf(options: VerifyOptionsState): number | null {
  if (options.now.trim() === '') return null;
  // A datetime-local value has no zone: Date reads it in the local zone, as the user meant it.
  const ms = new Date(options.now).getTime();
  return Number.isNaN(ms) ? null : ms / 1000;
}

/** How many options differ from the defaults, for the collapsed "Options (2 set)" button. */
export function countSet(options: VerifyOptionsState): number {
  return (
    [options.iss, options.aud, options.typ, options.now].filter((v) => v.trim() !== '').length +
    (options.algorithms.length > 0 ? 1 : 0) +
    (toleranceOf(options) !== undefined ? 1 : 0)
  );
}

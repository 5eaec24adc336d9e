/** Exit codes of every command: scripts and CI rely on them. */
export const EXIT = {
  ok: 0,
  /** A negative answer: the command ran, and the answer is no (e.g. a token does not verify). */
  negative: 1,
  /** Bad usage or input: the command could not run as asked. */
  usage: 2,
} as const;

/** Bad usage found by a command itself (commander finds the rest): exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

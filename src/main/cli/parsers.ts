import { InvalidArgumentError } from 'commander';

/** Option parsers: commander turns their errors into usage errors (exit code 2). */
export function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return Number(value);
}

export function parseBoolean(value: string): boolean {
  if (['true', 'yes', '1', 'on'].includes(value.toLowerCase())) return true;
  if (['false', 'no', '0', 'off'].includes(value.toLowerCase())) return false;
  throw new InvalidArgumentError(`"${value}" is not true or false.`);
}

/** Repeatable options: `--scope a --scope b` and `--scope "a b"` both give [a, b]. */
export function collectWords(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(/[\s,]+/).filter((s) => s !== '')];
}

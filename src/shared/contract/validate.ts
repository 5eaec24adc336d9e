import type { z } from 'zod';
import { WorkbenchError } from '../errors';
import { contract, type MethodResult, type ParsedArgs } from './contract';
import { METHOD_NAMES, type MethodName } from './methods';

export function isMethodName(value: string): value is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(value);
}

/** Turns the first zod issue into our error, naming the field it concerns. */
export function toValidationError(error: z.ZodError): WorkbenchError {
  const issue = error.issues[0];
  if (issue === undefined) return new WorkbenchError('invalid_body', 'Payload validation error.');
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  return new WorkbenchError('invalid_body', issue.message, field);
}

export function parseArgs<M extends MethodName>(method: M, raw: unknown): ParsedArgs<M> {
  const parsed = contract[method].args.safeParse(raw ?? {});
  if (!parsed.success) throw toValidationError(parsed.error);
  return parsed.data as ParsedArgs<M>;
}

/** Results are parsed too: what is not in the schema never leaves the service. */
export function parseResult<M extends MethodName>(method: M, raw: unknown): MethodResult<M> {
  const parsed = contract[method].result.safeParse(raw);
  if (!parsed.success) {
    throw new WorkbenchError('internal', `The result of ${method} did not match the contract: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return parsed.data as MethodResult<M>;
}

/** All field errors of a zod error, for forms that show every message at once. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

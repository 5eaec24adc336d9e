import type { MethodResult, WorkbenchService } from '../shared/contract/contract';
import type { MethodName } from '../shared/contract/methods';
import { isMethodName, parseArgs, parseResult } from '../shared/contract/validate';
import { WorkbenchError, type Envelope, type WorkbenchErrorData } from '../shared/errors';

/** Anything thrown becomes `{ code, message, field? }`; unexpected errors keep only their message. */
export function toErrorData(error: unknown): WorkbenchErrorData {
  if (error instanceof WorkbenchError) return error.toJSON();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Unexpected error: ${message}` };
}

/**
 * The one door into the service for every binding: the method name and arguments come from
 * outside (IPC, HTTP, argv), so both are checked here, and so is the result.
 */
export async function dispatch(
  service: WorkbenchService,
  method: string,
  rawArgs: unknown,
): Promise<Envelope<MethodResult<MethodName>>> {
  try {
    if (!isMethodName(method)) throw new WorkbenchError('not_found', `There is no method "${method}".`);
    return { ok: true, value: await invoke(service, method, rawArgs) };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

/** Typed call for in-process callers (the CLI): throws WorkbenchError. */
export async function invoke<M extends MethodName>(
  service: WorkbenchService,
  method: M,
  rawArgs: unknown,
): Promise<MethodResult<M>> {
  const args = parseArgs(method, rawArgs);
  const implementation = service[method] as (a: typeof args) => Promise<unknown>;
  return parseResult(method, await implementation(args));
}

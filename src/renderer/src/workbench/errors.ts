import { WorkbenchError } from '../../../shared/errors';

/** Whatever a call threw, as a WorkbenchError, so forms can read `field` and `message`. */
export function asWorkbenchError(error: unknown): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  return new WorkbenchError('internal', error instanceof Error ? error.message : String(error));
}

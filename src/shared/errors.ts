/**
 * Errors as they cross every boundary (IPC, HTTP RPC, CLI): plain data, so forms can put
 * `message` under the input named by `field`.
 */
export const ERROR_CODES = [
  'invalid_body', // arguments failed validation (Management API's errorCode for 400s)
  'not_found',
  'conflict',
  'forbidden',
  'unauthorized', // the web host's per-launch secret is missing or wrong
  'storage',
  'keychain_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WorkbenchErrorData {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input, e.g. `identifier` or `scopes.2.value`. */
  field?: string;
}

export class WorkbenchError extends Error implements WorkbenchErrorData {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }

  toJSON(): WorkbenchErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }

  static from(data: WorkbenchErrorData): WorkbenchError {
    return new WorkbenchError(data.code, data.message, data.field);
  }
}

export function isWorkbenchErrorData(value: unknown): value is WorkbenchErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.message === 'string' &&
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    (v.field === undefined || typeof v.field === 'string')
  );
}

/** What every binding returns: errors are values, so nothing is lost in serialization. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WorkbenchErrorData };

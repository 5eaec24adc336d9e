import { WorkbenchError } from '../../shared/errors';

/**
 * Key import errors name the field `key` (or `password`); callers whose argument has another name
 * (`input` for the library, `key.text` for the encoder) move them under their own field.
 */
export function withKeyField<T>(fields: { key: string; password: string }, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof WorkbenchError && (error.field === 'key' || error.field === 'password')) {
      throw new WorkbenchError(error.code, error.message, error.field === 'key' ? fields.key : fields.password);
    }
    throw error;
  }
}

import { WorkbenchError } from '../../shared/errors';
import type { Where } from '../../shared/config-as-code/schemas';

/** `resourceServers[2]` + `token_lifetime` → `resourceServers[2].token_lifetime`; numbers become `[n]`. */
export function childPath(path: string, ...keys: readonly PropertyKey[]): string {
  let out = path;
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out = out === '' ? String(key) : `${out}.${String(key)}`;
  }
  return out;
}

export function at(where: Where, ...keys: readonly PropertyKey[]): Where {
  return { file: where.file, path: childPath(where.path, ...keys) };
}

/** `tenant.yaml: resourceServers[2]`, or just the file when the path is empty. */
export function describeWhere(where: Where): string {
  return where.path === '' ? where.file : `${where.file}: ${where.path}`;
}

/** The one way an import is refused: the file, the path inside it and the reason. */
export function refuse(where: Where, reason: string): never {
  throw new WorkbenchError('invalid_body', `${describeWhere(where)}: ${reason}`);
}

/** A warning line in the same form as a refusal. */
export function warning(where: Where, text: string): string {
  return `${describeWhere(where)}: ${text}`;
}

const PLACEHOLDER = /##[^#\s]+##|@@[^@\s]+@@/;

/** Adds a full stop unless the sentence has one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The reason a value was refused. deploy-cli substitutes `##KEY##` before it reads a file; Token
 * Workbench never does, so a placeholder where a number or a choice belongs is said to be one.
 */
export function reasonFor(message: string, value: unknown): string {
  if (typeof value !== 'string' || !PLACEHOLDER.test(value)) return sentence(message);
  return `${sentence(message).slice(0, -1)} (placeholders such as ##KEY## are kept as they are, never substituted).`;
}

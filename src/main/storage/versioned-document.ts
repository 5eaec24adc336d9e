import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StorageNotice } from '../../shared/contract/contract';
import { WorkbenchError } from '../../shared/errors';
import { fileStamp, type DocumentFile } from './document-file';
import { setAside } from './recovery';

export interface Migration {
  /** The schema version this migration reads. */
  from: number;
  /** Why the shape changed, for the log and the tests. */
  description: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

export interface VersionedDocumentOptions<T> {
  file: DocumentFile;
  schema: z.ZodType<T>;
  currentVersion: number;
  migrations: readonly Migration[];
  create(): T;
}

/** Applies migrations in order from the file's `schemaVersion` (absent means 0) to `target`. */
export function migrate(
  raw: Record<string, unknown>,
  migrations: readonly Migration[],
  target: number,
): { document: Record<string, unknown>; from: number } {
  const from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  let document = raw;
  for (let version = from; version < target; version += 1) {
    const step = migrations.find((m) => m.from === version);
    if (step === undefined) throw new Error(`No migration from schema version ${version}.`);
    document = { ...step.migrate(document), schemaVersion: version + 1 };
  }
  return { document, from };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'it does not match the expected shape';
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

/**
 * A JSON document with a schema version: migrated and validated when opened, set aside to a dated
 * backup when it cannot be used, and re-read whenever another process (the CLI, a second window)
 * has changed the file, so the last acknowledged write is what everyone sees.
 */
export class VersionedDocument<T> {
  readonly notices: StorageNotice[] = [];
  private cached: { stamp: string; value: T } | undefined;

  constructor(private readonly options: VersionedDocumentOptions<T>) {
    this.open();
  }

  get path(): string {
    return this.options.file.path;
  }

  private open(): void {
    const { file, schema, currentVersion, migrations } = this.options;
    const raw = file.read();
    if (raw === undefined) {
      this.write(this.options.create());
      return;
    }
    const name = path.basename(file.path);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.recover(`${name} does not hold a JSON object.`);
      return;
    }
    const version = (raw as { schemaVersion?: unknown }).schemaVersion;
    if (typeof version === 'number' && version > currentVersion) {
      // Never touch a file written by a newer release: the user may go back to it.
      throw new WorkbenchError(
        'storage',
        `${file.path} was written by a newer Token Workbench (schema version ${version}; this one reads up to ${currentVersion}). Update Token Workbench or choose another data folder.`,
      );
    }
    let migrated: { document: Record<string, unknown>; from: number };
    try {
      migrated = migrate(raw as Record<string, unknown>, migrations, currentVersion);
    } catch (error) {
      this.recover(`${name} could not be migrated: ${(error as Error).message}`);
      return;
    }
    const parsed = schema.safeParse(migrated.document);
    if (!parsed.success) {
      this.recover(`${name} does not match the workspace schema (${describeIssue(parsed.error)}).`);
      return;
    }
    if (migrated.from !== currentVersion) {
      // Keep the file as it was before the migration, in case the user goes back to an older release.
      fs.copyFileSync(file.path, file.path.replace(/\.json$/, `.schema-v${migrated.from}.json`));
      this.write(parsed.data);
    } else {
      this.cached = { stamp: fileStamp(file.path) ?? '', value: parsed.data };
    }
  }

  private recover(reason: string): void {
    this.notices.push(setAside(this.options.file.path, reason));
    this.write(this.options.create());
  }

  private write(value: T): void {
    this.options.file.write(value as object);
    this.cached = { stamp: fileStamp(this.options.file.path) ?? '', value };
  }

  /** The document as it is on disk now. Callers must not mutate it; use `update`. */
  read(): T {
    const stamp = fileStamp(this.options.file.path);
    if (this.cached !== undefined && stamp === this.cached.stamp) return this.cached.value;
    const raw = this.options.file.read();
    if (raw === undefined) {
      this.write(this.options.create());
      return this.read();
    }
    const parsed = this.options.schema.safeParse(raw);
    if (!parsed.success) {
      // Someone else wrote a broken file while we run: refuse rather than overwrite it.
      throw new WorkbenchError(
        'storage',
        `${this.options.file.path} was changed outside Token Workbench and no longer matches its schema (${describeIssue(parsed.error)}). Restore it or restart to set it aside.`,
      );
    }
    this.cached = { stamp: stamp ?? '', value: parsed.data };
    return parsed.data;
  }

  /** Read-modify-write on the latest file content; `change` gets a private copy to edit. */
  update<R>(change: (draft: T) => R): R {
    // A JSON round trip copies a plain document about twice as fast as structuredClone.
    const draft = JSON.parse(JSON.stringify(this.read())) as T;
    const result = change(draft);
    const parsed = this.options.schema.safeParse(draft);
    if (!parsed.success) {
      throw new WorkbenchError('internal', `Refusing to save an invalid workspace: ${describeIssue(parsed.error)}`);
    }
    this.write(parsed.data);
    return result;
  }
}

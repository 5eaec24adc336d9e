/**
 * Where the key library keeps its metadata (the workspace's `key_library`) and private parts (the
 * vault). Light on purpose: the service builds the library without loading key handling code.
 */
import { z } from 'zod';
import { secretRef } from '../domain/secret-refs';
import { StoredLibraryKeySchema, type StoredLibraryKey } from './library-schema';

/** Where the library's metadata lives; the private parts are in the vault under `secretRef(id)`. */
export interface KeyLibraryStore {
  read(): readonly StoredLibraryKey[];
  /** One read-modify-write of the list. */
  update<R>(change: (keys: StoredLibraryKey[]) => R): R;
  /** The vault reference of a key's private part. */
  secretRef(id: string): string;
}

/** The vault operations the library uses (a SecretVault satisfies it). */
export interface KeyLibraryVault {
  get(ref: string): string | undefined;
  set(ref: string, value: string): void;
  delete(refs: readonly string[]): void;
}

export interface KeyLibrary {
  store: KeyLibraryStore;
  vault: KeyLibraryVault;
}

/** Library keys are not a tenant's, so their private parts are not under a tenant prefix. */
export const libraryKeyRef = secretRef.libraryKey;

/** A store in memory (tests). */
export function memoryKeyLibraryStore(initial: StoredLibraryKey[] = []): KeyLibraryStore {
  let keys = structuredClone(initial);
  return {
    read: () => keys,
    update(change) {
      const draft = structuredClone(keys);
      const result = change(draft);
      keys = z.array(StoredLibraryKeySchema).parse(draft);
      return result;
    },
    secretRef: libraryKeyRef,
  };
}

/** A document with a `key_library` list: the Workspace. */
export interface KeyLibraryDocument<D extends { key_library: StoredLibraryKey[] }> {
  read(): D;
  update<R>(change: (draft: D) => R): R;
}

/** The store over a document's `key_library`. */
export function documentKeyLibraryStore<D extends { key_library: StoredLibraryKey[] }>(
  document: KeyLibraryDocument<D>,
): KeyLibraryStore {
  return {
    read: () => document.read().key_library,
    update: (change) => document.update((draft) => change(draft.key_library)),
    secretRef: libraryKeyRef,
  };
}

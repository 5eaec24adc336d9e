/*
 * The preload runs sandboxed, in an isolated world: it may only require `electron`, so it is
 * bundled into one CommonJS file with the method names and nothing else. It hands the page one
 * function per contract method and never exposes ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { WorkbenchBridge } from '../shared/contract/contract';
import { ipcChannel, METHOD_NAMES, splitMethodName } from '../shared/contract/methods';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;
type BridgeTree = Record<string, Record<string, (args: unknown) => Promise<unknown>>>;

/** `{ apis: { create: (args) => invoke('workbench:apis.create', args) }, ... }`, from METHOD_NAMES. */
export function buildBridge(invoke: Invoke): WorkbenchBridge {
  const tree: BridgeTree = {};
  for (const name of METHOD_NAMES) {
    const [namespace, fn] = splitMethodName(name);
    const channel = ipcChannel(name);
    // Exactly one argument crosses: nothing the page adds reaches the main process.
    (tree[namespace] ??= {})[fn] = (args) => invoke(channel, args);
  }
  return tree as unknown as WorkbenchBridge;
}

/** `['apis.create', ...]`: the methods a bridge offers, for the "all bindings agree" test. */
export function bridgeMethodNames(bridge: object): string[] {
  const names: string[] = [];
  for (const [namespace, functions] of Object.entries(bridge)) {
    for (const [fn, value] of Object.entries(functions as object)) {
      if (typeof value === 'function') names.push(`${namespace}.${fn}`);
    }
  }
  return names;
}

contextBridge.exposeInMainWorld(
  'workbench',
  buildBridge((channel, args) => ipcRenderer.invoke(channel, args)),
);

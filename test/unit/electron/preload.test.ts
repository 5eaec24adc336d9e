import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../../src/shared/contract/methods';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string, args: unknown) => ({ ok: true, value: { channel, args } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

type Tree = Record<string, Record<string, (args?: unknown) => Promise<unknown>>>;
let exposed: Tree;
let bridgeMethodNames: (bridge: object) => string[];

beforeAll(async () => {
  ({ bridgeMethodNames } = await import('../../../src/preload/index'));
  exposed = electron.exposeInMainWorld.mock.calls[0]![1] as Tree;
});

describe('preload', () => {
  it('exposes one object, as window.workbench, and nothing else', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.exposeInMainWorld.mock.calls[0]![0]).toBe('workbench');
  });

  it('offers exactly the contract methods, as workbench.<namespace>.<method>', () => {
    expect(bridgeMethodNames(exposed).sort()).toEqual([...METHOD_NAMES].sort());
    expect(typeof exposed.apis!.create).toBe('function');
  });

  it('exposes functions only: no ipcRenderer, no send, no event API', () => {
    const values = Object.values(exposed).flatMap((ns) => Object.values(ns));
    expect(values.every((value) => typeof value === 'function')).toBe(true);
    expect(values).toHaveLength(METHOD_NAMES.length);
    const namespaces = new Set(METHOD_NAMES.map((name) => name.split('.')[0]));
    expect(Object.keys(exposed).sort()).toEqual([...namespaces].sort());
  });

  it('turns a call into ipcRenderer.invoke on the method channel, passing the one argument on', async () => {
    const args = { name: 'Orders', identifier: 'https://orders.example' };
    const answer = await exposed.apis!.create!(args);
    expect(electron.invoke).toHaveBeenLastCalledWith(ipcChannel('apis.create'), args);
    expect(answer).toEqual({ ok: true, value: { channel: 'workbench:apis.create', args } });
  });

  it('maps every method to its own channel', async () => {
    electron.invoke.mockClear();
    for (const name of METHOD_NAMES) {
      const [namespace, fn] = name.split('.') as [string, string];
      await exposed[namespace]![fn]!({});
    }
    expect(electron.invoke.mock.calls.map(([channel]) => channel)).toEqual(METHOD_NAMES.map(ipcChannel));
  });

  it('drops extra arguments the page adds', async () => {
    const call = exposed.tenants!.list as unknown as (...args: unknown[]) => Promise<unknown>;
    await call({}, 'extra', () => {});
    expect(electron.invoke).toHaveBeenLastCalledWith('workbench:tenants.list', {});
  });
});

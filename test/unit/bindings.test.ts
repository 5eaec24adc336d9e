import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../src/shared/contract/contract';
import { ipcChannel, METHOD_NAMES, rpcPath } from '../../src/shared/contract/methods';
import { registerIpcHandlers } from '../../src/main/electron/ipc';
import { buildWebHost } from '../../src/main/webhost/server';
import { openTestWorkbench } from '../helpers/service';
import { tempDataDir } from '../helpers/temp-dir';

vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld: vi.fn() }, ipcRenderer: { invoke: vi.fn() } }));

/**
 * One contract, three bindings: the contract's methods, the preload's functions, the IPC handlers
 * and the web host's RPC routes must be the same set, so no binding can drift from the others.
 */
describe('every binding serves exactly the contract', () => {
  const methods = [...METHOD_NAMES].sort();

  it('the contract defines exactly METHOD_NAMES', () => {
    expect(Object.keys(contract).sort()).toEqual(methods);
  });

  it('the preload exposes one function per method', async () => {
    const { buildBridge, bridgeMethodNames } = await import('../../src/preload/index');
    expect(bridgeMethodNames(buildBridge(async () => undefined)).sort()).toEqual(methods);
  });

  it('the IPC binding registers one handler per method', () => {
    const { service } = openTestWorkbench();
    const channels: string[] = [];
    registerIpcHandlers({ handle: (channel: string) => void channels.push(channel) } as never, service, () => true);
    expect(channels.sort()).toEqual(methods.map(ipcChannel).sort());
  });

  it('the web host has one RPC route per method, and no other RPC route', async () => {
    const { service } = openTestWorkbench();
    const app = buildWebHost({ service, rendererDir: tempDataDir(), port: 0, secret: 's', portRef: { port: 0 } });
    const routes: string[] = [];
    app.addHook('onRoute', (route) => {
      if (route.url.startsWith('/rpc/')) routes.push(route.url);
    });
    await app.ready();
    expect(routes.sort()).toEqual(methods.map(rpcPath).sort());
    await app.close();
  });
});

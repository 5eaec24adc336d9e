import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers } from '../../../src/main/electron/ipc';
import { isAppMainFrame } from '../../../src/main/electron/security';
import type { WorkbenchService } from '../../../src/shared/contract/contract';
import { ipcChannel, METHOD_NAMES } from '../../../src/shared/contract/methods';
import { openTestWorkbench } from '../../helpers/service';

type Handler = (event: IpcMainInvokeEvent, args: unknown) => Promise<unknown>;

/** An ipcMain that only records what is registered. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const handle = vi.fn((channel: string, handler: Handler) => {
    if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    handlers.set(channel, handler);
  });
  return { ipcMain: { handle }, handlers, handle };
}

const APP = 'app://workbench/';
const event = (frame: { parent: unknown; url: string } | null) =>
  ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;
const appFrame = event({ parent: null, url: 'app://workbench/index.html' });
const trusted = (e: IpcMainInvokeEvent) => isAppMainFrame(e.senderFrame, APP);

/** A service whose every method is a spy, to prove that refused calls never reach it. */
function spyService(): WorkbenchService {
  return Object.fromEntries(
    METHOD_NAMES.map((name) => [name, vi.fn(async () => ({}))]),
  ) as unknown as WorkbenchService;
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract method, on ipcChannel(name)', () => {
    const { ipcMain, handlers, handle } = fakeIpcMain();
    const channels = registerIpcHandlers(ipcMain, spyService(), trusted);
    const expected = METHOD_NAMES.map(ipcChannel);
    expect(handle).toHaveBeenCalledTimes(METHOD_NAMES.length);
    expect([...handlers.keys()].sort()).toEqual([...expected].sort());
    expect(channels).toEqual(expected);
  });

  it.each([
    ['a subframe', event({ parent: {}, url: 'app://workbench/index.html' })],
    ['a foreign page', event({ parent: null, url: 'https://evil.example/' })],
    ['a disposed frame', event(null)],
  ])('refuses %s with "forbidden" and does not call the service', async (_label, sender) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const service = spyService();
    registerIpcHandlers(ipcMain, service, trusted);
    for (const name of METHOD_NAMES) {
      const answer = await handlers.get(ipcChannel(name))!(sender, {});
      expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      expect(service[name]).not.toHaveBeenCalled();
    }
  });

  it('treats a sender check that throws (Electron: "Render frame was disposed") as untrusted', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const service = spyService();
    registerIpcHandlers(ipcMain, service, () => {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    });
    const answer = await handlers.get(ipcChannel('tenants.list'))!(appFrame, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(service['tenants.list']).not.toHaveBeenCalled();
  });

  it('answers bad arguments with an invalid_body envelope naming the field', async () => {
    const { service } = openTestWorkbench();
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, service, trusted);
    const answer = await handlers.get(ipcChannel('apis.create'))!(appFrame, { name: 'Orders' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'invalid_body', message: expect.any(String), field: 'identifier' },
    });
  });

  it('serves a real service: create an API, then read it back', async () => {
    const { service, dataDir } = openTestWorkbench();
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpcHandlers(ipcMain, service, trusted);
    const call = (name: (typeof METHOD_NAMES)[number], args?: unknown) =>
      handlers.get(ipcChannel(name))!(appFrame, args);

    const created = await call('apis.create', { name: 'Orders', identifier: 'https://orders.example' });
    expect(created).toMatchObject({
      ok: true,
      value: { name: 'Orders', identifier: 'https://orders.example' },
    });
    expect(await call('apis.list', {})).toMatchObject({
      ok: true,
      value: [{ identifier: 'https://orders.example' }],
    });
    // No arguments at all is the same as `{}`.
    expect(await call('workspace.status')).toMatchObject({
      ok: true,
      value: { dataDir, secretsAtRest: 'file-0600' },
    });
    expect(await call('apis.get', { api: 'https://nowhere.example' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

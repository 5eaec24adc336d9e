import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { WorkbenchService } from '../../shared/contract/contract';
import { ipcChannel, METHOD_NAMES } from '../../shared/contract/methods';
import type { Envelope } from '../../shared/errors';
import { dispatch } from '../dispatch';

/** Decides whether an IPC call comes from the app's own page (see isAppMainFrame). */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

function forbidden(): Envelope<never> {
  return {
    ok: false,
    error: { code: 'forbidden', message: 'Only the Token Workbench window may call the workbench.' },
  };
}

/**
 * One `ipcMain.handle` per contract method, each on its own channel. Every call is checked for
 * its sender before anything else, then goes through `dispatch`, which validates arguments and
 * results. Returns the channels it registered.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  service: WorkbenchService,
  isTrustedSender: SenderCheck,
): string[] {
  return METHOD_NAMES.map((name) => {
    const channel = ipcChannel(name);
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrusted(isTrustedSender, event)) return forbidden();
      return dispatch(service, name, args);
    });
    return channel;
  });
}

/** Electron throws when a disposed frame is read; a sender we cannot inspect is not trusted. */
function isTrusted(check: SenderCheck, event: IpcMainInvokeEvent): boolean {
  try {
    return check(event);
  } catch {
    return false;
  }
}

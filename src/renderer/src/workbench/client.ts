import { contract, type WorkbenchApi, type WorkbenchBridge } from '../../../shared/contract/contract';
import { METHOD_NAMES, splitMethodName, type MethodName } from '../../../shared/contract/methods';
import { WorkbenchError } from '../../../shared/errors';
import { forgetSecret, takeSecretFromAddress } from './secret';
import { bridgeTransport, httpTransport, type Transport } from './transport';

/**
 * The renderer's only door to the back end: `workbench.apis.create(args)` resolves to the result or
 * throws a WorkbenchError (code, message, field), whichever transport carries the call.
 */
export function createWorkbenchClient(transport: Transport): WorkbenchApi {
  const tree: Record<string, Record<string, (args?: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    const [namespace, fn] = splitMethodName(method);
    (tree[namespace] ??= {})[fn] = (args) => call(transport, method, args);
  }
  return tree as unknown as WorkbenchApi;
}

async function call(transport: Transport, method: MethodName, args: unknown): Promise<unknown> {
  let envelope;
  try {
    envelope = await transport(method, args ?? {});
  } catch (error) {
    throw new WorkbenchError('internal', error instanceof Error ? error.message : String(error));
  }
  if (!envelope.ok) throw WorkbenchError.from(envelope.error);
  // Types do not survive a boundary: the result is checked against the contract here too.
  const parsed = contract[method].result.safeParse(envelope.value);
  if (!parsed.success) {
    throw new WorkbenchError('internal', `The result of ${method} did not match the contract: ${parsed.error.issues[0]?.message ?? 'unknown shape'}.`);
  }
  return parsed.data;
}

export type Connection =
  | { kind: 'ready'; mode: 'electron' | 'browser'; workbench: WorkbenchApi }
  /** Browser mode opened without the address printed by `token-workbench serve`. */
  | { kind: 'missing-secret'; reason: 'absent' | 'rejected' };

function electronBridge(): WorkbenchBridge | undefined {
  const candidate = (window as unknown as { workbench?: unknown }).workbench;
  return typeof candidate === 'object' && candidate !== null ? (candidate as WorkbenchBridge) : undefined;
}

/**
 * Picks the transport once, at load. `onSecretRejected` lets the app replace itself with the
 * explanation page when the host stops accepting the secret (e.g. it was restarted).
 */
export function connectWorkbench(onSecretRejected: () => void): Connection {
  const bridge = electronBridge();
  if (bridge !== undefined) return { kind: 'ready', mode: 'electron', workbench: createWorkbenchClient(bridgeTransport(bridge)) };

  const secret = takeSecretFromAddress();
  if (secret === null) return { kind: 'missing-secret', reason: 'absent' };
  const transport = httpTransport({
    origin: window.location.origin,
    secret,
    onSecretRejected: () => {
      forgetSecret();
      onSecretRejected();
    },
  });
  return { kind: 'ready', mode: 'browser', workbench: createWorkbenchClient(transport) };
}

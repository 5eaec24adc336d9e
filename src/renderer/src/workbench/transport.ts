import type { WorkbenchBridge } from '../../../shared/contract/contract';
import { rpcPath, splitMethodName, type MethodName } from '../../../shared/contract/methods';
import { isWorkbenchErrorData, WorkbenchError, type Envelope } from '../../../shared/errors';

/** How one contract call reaches the back end; the client on top turns envelopes into results. */
export type Transport = (method: MethodName, args: unknown) => Promise<Envelope<unknown>>;

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return 'value' in v;
  return v.ok === false && isWorkbenchErrorData(v.error);
}

function failure(code: WorkbenchError['code'], message: string): Envelope<unknown> {
  return { ok: false, error: { code, message } };
}

/** Electron: the preload's `window.workbench`, one function per method, already returning envelopes. */
export function bridgeTransport(bridge: WorkbenchBridge): Transport {
  return async (method, args) => {
    const [namespace, fn] = splitMethodName(method);
    const call = (bridge as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>> | undefined>)[namespace]?.[fn];
    if (typeof call !== 'function') {
      return failure('internal', `The desktop app does not offer "${method}". The preload and the renderer are out of step.`);
    }
    const envelope = await call(args);
    return isEnvelope(envelope) ? envelope : failure('internal', `The desktop app answered "${method}" with something that is not a result.`);
  };
}

export interface HttpTransportOptions {
  /** e.g. `http://127.0.0.1:4455`; RPC calls only ever go to the origin that served the page. */
  origin: string;
  secret: string;
  /** Called when the host says the secret is not (or no longer) valid, e.g. after a restart. */
  onSecretRejected?: () => void;
}

// A restarted host has a new secret, so the way back is its new address, not a reload.
const UNREACHABLE =
  'The workbench host cannot be reached. "token-workbench serve" must be running: start it again and open the address it prints.';

/** Browser mode: `POST {origin}/rpc/{method}`; every answer, success or failure, is an envelope. */
export function httpTransport({ origin, secret, onSecretRejected }: HttpTransportOptions): Transport {
  return async (method, args) => {
    let response: Response;
    try {
      response = await fetch(origin + rpcPath(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workbench-Secret': secret },
        body: JSON.stringify(args ?? {}),
        // The secret header is all the host needs; nothing else should ride along.
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return failure('internal', UNREACHABLE);
    }

    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure('internal', `The workbench host answered ${method} with HTTP ${response.status} and no readable result.`);
    }
    if (!isEnvelope(body)) {
      return failure('internal', `The workbench host answered ${method} with HTTP ${response.status} and no readable result.`);
    }
    // The host refuses a missing or stale secret (a restarted host has a new one) with this code.
    if (!body.ok && body.error.code === 'unauthorized') {
      onSecretRejected?.();
      return failure('unauthorized', 'The workbench host did not accept this page’s secret. Open the address that "token-workbench serve" printed.');
    }
    return body;
  };
}

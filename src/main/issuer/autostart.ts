import type { WorkbenchService } from '../../shared/contract/contract';
import { invoke } from '../dispatch';

/**
 * "Start with the app": the desktop app and the web host call this once at launch. A failure (the
 * port is taken) is returned for the caller to report; the app itself still starts.
 */
export async function startIssuerIfWanted(service: WorkbenchService): Promise<string | undefined> {
  const { settings } = await invoke(service, 'issuer.status', {});
  if (!settings.startWithApp) return undefined;
  try {
    const status = await invoke(service, 'issuer.start', {
      port: settings.port,
      host: settings.host,
      tenant: settings.tenantId ?? undefined,
      // The user confirmed the address when they chose it.
      allowNetworkAccess: true,
    });
    return `Local issuer running at ${status.urls?.issuer ?? ''}`;
  } catch (error) {
    return `The local issuer could not start: ${(error as Error).message}`;
  }
}

import { WorkbenchError } from '../../shared/errors';
import { findTenant } from '../domain/tenants';
import { DEFAULT_ISSUER_SETTINGS, type IssuerSettings } from '../storage/workspace-schema';
import { Workspace } from '../workspace';
import { RequestLog, type IssuerLogEntry } from './request-log';
import { startIssuer, type RunningIssuer } from './server';

/** Addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface IssuerStatus {
  running: boolean;
  settings: IssuerSettings;
  /** Present while running. */
  urls?: { issuer: string; token: string; jwks: string; discovery: string; introspection: string };
  tenant?: { id: string; domain: string };
}

export interface StartIssuerArgs {
  port?: number | undefined;
  host?: string | undefined;
  /** Tenant id or domain; the current tenant when absent. */
  tenant?: string | undefined;
  startWithApp?: boolean | undefined;
  /** Required for an address other networks can reach: anyone there could get tokens. */
  allowNetworkAccess?: boolean | undefined;
}

/**
 * The one local issuer of an app (desktop, web host): started and stopped from the Local Issuer page,
 * its settings remembered in the workspace. The log survives restarts of the issuer.
 */
export class IssuerManager {
  private running: RunningIssuer | undefined;
  readonly log = new RequestLog();

  constructor(private readonly workspace: Workspace) {}

  settings(): IssuerSettings {
    return this.workspace.read().settings?.issuer ?? DEFAULT_ISSUER_SETTINGS;
  }

  /** The issuer URL tokens carry for a tenant: the running server's when it serves that tenant. */
  issuerFor(tenantId: string): string | undefined {
    return this.running?.tenantId === tenantId ? this.running.issuer : undefined;
  }

  status(): IssuerStatus {
    const settings = this.settings();
    if (this.running === undefined) return { running: false, settings };
    const issuer = this.running.issuer;
    const tenant = this.workspace.read().tenants.find((t) => t.id === this.running?.tenantId);
    return {
      running: true,
      settings,
      urls: {
        issuer,
        token: `${issuer}oauth/token`,
        jwks: `${issuer}.well-known/jwks.json`,
        discovery: `${issuer}.well-known/openid-configuration`,
        introspection: `${issuer}oauth/introspect`,
      },
      ...(tenant === undefined ? {} : { tenant: { id: tenant.id, domain: tenant.domain } }),
    };
  }

  async start(args: StartIssuerArgs): Promise<IssuerStatus> {
    const previous = this.settings();
    const host = args.host ?? previous.host;
    const port = args.port ?? previous.port;
    if (!isLoopback(host) && args.allowNetworkAccess !== true) {
      throw new WorkbenchError(
        'invalid_body',
        `Listening on ${host} lets anyone who can reach this machine on the network get tokens for your APIs. Confirm that you want this (the warning on the Local Issuer page, --allow-network on the command line), or use 127.0.0.1.`,
        'host',
      );
    }
    const document = this.workspace.read();
    const tenant =
      args.tenant === undefined ? Workspace.currentTenant(document) : findTenant(document, args.tenant);
    await this.stop();
    this.running = await startIssuer({
      workspace: this.workspace,
      tenantId: tenant.id,
      host,
      port,
      log: this.log,
    });
    this.workspace.update((draft) => {
      draft.settings.issuer = {
        port,
        host,
        tenantId: args.tenant === undefined ? null : tenant.id,
        startWithApp: args.startWithApp ?? previous.startWithApp,
      };
    });
    return this.status();
  }

  async stop(): Promise<IssuerStatus> {
    const running = this.running;
    this.running = undefined;
    await running?.close();
    return this.status();
  }

  /** Remembers "start with the app" without starting or stopping anything. */
  setStartWithApp(startWithApp: boolean): IssuerStatus {
    this.workspace.update((draft) => {
      draft.settings.issuer.startWithApp = startWithApp;
    });
    return this.status();
  }

  /** Called by the desktop app and the web host when they start. */
  async startIfWanted(): Promise<void> {
    const settings = this.settings();
    if (!settings.startWithApp) return;
    await this.start({
      port: settings.port,
      host: settings.host,
      tenant: settings.tenantId ?? undefined,
      allowNetworkAccess: !isLoopback(settings.host),
    });
  }

  recentRequests(): IssuerLogEntry[] {
    return this.log.list();
  }
}

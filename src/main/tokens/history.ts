import { TOKEN_HISTORY_LIMIT } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';

export interface MintedTokenEntry {
  time: string;
  audience: string;
  client_id: string;
  application: string;
  token: string;
}

/** Keeps the last 50 minted tokens of the current tenant, when the user turned history on. */
export function recordMintedToken(workspace: Workspace, entry: MintedTokenEntry, tenant = workspace.tenant()): void {
  if (!tenant.token_history_enabled) return;
  workspace.updateCurrentTenant((tenant) => {
    tenant.token_history = [entry, ...tenant.token_history].slice(0, TOKEN_HISTORY_LIMIT);
  });
}

export function tokenHistory(workspace: Workspace): { enabled: boolean; entries: MintedTokenEntry[] } {
  const tenant = workspace.tenant();
  return { enabled: tenant.token_history_enabled, entries: tenant.token_history };
}

export function setHistoryEnabled(workspace: Workspace, enabled: boolean): { enabled: boolean; entries: MintedTokenEntry[] } {
  workspace.updateCurrentTenant((tenant) => {
    tenant.token_history_enabled = enabled;
    // Turning history off forgets what was kept.
    if (!enabled) tenant.token_history = [];
  });
  return tokenHistory(workspace);
}

export function clearHistory(workspace: Workspace): { enabled: boolean; entries: MintedTokenEntry[] } {
  workspace.updateCurrentTenant((tenant) => {
    tenant.token_history = [];
  });
  return tokenHistory(workspace);
}

import { WorkbenchError } from '../../shared/errors';
import type { Workspace } from '../workspace';
import { findApi } from './apis';
import { newId } from './ids';
import { secretRef } from './secret-refs';

function hs256Api(workspace: Workspace, ref: string) {
  const tenant = workspace.tenant();
  const api = findApi(tenant, ref);
  if (api.signing_alg !== 'HS256') {
    throw new WorkbenchError('invalid_body', `${api.identifier} signs with ${api.signing_alg}: it has no signing secret.`, 'api');
  }
  return { tenant, api };
}

/** The only way an API's HS256 secret leaves the main process: an explicit call. */
export function revealSigningSecret(workspace: Workspace, args: { api: string }): { identifier: string; signing_secret: string } {
  const { tenant, api } = hs256Api(workspace, args.api);
  let secret = workspace.vault.get(secretRef.apiSigningSecret(tenant.id, api.id));
  if (secret === undefined) {
    // Imported or recovered APIs may lack one: make it now rather than fail.
    secret = newId.signingSecret();
    workspace.vault.set(secretRef.apiSigningSecret(tenant.id, api.id), secret);
  }
  return { identifier: api.identifier, signing_secret: secret };
}

/** Tokens signed with the old secret stop verifying at once. */
export function rotateSigningSecret(workspace: Workspace, args: { api: string }): { identifier: string; signing_secret: string } {
  const { tenant, api } = hs256Api(workspace, args.api);
  const secret = newId.signingSecret();
  workspace.vault.set(secretRef.apiSigningSecret(tenant.id, api.id), secret);
  return { identifier: api.identifier, signing_secret: secret };
}

/**
 * bench/workspace: a tenant with 1,000 APIs of 50 scopes each and 1,000 applications, in a temporary
 * folder. Prints load, save and filter times, each against a plain JSON.parse + JSON.stringify of
 * the same file measured in the same run (the least any JSON store can do).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { invoke } from '../src/main/dispatch';
import { createWorkbenchService } from '../src/main/service';
import { openWorkspace } from '../src/main/workspace';
import { measure, printRow } from './harness';

const API_COUNT = 1000;
const SCOPES_PER_API = 50;
const APP_COUNT = 1000;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-bench-workspace-'));
  try {
    const workspace = openWorkspace({ dataDir });
    const service = createWorkbenchService(workspace, { appVersion: 'bench' });
    const now = new Date().toISOString();
    workspace.updateCurrentTenant((tenant) => {
      for (let i = 0; i < API_COUNT; i += 1) {
        tenant.apis.push({
          id: i.toString(16).padStart(24, '0'),
          name: `API ${i}`,
          identifier: `https://api-${i}.example.com`,
          signing_alg: 'RS256',
          token_lifetime: 86400,
          token_lifetime_for_web: 7200,
          allow_offline_access: false,
          skip_consent_for_verifiable_first_party_clients: false,
          enforce_policies: false,
          token_dialect: 'access_token',
          scopes: Array.from({ length: SCOPES_PER_API }, (_, s) => ({ value: `scope:${s}:${i}`, description: `Scope ${s} of API ${i}` })),
          created_at: now,
          updated_at: now,
        });
      }
      for (let i = 0; i < APP_COUNT; i += 1) {
        tenant.applications.push({ client_id: `client${i}`.padEnd(32, 'x'), name: `App ${i}`, app_type: 'non_interactive', grant_types: ['client_credentials'], created_at: now });
        tenant.client_grants.push({ id: `cgr_${i}`.padEnd(20, 'x'), client_id: `client${i}`.padEnd(32, 'x'), audience: `https://api-${i}.example.com`, scope: ['scope:1:' + i] });
      }
    });
    const file = path.join(dataDir, 'workspace.json');
    const size = fs.statSync(file).size;
    console.log(`workspace.json: ${(size / 1024 / 1024).toFixed(1)} MiB, ${API_COUNT} APIs x ${SCOPES_PER_API} scopes, ${APP_COUNT} applications`);

    const baseline = await measure(() => JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))));
    printRow('baseline: JSON.parse + JSON.stringify', baseline);

    const load = await measure(async () => {
      const fresh = createWorkbenchService(openWorkspace({ dataDir }), { appVersion: 'bench' });
      await invoke(fresh, 'apis.list', {});
    });
    printRow('load: open the workspace and list APIs', load, baseline);

    const list = await measure(() => invoke(service, 'apis.list', {}));
    printRow('list APIs (file unchanged since last read)', list, baseline);

    let n = 0;
    const save = await measure(() => invoke(service, 'scopes.add', { api: 'https://api-7.example.com', value: `bench:${(n += 1)}` }));
    printRow('save: add one scope (read-modify-write)', save, baseline);

    const apis = await invoke(service, 'apis.list', {});
    const filter = await measure(() => apis.filter((a) => a.name.includes('99') || a.identifier.includes('99')), 300);
    printRow('filter 1,000 APIs as you type', filter, baseline);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();

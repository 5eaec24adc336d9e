import type { StoredApplication } from '../storage/workspace-schema';
import { newId } from './ids';

/** Machine-to-machine and regular web applications may use client credentials (DOMAIN.md §3). */
export function defaultGrantTypes(appType: StoredApplication['app_type']): string[] {
  switch (appType) {
    case 'non_interactive':
      return ['client_credentials'];
    case 'regular_web':
      return ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'];
    case 'spa':
      return ['authorization_code', 'implicit', 'refresh_token'];
    case 'native':
      return ['authorization_code', 'implicit', 'refresh_token'];
  }
}

/** "{API name} (Test Application)": made with every API, already authorized for it (DOMAIN.md §2). */
export function newTestApplication(apiName: string, now: string): StoredApplication {
  return {
    client_id: newId.clientId(),
    name: `${apiName} (Test Application)`,
    app_type: 'non_interactive',
    grant_types: defaultGrantTypes('non_interactive'),
    created_at: now,
  };
}

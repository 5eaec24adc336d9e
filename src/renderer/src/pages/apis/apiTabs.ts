import { useOutletContext } from 'react-router';
import type { Api } from '../../../../shared/domain/api';

/** The API page's tabs, in the dashboard's order; `path` is the last segment of `/apis/:apiId/…`. */
export const API_TABS = [
  { path: 'quick-start', label: 'Quick Start' },
  { path: 'settings', label: 'Settings' },
  { path: 'scopes', label: 'Scopes' },
  { path: 'machine-to-machine', label: 'Machine to Machine Applications' },
  { path: 'test', label: 'Test' },
] as const;
export type ApiTabPath = (typeof API_TABS)[number]['path'];

export function apiTabUrl(apiId: string, tab: ApiTabPath): string {
  return `/apis/${apiId}/${tab}`;
}

export interface ApiOutletContext {
  api: Api;
}

/** Every tab works on the API its page loaded. */
export function useApiOutlet(): ApiOutletContext {
  return useOutletContext<ApiOutletContext>();
}

import { IconApi, IconApps, IconBug, IconKey, IconServer2, IconSettings, type Icon } from '@tabler/icons-react';

export interface NavigationEntry {
  label: string;
  path: string;
  icon: Icon;
}

/** The left navigation, in order; the router (routes.tsx) serves the same paths. */
export const NAVIGATION: readonly NavigationEntry[] = [
  { label: 'APIs', path: '/apis', icon: IconApi },
  { label: 'Applications', path: '/applications', icon: IconApps },
  { label: 'Signing Keys', path: '/signing-keys', icon: IconKey },
  { label: 'Debugger', path: '/debugger', icon: IconBug },
  { label: 'Local Issuer', path: '/local-issuer', icon: IconServer2 },
  { label: 'Settings', path: '/settings', icon: IconSettings },
];

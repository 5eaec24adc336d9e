import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { ApiPage } from './pages/apis/ApiPage';
import { ApisPage } from './pages/apis/ApisPage';
import { MachineToMachineTab } from './pages/apis/machine-to-machine/MachineToMachineTab';
import { QuickStartTab } from './pages/apis/quick-start/QuickStartTab';
import { ScopesTab } from './pages/apis/scopes/ScopesTab';
import { SettingsTab } from './pages/apis/settings/SettingsTab';
import { TestTab } from './pages/apis/test/TestTab';
import { ApplicationPage } from './pages/applications/ApplicationPage';
import { ApplicationsPage } from './pages/applications/ApplicationsPage';
import { NotFoundPage } from './pages/later/NotFoundPage';
import { SettingsPage } from './pages/settings/SettingsPage';
import { LocalIssuerPage } from './pages/local-issuer/LocalIssuerPage';
import { SigningKeysPage } from './pages/signing-keys/SigningKeysPage';

/** Paths match layout/navigation.ts. Hash routing: the files load from disk or any origin unchanged. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/apis" replace /> },
      { path: 'apis', element: <ApisPage /> },
      {
        // Each tab is an address (pages/apis/apiTabs.ts), so tabs survive reloads and links.
        path: 'apis/:apiId',
        element: <ApiPage />,
        children: [
          { index: true, element: null },
          { path: 'quick-start', element: <QuickStartTab /> },
          { path: 'settings', element: <SettingsTab /> },
          { path: 'scopes', element: <ScopesTab /> },
          { path: 'machine-to-machine', element: <MachineToMachineTab /> },
          { path: 'test', element: <TestTab /> },
        ],
      },
      { path: 'applications', element: <ApplicationsPage /> },
      { path: 'applications/:clientId', element: <ApplicationPage /> },
      { path: 'signing-keys', element: <SigningKeysPage /> },
      // Loaded on first visit (the shell stays on screen meanwhile): the Debugger brings its own highlighter and decoder.
      {
        path: 'debugger',
        HydrateFallback: () => null,
        lazy: async () => ({ Component: (await import('./pages/debugger/DebuggerPage')).DebuggerPage }),
      },
      { path: 'local-issuer', element: <LocalIssuerPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

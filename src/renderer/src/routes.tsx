import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { ApisPage } from './pages/apis/ApisPage';
import { LaterPage } from './pages/later/LaterPage';
import { NotFoundPage } from './pages/later/NotFoundPage';
import { SettingsPage } from './pages/settings/SettingsPage';

/** Paths match layout/navigation.ts. Hash routing: the files load from disk or any origin unchanged. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/apis" replace /> },
      { path: 'apis', element: <ApisPage /> },
      { path: 'applications', element: <LaterPage title="Applications" /> },
      { path: 'signing-keys', element: <LaterPage title="Signing Keys" /> },
      { path: 'debugger', element: <LaterPage title="Debugger" /> },
      { path: 'local-issuer', element: <LaterPage title="Local Issuer" /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

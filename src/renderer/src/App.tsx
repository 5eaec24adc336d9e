import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import type { WorkbenchApi } from '../../shared/contract/contract';
import { MissingSecretPage } from './pages/missing-secret/MissingSecretPage';
import { routes } from './routes';
import { theme } from './theme';
import { WorkbenchProvider } from './workbench/context';
import type { Connection } from './workbench/client';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The back end is local and fast; a refetch on focus picks up changes made from the CLI.
        staleTime: 5_000,
        // A local call that failed will fail again; say so at once rather than after retries.
        retry: false,
      },
      mutations: { retry: false },
    },
  });
}

function Workbench({ workbench }: { workbench: WorkbenchApi }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createHashRouter(routes));
  return (
    <WorkbenchProvider workbench={workbench}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </WorkbenchProvider>
  );
}

function Providers({ children }: { children: ReactNode }) {
  return (
    // "auto" follows the OS setting, live.
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      {children}
    </MantineProvider>
  );
}

export function App({ connection }: { connection: Connection }) {
  return (
    <Providers>
      {connection.kind === 'ready' ? (
        <Workbench workbench={connection.workbench} />
      ) : (
        <MissingSecretPage reason={connection.reason} />
      )}
    </Providers>
  );
}

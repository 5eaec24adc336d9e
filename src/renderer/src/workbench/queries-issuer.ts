import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IssuerStatus, MethodArgs } from '../../../shared/contract/contract';
import type { WorkbenchError } from '../../../shared/errors';
import { useWorkbench } from './context';

/** The local issuer belongs to the app, not to a tenant: its keys are outside `['tenant']`. */
export const issuerQueryKeys = {
  all: ['issuer'] as const,
  status: ['issuer', 'status'] as const,
  requests: ['issuer', 'requests'] as const,
};

/** How often the live log asks for new requests while the page is visible. */
const LOG_POLL_MS = 1_500;

export function useIssuerStatus() {
  const workbench = useWorkbench();
  return useQuery({ queryKey: issuerQueryKeys.status, queryFn: () => workbench.issuer.status({}) });
}

/**
 * The last 200 requests, polled while `enabled` (the issuer runs and its page is shown). Polling
 * pauses while the window is hidden (TanStack Query's default) and stops when the page unmounts.
 */
export function useIssuerRequests(enabled: boolean) {
  const workbench = useWorkbench();
  return useQuery({
    queryKey: issuerQueryKeys.requests,
    queryFn: () => workbench.issuer.requests({}),
    enabled,
    refetchInterval: enabled ? LOG_POLL_MS : false,
    refetchIntervalInBackground: false,
    staleTime: 0,
  });
}

function useIssuerMutation<A>(call: (args: A) => Promise<IssuerStatus>) {
  const queryClient = useQueryClient();
  return useMutation<IssuerStatus, WorkbenchError, A>({
    mutationFn: call,
    onSuccess: (status) => {
      queryClient.setQueryData(issuerQueryKeys.status, status);
      // Quick Start snippets and the Test tab show the running issuer's URLs.
      return queryClient.invalidateQueries({ queryKey: ['tenant'] });
    },
    // A failed restart has already stopped the old server: show what runs now.
    onError: () => queryClient.invalidateQueries({ queryKey: issuerQueryKeys.status }),
  });
}

export function useStartIssuer() {
  const workbench = useWorkbench();
  return useIssuerMutation<MethodArgs<'issuer.start'>>((args) => workbench.issuer.start(args));
}

export function useStopIssuer() {
  const workbench = useWorkbench();
  return useIssuerMutation<void>(() => workbench.issuer.stop({}));
}

export function useSetIssuerStartWithApp() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  return useMutation<IssuerStatus, WorkbenchError, { startWithApp: boolean }>({
    mutationFn: (args) => workbench.issuer.setStartWithApp(args),
    onSuccess: (status) => queryClient.setQueryData(issuerQueryKeys.status, status),
  });
}

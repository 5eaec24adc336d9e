import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodArgs, MethodResult, MintResult } from '../../../shared/contract/contract';
import type { WorkbenchError } from '../../../shared/errors';
import { useWorkbench } from './context';
import { useCurrentTenant } from './queries';

export type TokenHistory = MethodResult<'tokens.history'>;

/** History is tenant data (under `['tenant', id]`), so a tenant switch refetches it with the rest. */
export const tokenQueryKeys = {
  history: (tenantId: string | undefined) => ['tenant', tenantId, 'tokens', 'history'] as const,
};

export function useTokenHistory() {
  const workbench = useWorkbench();
  const tenantId = useCurrentTenant().data?.id;
  return useQuery({
    queryKey: tokenQueryKeys.history(tenantId),
    queryFn: () => workbench.tokens.history({}),
    enabled: tenantId !== undefined,
  });
}

/** The history methods answer with the history as it is now: show that, no refetch needed. */
function useHistoryMutation<A>(call: (args: A) => Promise<TokenHistory>) {
  const queryClient = useQueryClient();
  const tenantId = useCurrentTenant().data?.id;
  return useMutation<TokenHistory, WorkbenchError, A>({
    mutationFn: call,
    onSuccess: (history) => queryClient.setQueryData(tokenQueryKeys.history(tenantId), history),
  });
}

export function useSetTokenHistoryEnabled() {
  const workbench = useWorkbench();
  return useHistoryMutation<{ enabled: boolean }>((args) => workbench.tokens.setHistoryEnabled(args));
}

export function useClearTokenHistory() {
  const workbench = useWorkbench();
  return useHistoryMutation<void>(() => workbench.tokens.clearHistory({}));
}

/**
 * Minting is a mutation: each click is a new token, never a cached one. A refusal is a result
 * (the token endpoint's answer), not an error; errors are bad input, with `field` set.
 */
export function useMintToken() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useCurrentTenant().data?.id;
  return useMutation<MintResult, WorkbenchError, MethodArgs<'tokens.mint'>>({
    mutationFn: (args) => workbench.tokens.mint(args),
    onSuccess: (result) =>
      result.outcome === 'issued'
        ? queryClient.invalidateQueries({ queryKey: tokenQueryKeys.history(tenantId) })
        : undefined,
  });
}

/**
 * HS256 signing secrets, like client secrets, are answers to an explicit click and never cached:
 * the value lives only in the component that asked for it.
 */
export function useRevealSigningSecret() {
  const workbench = useWorkbench();
  return useMutation<MethodResult<'apis.revealSigningSecret'>, WorkbenchError, { api: string }>({
    mutationFn: (args) => workbench.apis.revealSigningSecret(args),
  });
}

export function useRotateSigningSecret() {
  const workbench = useWorkbench();
  return useMutation<MethodResult<'apis.rotateSigningSecret'>, WorkbenchError, { api: string }>({
    mutationFn: (args) => workbench.apis.rotateSigningSecret(args),
  });
}

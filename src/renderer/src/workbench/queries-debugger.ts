import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { MethodArgs, MethodResult } from '../../../shared/contract/contract';
import type { WorkbenchError } from '../../../shared/errors';
import { useWorkbench } from './context';
import { useCurrentTenant } from './queries';

export type VerifyArgs = MethodArgs<'debugger.verify'>;
export type DecryptArgs = MethodArgs<'debugger.decrypt'>;
export type SignArgs = MethodArgs<'tokens.sign'>;
export type SignResult = MethodResult<'tokens.sign'>;
export type JwksFetchResult = MethodResult<'debugger.fetchJwks'>;
export type DiscoveryResult = MethodResult<'debugger.discover'>;

/**
 * The Debugger's calls. Verifying, decrypting and signing are computations of their arguments, so
 * they are queries keyed by those arguments: a late answer for arguments the user has already
 * changed is never shown, and the previous answer stays on screen (marked as such) until the new
 * one arrives. Keys and secrets only live in this in-memory cache; nothing is persisted.
 */
const debuggerKeys = {
  verify: (args: VerifyArgs | null, version: number) => ['debugger', 'verify', version, args] as const,
  decrypt: (args: DecryptArgs | null) => ['debugger', 'decrypt', args] as const,
  sign: (args: SignArgs | null) => ['debugger', 'sign', args] as const,
  // Shared with the Signing Keys page's hooks, so its rotations and imports refresh these lists.
  signingKeys: (tenantId: string | undefined) => ['tenant', tenantId, 'signing-keys'] as const,
  library: ['key-library'] as const,
};

const computation = {
  placeholderData: keepPreviousData,
  staleTime: 0,
  // Secrets in arguments should not linger in memory once the user has moved on.
  gcTime: 10_000,
} as const;

/**
 * `version` changes when a JWKS was fetched or an issuer discovered: the same arguments then
 * resolve to other keys in the main process, so the answer must be asked for again.
 */
export function useVerifyToken(args: VerifyArgs | null, version = 0) {
  const workbench = useWorkbench();
  return useQuery<MethodResult<'debugger.verify'>, WorkbenchError>({
    queryKey: debuggerKeys.verify(args, version),
    queryFn: () => workbench.debugger.verify(args!),
    enabled: args !== null,
    ...computation,
  });
}

export function useDecryptToken(args: DecryptArgs | null) {
  const workbench = useWorkbench();
  return useQuery<MethodResult<'debugger.decrypt'>, WorkbenchError>({
    queryKey: debuggerKeys.decrypt(args),
    queryFn: () => workbench.debugger.decrypt(args!),
    enabled: args !== null,
    ...computation,
    // Decrypting the same token twice gives the same answer: no refetch on focus.
    refetchOnWindowFocus: false,
  });
}

export function useSignToken(args: SignArgs | null) {
  const workbench = useWorkbench();
  return useQuery<SignResult, WorkbenchError>({
    queryKey: debuggerKeys.sign(args),
    queryFn: () => workbench.tokens.sign(args!),
    enabled: args !== null,
    ...computation,
    // A refetch would re-sign (new signature for PS/ES): keep the token the user is looking at.
    refetchOnWindowFocus: false,
  });
}

/** Fetching happens only on an explicit click, hence mutations rather than queries. */
export function useFetchJwks() {
  const workbench = useWorkbench();
  return useMutation<JwksFetchResult, WorkbenchError, string>({
    mutationFn: (url) => workbench.debugger.fetchJwks({ url }),
  });
}

export function useDiscoverIssuer() {
  const workbench = useWorkbench();
  return useMutation<DiscoveryResult, WorkbenchError, string>({
    mutationFn: (issuer) => workbench.debugger.discover({ issuer }),
  });
}

/** The current tenant's signing keys (the encoder offers the ones that still sign). */
export function useTenantSigningKeys() {
  const workbench = useWorkbench();
  const tenantId = useCurrentTenant().data?.id;
  return useQuery({
    queryKey: debuggerKeys.signingKeys(tenantId),
    queryFn: () => workbench.keys.list({}),
    enabled: tenantId !== undefined,
  });
}

export function useLibraryKeys() {
  const workbench = useWorkbench();
  return useQuery({ queryKey: debuggerKeys.library, queryFn: () => workbench.library.list({}) });
}

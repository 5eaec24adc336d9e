import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodArgs, MethodResult } from '../../../shared/contract/contract';
import type {
  CertificateExportFormat,
  ExportedFile,
  KeyChangeAction,
  KeyChangePreview,
  KeyChangeResult,
  LibraryKeyView,
} from '../../../shared/domain/keys';
import type { WorkbenchError } from '../../../shared/errors';
import { useWorkbench } from './context';
import { useCurrentTenant } from './queries';

/**
 * Tenant signing keys are keyed by tenant id (like everything in queries.ts, under the same
 * `['tenant']` prefix, so a tenant switch refetches them). The key library belongs to the
 * workspace, not to a tenant.
 */
export const keyQueryKeys = {
  signingKeys: (tenantId: string | undefined) => ['tenant', tenantId, 'signing-keys'] as const,
  jwks: (tenantId: string | undefined) => ['tenant', tenantId, 'signing-keys', 'jwks'] as const,
  library: ['key-library'] as const,
};

function useTenantId(): string | undefined {
  return useCurrentTenant().data?.id;
}

export function useSigningKeys() {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: keyQueryKeys.signingKeys(tenantId),
    queryFn: () => workbench.keys.list({}),
    enabled: tenantId !== undefined,
  });
}

export function useTenantJwks() {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: keyQueryKeys.jwks(tenantId),
    queryFn: () => workbench.keys.jwks({}),
    enabled: tenantId !== undefined,
  });
}

/**
 * The preview is read each time a dialog opens (never from cache): the dialog must describe the
 * keys as they are now, and its `becomes_current` is what the change is then checked against.
 */
export function useKeyChangePreview(action: KeyChangeAction | null) {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery<KeyChangePreview, WorkbenchError>({
    // Outside the 'signing-keys' prefix: a finished change must not redraw the dialog it closes.
    queryKey: ['tenant', tenantId, 'signing-key-preview', action],
    queryFn: () => workbench.keys.preview({ action: action! }),
    enabled: tenantId !== undefined && action !== null,
    staleTime: 0,
    gcTime: 0,
    // The dialog keeps describing what the user read; a change in between surfaces as a conflict.
    refetchOnWindowFocus: false,
  });
}

export interface KeyChangeArgs {
  action: KeyChangeAction;
  /** The current key the dialog showed; a rotation refuses if it is no longer current. */
  expectCurrentKid: string;
  /** For revoke: the previous key the dialog named. */
  kid?: string;
}

/** Rotate, Revoke and Rotate & Revoke: one mutation, so the dialog handles all three alike. */
export function useKeyChange() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return useMutation<KeyChangeResult, WorkbenchError, KeyChangeArgs>({
    mutationFn: ({ action, expectCurrentKid, kid }) => {
      switch (action) {
        case 'rotate':
          return workbench.keys.rotate({ expectCurrentKid });
        case 'rotate-and-revoke':
          return workbench.keys.rotateAndRevoke({ expectCurrentKid });
        case 'revoke':
          return workbench.keys.revoke(kid === undefined ? {} : { kid });
      }
    },
    // Refreshed after a refusal too: a conflict means the keys changed under the dialog.
    onSettled: () => queryClient.invalidateQueries({ queryKey: keyQueryKeys.signingKeys(tenantId) }),
  });
}

/** A download: asked for on click, never cached. */
export function useExportSigningKey() {
  const workbench = useWorkbench();
  return useMutation<ExportedFile, WorkbenchError, { kid: string; format: CertificateExportFormat }>({
    mutationFn: (args) => workbench.keys.export(args),
  });
}

// ---- Key library ----

export function useLibraryKeys() {
  const workbench = useWorkbench();
  return useQuery({ queryKey: keyQueryKeys.library, queryFn: () => workbench.library.list({}) });
}

function useLibraryMutation<A, R>(call: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation<R, WorkbenchError, A>({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyQueryKeys.library }),
  });
}

export function useGenerateLibraryKey() {
  const workbench = useWorkbench();
  return useLibraryMutation<MethodArgs<'library.generate'>, LibraryKeyView>((args) => workbench.library.generate(args));
}

export function useImportLibraryKey() {
  const workbench = useWorkbench();
  return useLibraryMutation<MethodArgs<'library.import'>, LibraryKeyView>((args) => workbench.library.import(args));
}

export function useUpdateLibraryKey() {
  const workbench = useWorkbench();
  return useLibraryMutation<MethodArgs<'library.update'>, LibraryKeyView>((args) => workbench.library.update(args));
}

export function useDeleteLibraryKey() {
  const workbench = useWorkbench();
  return useLibraryMutation<MethodArgs<'library.delete'>, MethodResult<'library.delete'>>((args) =>
    workbench.library.delete(args),
  );
}

export function useExportLibraryKey() {
  const workbench = useWorkbench();
  return useMutation<ExportedFile, WorkbenchError, { id: string; format: CertificateExportFormat }>({
    mutationFn: (args) => workbench.library.export(args),
  });
}

export function useExportPrivateLibraryKey() {
  const workbench = useWorkbench();
  return useMutation<MethodResult<'library.exportPrivate'>, WorkbenchError, MethodArgs<'library.exportPrivate'>>({
    mutationFn: (args) => workbench.library.exportPrivate(args),
  });
}

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodArgs } from '../../../shared/contract/contract';
import type { Tenant } from '../../../shared/domain/tenant';
import type { WorkbenchError } from '../../../shared/errors';
import { useWorkbench } from './context';

/**
 * Query keys. Tenant-scoped data is keyed by the tenant's id, so that after a switch no page ever
 * shows the previous tenant's APIs under the new tenant's name, even for one frame.
 */
export const queryKeys = {
  status: ['workspace', 'status'] as const,
  tenants: ['tenants'] as const,
  tenantList: ['tenants', 'list'] as const,
  currentTenant: ['tenants', 'current'] as const,
  tenantData: ['tenant'] as const,
  apis: (tenantId: string | undefined) => ['tenant', tenantId, 'apis'] as const,
};

/** Everything may change when the current tenant changes (or is deleted): refetch all of it. */
async function afterTenantSwitch(queryClient: QueryClient, current?: Tenant): Promise<void> {
  if (current !== undefined) queryClient.setQueryData(queryKeys.currentTenant, current);
  await queryClient.invalidateQueries();
}

export function useWorkspaceStatus() {
  const workbench = useWorkbench();
  return useQuery({ queryKey: queryKeys.status, queryFn: () => workbench.workspace.status({}) });
}

export function useTenants() {
  const workbench = useWorkbench();
  return useQuery({ queryKey: queryKeys.tenantList, queryFn: () => workbench.tenants.list({}) });
}

export function useCurrentTenant() {
  const workbench = useWorkbench();
  return useQuery({ queryKey: queryKeys.currentTenant, queryFn: () => workbench.tenants.current({}) });
}

export function useApis() {
  const workbench = useWorkbench();
  const tenantId = useCurrentTenant().data?.id;
  return useQuery({
    queryKey: queryKeys.apis(tenantId),
    queryFn: () => workbench.apis.list({}),
    enabled: tenantId !== undefined,
  });
}

export function useCreateApi() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  return useMutation<Awaited<ReturnType<typeof workbench.apis.create>>, WorkbenchError, MethodArgs<'apis.create'>>({
    mutationFn: (args) => workbench.apis.create(args),
    // Creating an API also creates its test application: refresh everything in the tenant.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tenantData }),
  });
}

export function useCreateTenant() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  return useMutation<Tenant, WorkbenchError, MethodArgs<'tenants.create'>>({
    mutationFn: (args) => workbench.tenants.create(args),
    onSuccess: (tenant) =>
      tenant.current ? afterTenantSwitch(queryClient, tenant) : queryClient.invalidateQueries({ queryKey: queryKeys.tenants }),
  });
}

export function useRenameTenant() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  return useMutation<Tenant, WorkbenchError, MethodArgs<'tenants.rename'>>({
    mutationFn: (args) => workbench.tenants.rename(args),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.tenants }),
  });
}

export function useSwitchTenant() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  return useMutation<Tenant, WorkbenchError, MethodArgs<'tenants.use'>>({
    mutationFn: (args) => workbench.tenants.use(args),
    onSuccess: (tenant) => afterTenantSwitch(queryClient, tenant),
  });
}

export function useDeleteTenant() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  return useMutation<{ deleted: string }, WorkbenchError, MethodArgs<'tenants.delete'>>({
    mutationFn: (args) => workbench.tenants.delete(args),
    // Deleting the current tenant makes another one current.
    onSuccess: () => afterTenantSwitch(queryClient),
  });
}

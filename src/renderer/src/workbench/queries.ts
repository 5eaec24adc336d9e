import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodArgs, MethodResult } from '../../../shared/contract/contract';
import type { Api } from '../../../shared/domain/api';
import type { Application, ClientGrant } from '../../../shared/domain/application';
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
  /** One API, and under it what belongs to it (its scopes), so one prefix refreshes both. */
  api: (tenantId: string | undefined, apiId: string) => ['tenant', tenantId, 'api', apiId] as const,
  scopes: (tenantId: string | undefined, apiId: string) =>
    ['tenant', tenantId, 'api', apiId, 'scopes'] as const,
  applications: (tenantId: string | undefined) => ['tenant', tenantId, 'applications'] as const,
  application: (tenantId: string | undefined, clientId: string) =>
    ['tenant', tenantId, 'application', clientId] as const,
  grants: (tenantId: string | undefined) => ['tenant', tenantId, 'grants'] as const,
  grantsForApi: (tenantId: string | undefined, apiId: string) =>
    ['tenant', tenantId, 'grants', 'api', apiId] as const,
  grantsForApp: (tenantId: string | undefined, clientId: string) =>
    ['tenant', tenantId, 'grants', 'app', clientId] as const,
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

/** The current tenant's id: every tenant-scoped key includes it. */
function useTenantId(): string | undefined {
  return useCurrentTenant().data?.id;
}

export function useApi(apiId: string) {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: queryKeys.api(tenantId, apiId),
    queryFn: () => workbench.apis.get({ api: apiId }),
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

export function useUpdateApi() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return useMutation<Api, WorkbenchError, MethodArgs<'apis.update'>>({
    mutationFn: (args) => workbench.apis.update(args),
    onSuccess: (api) => {
      // The answer is the saved API: show it at once, without waiting for a refetch.
      queryClient.setQueryData(queryKeys.api(tenantId, api.id), api);
      return queryClient.invalidateQueries({ queryKey: queryKeys.apis(tenantId) });
    },
  });
}

/** Whether a key is the grants list of the one API or application just deleted: asking again could only get "not found". */
function isGrantsOf(key: readonly unknown[], kind: 'api' | 'app', ref: string): boolean {
  return key[2] === 'grants' && key[3] === kind && key[4] === ref;
}

export function useDeleteApi() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return useMutation<MethodResult<'apis.delete'>, WorkbenchError, MethodArgs<'apis.delete'>>({
    mutationFn: (args) => workbench.apis.delete(args),
    // The deleted API's own query is left alone: refetching it could only answer "not found" while
    // its page is still leaving. The list and the grants that went with it are refreshed.
    onSuccess: (_result, { api }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.apis(tenantId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.grants(tenantId), predicate: (q) => !isGrantsOf(q.queryKey, 'api', api) }),
      ]),
  });
}

// ---- Scopes (permissions) ----

export type ScopeWithUsage = MethodResult<'scopes.list'>[number];

export function useScopes(apiId: string) {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: queryKeys.scopes(tenantId, apiId),
    queryFn: () => workbench.scopes.list({ api: apiId }),
    enabled: tenantId !== undefined,
  });
}

/** Scope changes touch the API (its scopes) and, on removal, grants: refresh exactly those. */
function useScopeInvalidation(apiId: string) {
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return (alsoGrants: boolean) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.api(tenantId, apiId) }),
      alsoGrants ? queryClient.invalidateQueries({ queryKey: queryKeys.grants(tenantId) }) : undefined,
    ]);
}

export function useAddScope(apiId: string) {
  const workbench = useWorkbench();
  const invalidate = useScopeInvalidation(apiId);
  return useMutation<ScopeWithUsage, WorkbenchError, Omit<MethodArgs<'scopes.add'>, 'api'>>({
    mutationFn: (args) => workbench.scopes.add({ api: apiId, ...args }),
    // Not awaited: the form empties at once, ready for the next permission, while the list refreshes.
    onSuccess: () => void invalidate(false),
  });
}

export function useUpdateScope(apiId: string) {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  const invalidate = useScopeInvalidation(apiId);
  return useMutation<ScopeWithUsage, WorkbenchError, Omit<MethodArgs<'scopes.update'>, 'api'>>({
    mutationFn: (args) => workbench.scopes.update({ api: apiId, ...args }),
    onSuccess: (updated) => {
      queryClient.setQueryData<ScopeWithUsage[]>(queryKeys.scopes(tenantId, apiId), (scopes) =>
        scopes?.map((s) => (s.value === updated.value ? updated : s)),
      );
      return invalidate(false);
    },
  });
}

export function useRemoveScope(apiId: string) {
  const workbench = useWorkbench();
  const invalidate = useScopeInvalidation(apiId);
  return useMutation<MethodResult<'scopes.remove'>, WorkbenchError, { value: string }>({
    mutationFn: ({ value }) => workbench.scopes.remove({ api: apiId, value }),
    onSuccess: () => invalidate(true),
  });
}

// ---- Applications ----

export function useApplications() {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: queryKeys.applications(tenantId),
    queryFn: () => workbench.applications.list({}),
    enabled: tenantId !== undefined,
  });
}

export function useApplication(clientId: string) {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: queryKeys.application(tenantId, clientId),
    queryFn: () => workbench.applications.get({ app: clientId }),
    enabled: tenantId !== undefined,
  });
}

export function useCreateApplication() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return useMutation<Application, WorkbenchError, MethodArgs<'applications.create'>>({
    mutationFn: (args) => workbench.applications.create(args),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.applications(tenantId) }),
  });
}

export function useUpdateApplication() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return useMutation<Application, WorkbenchError, MethodArgs<'applications.update'>>({
    mutationFn: (args) => workbench.applications.update(args),
    onSuccess: (app) => {
      queryClient.setQueryData(queryKeys.application(tenantId, app.client_id), app);
      return queryClient.invalidateQueries({ queryKey: queryKeys.applications(tenantId) });
    },
  });
}

export function useDeleteApplication() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  return useMutation<MethodResult<'applications.delete'>, WorkbenchError, MethodArgs<'applications.delete'>>({
    mutationFn: (args) => workbench.applications.delete(args),
    // As for APIs, the deleted application's own query is not refetched. Its grants went with it,
    // so grants and the scope usage counts under every API are refreshed.
    onSuccess: ({ deleted }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.applications(tenantId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.grants(tenantId), predicate: (q) => !isGrantsOf(q.queryKey, 'app', deleted) }),
        queryClient.invalidateQueries({ queryKey: ['tenant', tenantId, 'api'] }),
      ]),
  });
}

/**
 * Secrets are answers to an explicit click, never cached: a mutation, so the value lives only in
 * the component that asked for it and is gone when it unmounts.
 */
export function useRevealSecret() {
  const workbench = useWorkbench();
  return useMutation<MethodResult<'applications.revealSecret'>, WorkbenchError, { app: string }>({
    mutationFn: (args) => workbench.applications.revealSecret(args),
  });
}

export function useRotateSecret() {
  const workbench = useWorkbench();
  return useMutation<MethodResult<'applications.rotateSecret'>, WorkbenchError, { app: string }>({
    mutationFn: (args) => workbench.applications.rotateSecret(args),
  });
}

// ---- Client grants ----

export function useApiGrants(apiId: string) {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: queryKeys.grantsForApi(tenantId, apiId),
    queryFn: () => workbench.grants.list({ api: apiId }),
    enabled: tenantId !== undefined,
  });
}

export function useApplicationGrants(clientId: string) {
  const workbench = useWorkbench();
  const tenantId = useTenantId();
  return useQuery({
    queryKey: queryKeys.grantsForApp(tenantId, clientId),
    queryFn: () => workbench.grants.list({ app: clientId }),
    enabled: tenantId !== undefined,
  });
}

interface GrantContext {
  /** This application's grant before the change, to put back if the host refuses. */
  before: ClientGrant | undefined;
}

/**
 * Grant changes on an API's Machine to Machine tab show at once (optimistic). A refusal puts back
 * only that application's grant, so concurrent changes to other applications are not undone.
 * Afterwards grants everywhere and the API's scope usage counts are refreshed.
 */
function useGrantMutation<A extends { app: string }, R>(
  apiId: string,
  call: (args: A) => Promise<R>,
  apply: (before: ClientGrant | undefined, args: A) => ClientGrant | undefined,
) {
  const queryClient = useQueryClient();
  const tenantId = useTenantId();
  const key = queryKeys.grantsForApi(tenantId, apiId);
  const replace = (app: string, grant: ClientGrant | undefined) =>
    queryClient.setQueryData<ClientGrant[]>(key, (grants) =>
      grants === undefined
        ? grants
        : [...grants.filter((g) => g.client_id !== app), ...(grant === undefined ? [] : [grant])],
    );
  return useMutation<R, WorkbenchError, A, GrantContext>({
    mutationFn: call,
    onMutate: async (args) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ClientGrant[]>(key)?.find((g) => g.client_id === args.app);
      replace(args.app, apply(before, args));
      return { before };
    },
    onError: (_error, args, context) => replace(args.app, context?.before),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.grants(tenantId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.scopes(tenantId, apiId) }),
      ]),
  });
}

/** `app` is always a Client ID here: optimistic entries are matched by it. */
export function useCreateGrant(apiId: string, audience: string) {
  const workbench = useWorkbench();
  return useGrantMutation<{ app: string; scope: string[] }, ClientGrant>(
    apiId,
    (args) => workbench.grants.create({ api: apiId, ...args }),
    (_before, { app, scope }) => ({ id: `pending:${app}`, client_id: app, audience, scope }),
  );
}

export function useUpdateGrant(apiId: string) {
  const workbench = useWorkbench();
  return useGrantMutation<{ app: string; scope: string[] }, ClientGrant>(
    apiId,
    (args) => workbench.grants.update({ api: apiId, ...args }),
    (before, { scope }) => (before === undefined ? undefined : { ...before, scope }),
  );
}

export function useRemoveGrant(apiId: string) {
  const workbench = useWorkbench();
  return useGrantMutation<{ app: string }, { deleted: string }>(
    apiId,
    (args) => workbench.grants.remove({ api: apiId, ...args }),
    () => undefined,
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodResult } from '../../../shared/contract/contract';
import type { ConfigFormat, ImportInput, ImportPlan } from '../../../shared/config-as-code/schemas';
import type { WorkbenchError } from '../../../shared/errors';
import { useWorkbench } from './context';

/** Exports are made on click and handed to a download, never cached. */
export function useExportConfig() {
  const workbench = useWorkbench();
  return useMutation<MethodResult<'config.export'>, WorkbenchError, { format: ConfigFormat }>({
    mutationFn: (args) => workbench.config.export(args),
  });
}

/** A plan changes nothing; it is a mutation only because it answers one file the user picked. */
export function usePlanImport() {
  const workbench = useWorkbench();
  return useMutation<ImportPlan, WorkbenchError, ImportInput>({
    mutationFn: (input) => workbench.config.planImport(input),
  });
}

export function useApplyImport() {
  const workbench = useWorkbench();
  const queryClient = useQueryClient();
  return useMutation<MethodResult<'config.applyImport'>, WorkbenchError, { plan: ImportPlan }>({
    mutationFn: (args) => workbench.config.applyImport(args),
    // APIs, scopes, applications and grants may all have changed: refetch everything.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

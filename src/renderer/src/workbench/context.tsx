import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbenchApi } from '../../../shared/contract/contract';

const WorkbenchContext = createContext<WorkbenchApi | null>(null);

export function WorkbenchProvider({ workbench, children }: { workbench: WorkbenchApi; children: ReactNode }) {
  return <WorkbenchContext value={workbench}>{children}</WorkbenchContext>;
}

/** The client for components that need a call no hook covers yet; prefer the hooks in queries.ts. */
export function useWorkbench(): WorkbenchApi {
  const workbench = useContext(WorkbenchContext);
  if (workbench === null) throw new Error('useWorkbench must be used inside <WorkbenchProvider>.');
  return workbench;
}

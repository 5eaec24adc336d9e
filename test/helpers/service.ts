import type { WorkbenchService } from '../../src/shared/contract/contract';
import { createWorkbenchService } from '../../src/main/service';
import { openWorkspace, type Workspace } from '../../src/main/workspace';
import { tempDataDir } from './temp-dir';

export interface TestWorkbench {
  dataDir: string;
  workspace: Workspace;
  service: WorkbenchService;
}

/** A real service over real files in a temporary folder. */
export function openTestWorkbench(dataDir = tempDataDir()): TestWorkbench {
  const workspace = openWorkspace({ dataDir });
  return { dataDir, workspace, service: createWorkbenchService(workspace, { appVersion: '0.0.0-test' }) };
}

import type { MethodResult, WorkbenchService } from '../../shared/contract/contract';
import type { MethodName } from '../../shared/contract/methods';
import { invoke } from '../dispatch';
import { createWorkbenchService } from '../service';
import { resolveDataDir } from '../storage/data-dir';
import { openWorkspace } from '../workspace';
import { formatJson, type Output } from './output';

export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
}

export interface CliContext {
  dataDir: string;
  json: boolean;
  output: Output;
  service(): WorkbenchService;
  /** Calls a contract method exactly as the other bindings do (validated both ways). */
  call<M extends MethodName>(method: M, args: unknown): Promise<MethodResult<M>>;
  /** Prints JSON with --json, the human form otherwise. */
  print(value: unknown, human: () => string): void;
}

export function createCliContext(options: GlobalOptions, output: Output, appVersion: string): CliContext {
  const dataDir = resolveDataDir(options.dataDir);
  let service: WorkbenchService | undefined;
  const context: CliContext = {
    dataDir,
    json: options.json === true,
    output,
    service() {
      if (service === undefined) {
        const workspace = openWorkspace({ dataDir });
        // Tell the user at once when a file had to be set aside, with the backup's path.
        for (const notice of workspace.notices) {
          output.err(`warning: ${notice.reason} It was kept as ${notice.backupPath} and a new one was started.`);
        }
        service = createWorkbenchService(workspace, { appVersion });
      }
      return service;
    },
    call(method, args) {
      return invoke(context.service(), method, args);
    },
    print(value, human) {
      const text = context.json ? formatJson(value) : human();
      if (text !== '') output.out(text);
    },
  };
  return context;
}

/** How commands run their action: with a context, errors mapped to messages and exit codes. */
export type RunCommand = (action: (ctx: CliContext) => Promise<void>) => Promise<void>;

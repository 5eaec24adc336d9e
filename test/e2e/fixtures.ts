import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { electronBinary, makeDataDir, ROOT, startHostProcess, type RunningHost } from './launch';

/** The app under test, whichever shell it runs in. */
export interface Workbench {
  page: Page;
  dataDir: string;
  /** The web host, in the "web" project only. */
  host: RunningHost | undefined;
  /** Quits and starts the app again on the same data folder, like a user would. */
  restart(): Promise<void>;
}

const ELECTRON_SKIP_REASON =
  'Electron specs need E2E_ELECTRON=1 and an Electron binary; this machine cannot download Electron (no network), so they run through the web host instead';

export const test = base.extend<{ workbench: Workbench }>({
  workbench: async ({ browser }, use, testInfo) => {
    const dataDir = makeDataDir();
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary();
      test.skip(process.env.E2E_ELECTRON !== '1' || binary === undefined, ELECTRON_SKIP_REASON);
      let app: ElectronApplication = await launchElectron(binary!, dataDir);
      const workbench: Workbench = {
        page: await app.firstWindow(),
        dataDir,
        host: undefined,
        async restart() {
          await app.close();
          app = await launchElectron(binary!, dataDir);
          workbench.page = await app.firstWindow();
        },
      };
      await use(workbench);
      await app.close();
    } else {
      const context = await browser.newContext();
      let host = await startHostProcess(dataDir);
      const page = await context.newPage();
      await page.goto(host.url);
      const workbench: Workbench = {
        page,
        dataDir,
        host,
        async restart() {
          await host.stop();
          host = await startHostProcess(dataDir);
          workbench.host = host;
          await workbench.page.goto(host.url);
        },
      };
      await use(workbench);
      await context.close();
      await host.stop();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

function launchElectron(executablePath: string, dataDir: string): Promise<ElectronApplication> {
  return _electron.launch({ executablePath, args: [path.join(ROOT, 'out', 'main', 'index.js'), '--data-dir', dataDir] });
}

export { expect } from '@playwright/test';

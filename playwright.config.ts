import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs drive the real renderer in Debian's Chromium against the web host (project
 * "web"). The same specs run against the desktop app through Playwright's Electron support
 * (project "electron") when E2E_ELECTRON=1 and an Electron binary exist; otherwise they are
 * reported skipped with that reason.
 */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'web' }, { name: 'electron' }],
});

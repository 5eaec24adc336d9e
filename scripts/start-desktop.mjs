#!/usr/bin/env node
/*
 * `npm start`: make sure the Electron binary is there, build the app with electron-vite, and run it.
 *
 * The electron package (v45) has no install script. Its index.js finds the binary through
 * node_modules/electron/path.txt (or ELECTRON_OVERRIDE_DIST_PATH) and, when it is missing, runs
 * node_modules/electron/install.js, which downloads the zip from GitHub (or ELECTRON_MIRROR) with
 * @electron/get into its cache, checks it against checksums.json and unzips it into
 * node_modules/electron/dist. Left to itself that ends in a stack trace when there is no network, so
 * the download is done here first, with the same options, and a failure becomes one line that
 * says why and what to use instead. Checking before building also spares a build that cannot run.
 */
import { execSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));
const BROWSER_MODE = 'Run "npm run serve" to use Token Workbench in your browser instead.';

/** The one line a user sees when the desktop app cannot be started here. */
function fail(what) {
  console.error(`Token Workbench: ${what}. ${BROWSER_MODE}`);
  process.exit(1);
}

/** `fetch failed: getaddrinfo ENOTFOUND github.com` rather than a bare "fetch failed". */
function describe(error) {
  const message = error instanceof Error ? error.message : String(error);
  let cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0];
  const detail = cause instanceof Error ? cause.message || cause.code : undefined;
  const text = detail && !message.includes(detail) ? `${message}: ${detail}` : message;
  return text.split('\n')[0].replace(/\.$/, '');
}

/** What node_modules/electron/index.js would run, without its download-on-require side effect. */
function installedBinary(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, executable || 'electron');
  if (!executable) return undefined;
  const binary = path.join(electronDir, 'dist', executable);
  return fs.existsSync(binary) ? binary : undefined;
}

/** The platform and architecture install.js downloads for, with the same overrides. */
function downloadTarget() {
  const { env } = process;
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform;
  let arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch;
  if (
    platform === 'darwin' &&
    process.platform === 'darwin' &&
    arch === 'x64' &&
    env.npm_config_arch === undefined
  ) {
    // An x64 Node under Rosetta on Apple silicon: install.js fetches the arm64 build.
    try {
      if (execSync('sysctl -in sysctl.proc_translated').toString().trim() === '1') arch = 'arm64';
    } catch {
      // Not Rosetta.
    }
  }
  return { platform, arch };
}

/** Downloads the zip into @electron/get's cache, where install.js will find it. */
async function downloadIntoCache(electronDir) {
  const requireFromElectron = createRequire(path.join(electronDir, 'package.json'));
  const { version } = requireFromElectron('./package.json');
  const { downloadArtifact } = await import(pathToFileURL(requireFromElectron.resolve('@electron/get')).href);
  const { env } = process;
  const remoteChecksums = env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums;
  await downloadArtifact({
    version,
    artifactName: 'electron',
    cacheRoot: env.electron_config_cache,
    checksums: remoteChecksums ? undefined : requireFromElectron('./checksums.json'),
    ...downloadTarget(),
  });
}

async function ensureElectronBinary() {
  let electronDir;
  try {
    electronDir = path.dirname(requireFromRoot.resolve('electron/package.json'));
  } catch {
    fail('the electron package is not installed (run "npm ci" first)');
  }
  const installed = installedBinary(electronDir);
  if (installed !== undefined) return installed;

  try {
    await downloadIntoCache(electronDir);
  } catch (error) {
    fail(`the Electron binary could not be downloaded (${describe(error)})`);
  }
  // install.js now unzips from the cache and writes path.txt.
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_GET_NO_PROGRESS: '1' },
  });
  const binary = installedBinary(electronDir);
  if (install.status !== 0 || binary === undefined) {
    const reason =
      `${install.stderr ?? ''}`.trim().split('\n')[0] || `install.js exited with ${install.status}`;
    fail(`the Electron binary could not be installed (${reason.replace(/\.$/, '')})`);
  }
  return binary;
}

function build() {
  const cli = path.join(
    path.dirname(requireFromRoot.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Token Workbench: the build failed (see above).');
    process.exit(result.status ?? 1);
  }
}

function launch(binary) {
  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  // The app folder: package.json's "main" is out/main/index.js. `npm start -- --data-dir x` passes on.
  const child = spawn(binary, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
  child.on('error', (error) => fail(`Electron could not be started (${describe(error)})`));
  child.on('close', (code, signal) => {
    if (code === null) console.error(`Token Workbench: Electron was stopped by ${signal}.`);
    process.exit(code ?? 1);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
}

const binary = await ensureElectronBinary();
build();
launch(binary);

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { leanMainBundle } from './scripts/lean-main-bundle/plugin';

// ESM-only packages are bundled into the CommonJS main build; Node 20's require(esm) would warn.
// zod is bundled too, so that its unused translations can be left out (scripts/lean-main-bundle).
const BUNDLED_DEPS = ['conf', 'electron-store', 'jose', 'open', 'zod'];

export default defineConfig({
  main: {
    plugins: [leanMainBundle()],
    build: {
      externalizeDeps: { exclude: BUNDLED_DEPS },
      rollupOptions: {
        input: {
          // The desktop app's main process.
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          // The command line, which also starts the web host (`token-workbench serve`).
          cli: resolve(__dirname, 'src/main/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads cannot require anything: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      minify: true,
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});

import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Token Workbench';
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

export interface WindowBounds {
  width: number;
  height: number;
  /** Absent: Electron centres the window. */
  x?: number;
  y?: number;
}

export interface MainWindowOptionsInput {
  bounds: WindowBounds;
  /** Absolute path of the built preload (out/preload/index.js). */
  preloadPath: string;
}

/**
 * The main window, with every item of the Electron security checklist spelled out even where it is
 * already Electron's default, so that a change of default or a careless edit shows up in a test.
 */
export function mainWindowOptions({
  bounds,
  preloadPath,
}: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: WINDOW_TITLE,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // No enableBlinkFeatures: nothing beyond what Chromium ships enabled.
      // Tokens and identifiers are not prose, and the spellchecker would download dictionaries.
      spellcheck: false,
    },
  };
}

import { describe, expect, it } from 'vitest';
import { mainWindowOptions, MIN_WINDOW_SIZE } from '../../../src/main/electron/window-options';

const options = mainWindowOptions({
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
  preloadPath: '/app/out/preload/index.js',
});
const prefs = options.webPreferences!;

describe('main window options (Electron security checklist, item by item)', () => {
  it('isolates the preload from the page', () => expect(prefs.contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(prefs.sandbox).toBe(true));
  it('gives the page no Node', () => expect(prefs.nodeIntegration).toBe(false));
  it('gives workers no Node', () => expect(prefs.nodeIntegrationInWorker).toBe(false));
  it('gives subframes no Node', () => expect(prefs.nodeIntegrationInSubFrames).toBe(false));
  it('keeps the same-origin policy', () => expect(prefs.webSecurity).toBe(true));
  it('refuses http content in the https-like app origin', () =>
    expect(prefs.allowRunningInsecureContent).toBe(false));
  it('enables no experimental features', () => expect(prefs.experimentalFeatures).toBe(false));
  it('allows no <webview>', () => expect(prefs.webviewTag).toBe(false));
  it('enables no extra Blink features', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('disableBlinkFeatures');
  });
  it('loads the given preload', () => expect(prefs.preload).toBe('/app/out/preload/index.js'));
  it('stays hidden until ready-to-show', () => expect(options.show).toBe(false));
  it('is titled Token Workbench', () => expect(options.title).toBe('Token Workbench'));
  it('opens at the given bounds, never smaller than the minimum', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
    expect(options).toMatchObject({ minWidth: MIN_WINDOW_SIZE.width, minHeight: MIN_WINDOW_SIZE.height });
  });
  it('leaves x and y out when none are given, so Electron centres the window', () => {
    const centred = mainWindowOptions({ bounds: { width: 1000, height: 700 }, preloadPath: '/p.js' });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
  });
  it('sets nothing else in webPreferences that could loosen the checklist', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

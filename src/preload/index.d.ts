/*
 * `window.workbench` for the renderer: present in the desktop app (the preload exposes it), absent
 * in browser mode. A script file (no top-level import), so this declaration is global.
 */
interface Window {
  workbench?: import('../shared/contract/contract').WorkbenchBridge;
}

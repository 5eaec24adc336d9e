import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/electron/menu';

function roles(items: MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

function submenu(template: MenuItemConstructorOptions[], label: string): string[] {
  const menu = template.find((item) => item.label === label);
  expect(menu, label).toBeDefined();
  return roles(menu!.submenu as MenuItemConstructorOptions[]);
}

describe.each(['darwin', 'linux', 'win32'] as const)('application menu on %s', (platform) => {
  const template = buildMenuTemplate(platform, 'Token Workbench');

  it('has an Edit menu with every editing role, so the clipboard shortcuts work', () => {
    expect(submenu(template, 'Edit')).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('has a View menu with reload, dev tools, zoom and full screen', () => {
    expect(submenu(template, 'View')).toEqual(
      expect.arrayContaining([
        'reload',
        'toggleDevTools',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
  });

  it('has a Window menu with minimize', () => {
    expect(submenu(template, 'Window')).toContain('minimize');
  });

  it('uses only roles and separators: no click handlers to audit', () => {
    const all = template.flatMap((menu) => (menu.submenu as MenuItemConstructorOptions[]) ?? []);
    expect(all.every((item) => item.role !== undefined || item.type === 'separator')).toBe(true);
    expect(all.some((item) => 'click' in item)).toBe(false);
  });
});

describe('platform differences', () => {
  it('on macOS, starts with the app menu (about, hide, quit) and File closes the window', () => {
    const template = buildMenuTemplate('darwin', 'Token Workbench');
    expect(template[0]!.label).toBe('Token Workbench');
    expect(roles(template[0]!.submenu as MenuItemConstructorOptions[])).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(submenu(template, 'File')).toEqual(['close']);
    expect(submenu(template, 'Window')).toEqual(['minimize', 'zoom', 'front']);
  });

  it.each(['linux', 'win32'] as const)('on %s, has no app menu; File quits and Window closes', (platform) => {
    const template = buildMenuTemplate(platform, 'Token Workbench');
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window']);
    expect(submenu(template, 'File')).toEqual(['quit']);
    expect(submenu(template, 'Window')).toEqual(['minimize', 'close']);
  });
});

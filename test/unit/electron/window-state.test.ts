import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE } from '../../../src/main/electron/window-options';
import {
  captureWindowState,
  DEFAULT_WINDOW_SIZE,
  restoreWindowState,
  type Rect,
} from '../../../src/main/electron/window-state';

const primary: Rect = { x: 0, y: 25, width: 1920, height: 1055 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('restoreWindowState', () => {
  it('keeps a saved place that is on a screen', () => {
    const saved = { bounds: { x: 100, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [primary])).toEqual(saved);
  });

  it('keeps the maximized flag', () => {
    const saved = { bounds: { x: 100, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(restoreWindowState(saved, [primary]).maximized).toBe(true);
  });

  it('keeps a place on a second screen', () => {
    const saved = { bounds: { x: 2200, y: 200, width: 1600, height: 1000 }, maximized: false };
    expect(restoreWindowState(saved, [primary, right])).toEqual(saved);
  });

  it('centres the window on the primary screen when its screen is gone', () => {
    const saved = { bounds: { x: 2200, y: 200, width: 1600, height: 1000 }, maximized: false };
    expect(restoreWindowState(saved, [primary])).toEqual({
      bounds: { width: 1600, height: 1000 },
      maximized: false,
    });
  });

  it('centres the window when only a sliver of it would be visible', () => {
    const saved = { bounds: { x: 1900, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [primary]).bounds).not.toHaveProperty('x');
  });

  it('pulls a window hanging over an edge fully onto the screen', () => {
    const saved = { bounds: { x: 1500, y: -10, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [primary]).bounds).toEqual({ x: 720, y: 25, width: 1200, height: 800 });
  });

  it('shrinks a window larger than its screen (the resolution went down)', () => {
    const saved = { bounds: { x: 0, y: 25, width: 3000, height: 2000 }, maximized: false };
    expect(restoreWindowState(saved, [primary]).bounds).toEqual({ x: 0, y: 25, width: 1920, height: 1055 });
  });

  it('never restores below the minimum size', () => {
    const saved = { bounds: { x: 10, y: 30, width: 200, height: 100 }, maximized: false };
    expect(restoreWindowState(saved, [primary]).bounds).toMatchObject(MIN_WINDOW_SIZE);
  });

  it.each([
    ['nothing saved', undefined],
    ['an empty file', {}],
    ['a string', 'oops'],
    ['no bounds', { maximized: true }],
    ['non-numeric sizes', { bounds: { x: 0, y: 0, width: '1200', height: 800 } }],
    ['a zero size', { bounds: { x: 0, y: 0, width: 0, height: 800 } }],
    ['NaN', { bounds: { x: 0, y: 0, width: Number.NaN, height: 800 } }],
  ])('opens at the default size, centred, for %s', (_label, saved) => {
    expect(restoreWindowState(saved, [primary])).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });

  it('fits the default size on a small screen', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(restoreWindowState(undefined, [small]).bounds).toEqual({ width: 1024, height: 700 });
  });

  it('keeps a saved size without a position, centred', () => {
    expect(restoreWindowState({ bounds: { width: 1000, height: 700 } }, [primary]).bounds).toEqual({
      width: 1000,
      height: 700,
    });
  });

  it('works without display information', () => {
    expect(restoreWindowState(undefined, [])).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });
});

describe('captureWindowState', () => {
  it('saves the normal bounds and whether the window is maximized', () => {
    const window = {
      getNormalBounds: () => ({ x: 5, y: 6, width: 1000, height: 700 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual({
      bounds: { x: 5, y: 6, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('round-trips through restoreWindowState', () => {
    const window = {
      getNormalBounds: () => ({ x: 50, y: 60, width: 1000, height: 700 }),
      isMaximized: () => false,
    };
    const saved = JSON.parse(JSON.stringify(captureWindowState(window)));
    expect(restoreWindowState(saved, [primary])).toEqual(captureWindowState(window));
  });
});

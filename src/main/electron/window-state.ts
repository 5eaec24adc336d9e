import { MIN_WINDOW_SIZE, type WindowBounds } from './window-options';

/*
 * The window reopens where it was, unless that place is gone (a monitor was unplugged, the
 * resolution changed): then it is moved and shrunk onto a screen, or centred on the primary one.
 * Pure functions; main.ts reads the displays and the `window-state` file.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the `window-state` file holds. */
export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** How much of the window must be on a screen for its saved place to be kept (the title bar). */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

interface Saved {
  size: { width: number; height: number };
  /** Only when both coordinates were saved. */
  position?: { x: number; y: number };
  maximized: boolean;
}

function readSaved(saved: unknown): Saved | undefined {
  if (typeof saved !== 'object' || saved === null) return undefined;
  const { bounds, maximized } = saved as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return undefined;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isNumber(width) || !isNumber(height) || width <= 0 || height <= 0) return undefined;
  const result: Saved = { size: { width, height }, maximized: maximized === true };
  if (isNumber(x) && isNumber(y)) result.position = { x, y };
  return result;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** A size no smaller than the minimum and no larger than the work area. */
function fitSize(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(clamp(size.width, MIN_WINDOW_SIZE.width, area.width)),
    height: Math.round(clamp(size.height, MIN_WINDOW_SIZE.height, area.height)),
  };
}

/**
 * Where to open the window. `workAreas` are the displays' work areas, the primary one first.
 * Anything unreadable in `saved` gives the default size, centred.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  const read = readSaved(saved);
  const centred = (size: { width: number; height: number }, maximized: boolean): WindowState => ({
    bounds: primary === undefined ? { ...size } : fitSize(size, primary),
    maximized,
  });
  if (read === undefined) return centred(DEFAULT_WINDOW_SIZE, false);
  if (read.position === undefined) return centred(read.size, read.maximized);
  const rect: Rect = { ...read.position, ...read.size };

  // The screen showing most of the window; it keeps its place if its title bar can be grabbed.
  let best: { area: Rect; visible: number } | undefined;
  for (const area of workAreas) {
    const { width, height } = overlap(rect, area);
    if (width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height && width * height > (best?.visible ?? 0)) {
      best = { area, visible: width * height };
    }
  }
  if (best === undefined) return centred(read.size, read.maximized);

  const { area } = best;
  const size = fitSize(rect, area);
  return {
    bounds: {
      ...size,
      // Pulled fully inside the work area, so no edge is out of reach.
      x: Math.round(clamp(rect.x, area.x, area.x + area.width - size.width)),
      y: Math.round(clamp(rect.y, area.y, area.y + area.height - size.height)),
    },
    maximized: read.maximized,
  };
}

/** The part of BrowserWindow that is remembered. */
export interface WindowLike {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** Normal (unmaximized) bounds, so un-maximizing after a restart returns to the old size. */
export function captureWindowState(window: WindowLike): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { bounds: { x, y, width, height }, maximized: window.isMaximized() };
}

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useState, type RefObject } from 'react';

/**
 * Below this many rows everything is rendered: the browser's own find (Ctrl+F) keeps working and
 * nothing jumps. Above it only the rows near the viewport exist, so 1,000 rows scroll smoothly.
 */
export const VIRTUALIZE_ABOVE = 150;

export interface WindowRows {
  virtual: boolean;
  /** Indexes to render, in order; every index when not virtual. */
  indexes: number[];
  /** Space to leave above and below the rendered rows (0 when not virtual). */
  paddingTop: number;
  paddingBottom: number;
  /** Pass as `ref` with `data-index` on each row so rows of varying height are measured. */
  measureElement: ((element: Element | null) => void) | undefined;
}

/**
 * Rows of a long list rendered against the page's own scroll (no inner scroll box), so the list
 * reads and scrolls like the rest of the page.
 */
export function useWindowRows(
  /** The element that holds the rows: its position on the page is where the list starts. */
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  getKey: (index: number) => string,
  estimateSize: number,
  /** Rows are exactly `estimateSize` tall (one line, ellipsis): nothing to measure while scrolling. */
  fixedSize = false,
): WindowRows {
  const scrollMargin = useOffsetTop(containerRef, count);
  const virtual = count > VIRTUALIZE_ABOVE;
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimateSize,
    getItemKey: getKey,
    overscan: 10,
    scrollMargin,
    enabled: virtual,
    // Let React batch scroll updates instead of rendering synchronously inside each scroll event.
    useFlushSync: false,
  });

  if (!virtual) {
    return {
      virtual,
      indexes: Array.from({ length: count }, (_, i) => i),
      paddingTop: 0,
      paddingBottom: 0,
      measureElement: undefined,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    virtual,
    indexes: items.map((item) => item.index),
    paddingTop: first === undefined ? 0 : Math.max(0, first.start - scrollMargin),
    paddingBottom:
      last === undefined ? 0 : Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)),
    measureElement: fixedSize ? undefined : virtualizer.measureElement,
  };
}

/** Where an element starts on the page; it moves when anything above it changes size. */
function useOffsetTop(ref: RefObject<HTMLElement | null>, count: number): number {
  const [top, setTop] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
    // Measured again when the row count changes: the container may only just have mounted.
  }, [ref, count]);
  return top;
}

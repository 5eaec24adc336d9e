import { Table } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { useWindowRows } from './useWindowRows';

export interface RowProps {
  /** Lets the virtualizer measure rows whose height varies (wrapped text, inline editors). */
  ref?: ((element: Element | null) => void) | undefined;
  'data-index'?: number;
}

interface VirtualTableBodyProps {
  count: number;
  /** A stable key per row, so measured heights follow rows when the list is filtered. */
  getKey: (index: number) => string;
  estimateSize: number;
  colSpan: number;
  /** See useWindowRows: rows that never wrap need no measuring. */
  fixedSize?: boolean;
  renderRow: (index: number, props: RowProps) => ReactNode;
}

/**
 * A table body that renders only the visible rows of a long list. Spacer rows keep the table's
 * height, so rows stay real `<tr>`s with their roles and names for screen readers and tests.
 */
export function VirtualTableBody({ count, getKey, estimateSize, colSpan, fixedSize = false, renderRow }: VirtualTableBodyProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rows = useWindowRows(bodyRef, count, getKey, estimateSize, fixedSize);
  return (
    <Table.Tbody ref={bodyRef}>
      {rows.paddingTop > 0 && <Spacer height={rows.paddingTop} colSpan={colSpan} />}
      {rows.indexes.map((index) =>
        renderRow(index, rows.measureElement !== undefined ? { ref: rows.measureElement, 'data-index': index } : {}),
      )}
      {rows.paddingBottom > 0 && <Spacer height={rows.paddingBottom} colSpan={colSpan} />}
    </Table.Tbody>
  );
}

function Spacer({ height, colSpan }: { height: number; colSpan: number }) {
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={colSpan} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}

import {
  Paper,
  Skeleton,
  Table,
  Text,
  VisuallyHidden,
  type MantineSpacing,
  type TableProps,
  type TableThProps,
} from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { Link, type NavigateFunction } from 'react-router';
import classes from './ListTable.module.css';
import { VirtualTableBody, type RowProps } from './VirtualTableBody';

/** A one-line row, as `.row` in ListTable.module.css: what virtual rows are estimated at. */
const ROW_HEIGHT = 49;

export interface ListColumn {
  /** The header's text: screen readers and tests find the column by it. */
  label: string;
  /** Named for screen readers only, e.g. a column of buttons. */
  hidden?: boolean;
  w?: TableThProps['w'];
}

/** The header row of a list table, one cell a column. */
export function ListTableHead({ columns }: { columns: ListColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map(({ label, hidden = false, w }) => (
          <Table.Th key={label} w={w}>
            {hidden ? <VisuallyHidden>{label}</VisuallyHidden> : label}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

/** Placeholder rows: bars `height` px tall, one a cell, or one across the row when `wide`. */
interface SkeletonShape {
  rows: number;
  height: number;
  wide?: boolean;
}

/** Rows of a long list, rendered only near the viewport above a row count (VirtualTableBody). */
interface VirtualRows<T> {
  /** A stable key per item (the rows' React key), so measured heights follow rows when the list is filtered. */
  key: (item: T) => string;
  /** See useWindowRows: rows that never wrap need no measuring. */
  fixedSize?: boolean;
  /** One row; pass `props` to it unless `fixedSize`, so its height is measured. */
  render: (item: T, props: RowProps) => ReactNode;
}

type ListTableProps<T> = Omit<TableProps, 'children'> & {
  columns: ListColumn[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** Undefined while loading. */
  items: T[] | undefined;
  /** Placeholder rows while loading. */
  skeleton?: SkeletonShape;
  /** What an empty list says in place of its rows; without it an empty list renders no rows. */
  empty?: string;
  emptyPadding?: MantineSpacing;
} & (
    | { virtualRows: VirtualRows<T>; children?: undefined }
    | {
        /** Every row at once, as a `Table.Tbody`. */
        children: (items: T[]) => ReactNode;
        virtualRows?: undefined;
      }
  );

/**
 * A list in a bordered table: its header row, placeholder rows while it loads, one sentence when it
 * is empty, else its rows. Table props (spacing, layout, aria-label) pass through.
 */
export function ListTable<T>({
  columns,
  minWidth,
  items,
  skeleton,
  empty,
  emptyPadding = 'xl',
  virtualRows,
  children,
  ...tableProps
}: ListTableProps<T>) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={minWidth} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" {...tableProps}>
          <ListTableHead columns={columns} />
          {items === undefined ? (
            <Table.Tbody>
              {skeleton !== undefined && <SkeletonRows {...skeleton} columns={columns.length} />}
            </Table.Tbody>
          ) : items.length === 0 && empty !== undefined ? (
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" ta="center" py={emptyPadding}>
                    {empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          ) : virtualRows !== undefined ? (
            <VirtualTableBody
              count={items.length}
              getKey={(i) => virtualRows.key(items[i]!)}
              estimateSize={ROW_HEIGHT}
              fixedSize={virtualRows.fixedSize}
              colSpan={columns.length}
              renderRow={(i, props) => {
                const item = items[i]!;
                return <Fragment key={virtualRows.key(item)}>{virtualRows.render(item, props)}</Fragment>;
              }}
            />
          ) : (
            children?.(items)
          )}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function SkeletonRows({ rows, height, wide = false, columns }: SkeletonShape & { columns: number }) {
  const bar = <Skeleton height={height} radius="sm" />;
  return Array.from({ length: rows }, (_, row) => (
    <Table.Tr key={row} aria-hidden>
      {wide ? (
        <Table.Td colSpan={columns}>{bar}</Table.Td>
      ) : (
        Array.from({ length: columns }, (_, cell) => <Table.Td key={cell}>{bar}</Table.Td>)
      )}
    </Table.Tr>
  ));
}

interface LinkRowProps {
  /** Where the row leads. */
  to: string;
  /** The first cell: the link's text and title. */
  name: string;
  /** The table's `useNavigate()`: one hook a table, not one a row, as rows render on every scroll step. */
  navigate: NavigateFunction;
  /** The other cells. */
  children: ReactNode;
}

/**
 * A plain row (see ListTable.module.css) that opens a page. The name is the real link (keyboard,
 * middle-click); the rest of the row is a mouse shortcut.
 */
export function LinkRow({ to, name, navigate, children }: LinkRowProps) {
  return (
    <tr
      className={classes.row}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a')) void navigate(to);
      }}
    >
      <td className={classes.cell}>
        <Link to={to} className={classes.link} title={name}>
          {name}
        </Link>
      </td>
      {children}
    </tr>
  );
}

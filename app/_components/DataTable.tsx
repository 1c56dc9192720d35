// A plain table of rows the server already has. On a phone (below 640 px) each row becomes a
// stacked card with the column name before each value (globals.css, table.stacked), so no page
// scrolls sideways. Chromium keeps the table semantics of a
// table laid out as blocks (the e2e specs find its rows by role at 390 px).
import type { ReactNode } from "react";

export interface Column<T> {
  key: string;
  header: ReactNode;
  /** The column's name in a stacked row (defaults to the header when that is text). */
  label?: string;
  cell: (row: T) => ReactNode;
  /** Names, dates, action words: never broken inside. */
  keep?: boolean;
  className?: string;
}

interface Props<T> {
  caption?: ReactNode;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  className?: string;
  id?: string;
}

export function DataTable<T>({ caption, columns, rows, rowKey, className, id }: Props<T>) {
  return (
    <table id={id} className={`stacked w-full border-collapse bg-white text-sm ${className ?? ""}`}>
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr className="border-b border-stone-300 text-left">
          {columns.map((c) => (
            <th key={c.key} scope="col" className="whitespace-nowrap p-2">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-stone-100">
            {columns.map((c) => (
              <td
                key={c.key}
                data-label={c.label ?? (typeof c.header === "string" ? c.header : undefined)}
                className={`p-2 ${c.keep ? "keep-words" : ""} ${c.className ?? ""}`}
              >
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The facts a chart draws, as a table for screen readers (the chart itself is one image to them).
import type { ReactNode } from "react";

interface Props {
  caption: string;
  columns: string[];
  rows: { key: string | number; cells: ReactNode[] }[];
  /** The first cell of a row names the row (a month), rather than being one fact among others. */
  rowHeaders?: boolean;
}

export function ChartFacts({ caption, columns, rows, rowHeaders = false }: Props) {
  // A table is as wide as its content whatever its width says: the visually hidden box is a div.
  return (
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 && rowHeaders ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, one per column
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, one per column
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

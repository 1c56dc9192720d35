// CSV that Excel and scripts both read: UTF-8 with BOM, RFC 4180 quoting (CRLF line ends), and
// cells that a spreadsheet would run as a formula (= + - @, tab, CR first) neutralised with a quote.

export const BOM = "\uFEFF";

export type Cell = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** Whether text starts with = + - @ tab or CR, which a spreadsheet would run as a formula. */
function looksLikeFormula(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}

/** One cell: formula-looking text is prefixed with ' and anything with , " CR or LF is quoted. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  // Numbers and booleans print without quotes, commas or line breaks and are never formulas.
  if (typeof value !== "string") return String(value);
  const s = looksLikeFormula(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly Cell[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) line += i ? `,${csvCell(cells[i])}` : csvCell(cells[i]);
  return `${line}\r\n`;
}

/** One row's line, cell by cell, without an intermediate array of values. */
function rowLine<T>(columns: readonly CsvColumn<T>[], row: T): string {
  let line = "";
  for (let i = 0; i < columns.length; i++) line += i ? `,${csvCell(columns[i].value(row))}` : csvCell(columns[i].value(row));
  return `${line}\r\n`;
}

export interface CsvColumn<T> {
  /** Stable English header name. */
  header: string;
  value: (row: T) => Cell;
}

/**
 * A byte stream of the CSV: BOM and header first, then one line per row, pulled from the async
 * source only as fast as the reader consumes it (lines are batched a little to keep writes large).
 */
export function csvStream<T>(columns: readonly CsvColumn<T>[], rows: AsyncIterable<T>, batchLines = 200): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        let out = "";
        if (!started) {
          started = true;
          out = BOM + csvLine(columns.map((c) => c.header));
        }
        for (let i = 0; i < batchLines; i++) {
          const next = await iterator.next();
          if (next.done) {
            if (out) controller.enqueue(encoder.encode(out));
            controller.close();
            return;
          }
          out += rowLine(columns, next.value);
        }
        controller.enqueue(encoder.encode(out));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Headers for a CSV download; the file name is ASCII with an RFC 5987 UTF-8 form beside it. */
export function csvHeaders(fileName: string): HeadersInit {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

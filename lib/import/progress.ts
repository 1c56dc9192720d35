// What `npm run import` shows while it runs. On a terminal: one bar redrawn in place (files done,
// actions per second, time left), with failed files printed above it. Otherwise (a log, a pipe,
// a test): plain lines, one per file once its batch is committed, and one per batch.
import type { ImportReport } from "./storeBatch";

export interface ImportProgress {
  /** A batch was committed: its files' reports, and the totals so far. */
  batch(reports: { report: ImportReport; line: string }[], done: ProgressCounts): void;
  /** The last word (the run's summary). */
  end(summary: string): void;
}

export interface ProgressCounts {
  files: number;
  totalFiles: number;
  actions: number;
  /** Bytes of the files done and of all files: the ETA goes by bytes, which track entries closely. */
  bytes: number;
  totalBytes: number;
  seconds: number;
}

const perSecond = (c: ProgressCounts) => (c.seconds > 0 ? c.actions / c.seconds : 0);

function eta(c: ProgressCounts): string {
  if (c.bytes <= 0 || c.seconds <= 0) return "?";
  const left = Math.max(0, ((c.totalBytes - c.bytes) * c.seconds) / c.bytes);
  const m = Math.floor(left / 60);
  const s = Math.round(left % 60);
  return m ? `${m}m${String(s).padStart(2, "0")}s` : `${s}s`;
}

const n0 = (x: number) => Math.round(x).toLocaleString("en-US");

/** Plain lines: the per-file lines, then one line per batch with the rate and the time left. */
export function lineProgress(log: (line: string) => void): ImportProgress {
  let batches = 0;
  return {
    batch(reports, c) {
      for (const r of reports) log(r.line);
      batches++;
      if (c.totalFiles > reports.length) {
        log(`batch ${batches}: ${c.files}/${c.totalFiles} files, ${n0(c.actions)} actions, ${n0(perSecond(c))} actions/s, ETA ${eta(c)}`);
      }
    },
    end: (summary) => log(summary),
  };
}

/** A bar redrawn on one terminal line; files that failed or warned are printed above it. */
export function barProgress(stream: NodeJS.WriteStream): ImportProgress {
  const width = 30;
  const draw = (c: ProgressCounts) => {
    const filled = c.totalBytes ? Math.round((width * c.bytes) / c.totalBytes) : width;
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    stream.write(`\r\x1b[2K${bar} ${c.files}/${c.totalFiles} files  ${n0(c.actions)} actions  ${n0(perSecond(c))}/s  ETA ${eta(c)}`);
  };
  return {
    batch(reports, c) {
      const notable = reports.filter((r) => r.report.status === "failed" || r.report.warnings.length);
      if (notable.length) stream.write("\r\x1b[2K");
      for (const r of notable) stream.write(`${r.line}\n`);
      draw(c);
    },
    end(summary) {
      stream.write(`\r\x1b[2K${summary}\n`);
    },
  };
}

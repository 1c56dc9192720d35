// Files → prepared sources (read, decoded, parsed), in the order given, by a pool of worker
// threads, so that parsing the next files overlaps storing the current batch. A window bounds how
// far the pool reads ahead of the consumer (memory stays flat whatever the number of files).
// Every file of the window is handed out at once (round robin): a worker works through its queue
// while the main thread is busy. (Handing a worker its next file only when its last result was
// received made it idle for a whole batch on SQLite, whose queries never yield to the event loop.)
// With no workers, files are prepared on the calling thread (small runs: starting a worker costs
// more than parsing a few pages).
import { Worker } from "node:worker_threads";
import type { Prepared } from "./prepare";
import { prepareFile } from "./prepareFile";

export interface PoolOptions {
  /** Worker threads; 0 prepares on the calling thread. */
  workers: number;
  /** sha256 of the stored sources: their files are not parsed again. */
  known?: ReadonlySet<string>;
  /** Files prepared ahead of the consumer at most. */
  ahead?: number;
}

interface Slot {
  prepared?: Prepared;
  error?: Error;
  wake?: () => void;
}

/** Yields one prepared source per path, in order. */
export async function* preparedFiles(paths: string[], options: PoolOptions): AsyncGenerator<Prepared> {
  const known = options.known ?? new Set<string>();
  if (options.workers <= 0 || paths.length === 0) {
    for (const path of paths) yield prepareFile(path, known);
    return;
  }
  const ahead = Math.max(options.workers * 2, options.ahead ?? 512);
  const slots: Slot[] = paths.map(() => ({}));
  let next = 0; // next path to hand to a worker
  let consumed = 0; // paths already yielded
  const fail = (error: Error) => {
    for (const s of slots) {
      if (s.prepared || s.error) continue;
      s.error = error;
      s.wake?.();
    }
  };
  let turn = 0;
  const dispatch = () => {
    while (next < paths.length && next < consumed + ahead) {
      workers[turn++ % workers.length].postMessage({ id: next, path: paths[next] });
      next++;
    }
  };
  const workers = Array.from({ length: Math.min(options.workers, paths.length) }, () => {
    // execArgv []: the worker loads TypeScript itself (parseWorker.mjs), whatever the parent was started with.
    const w = new Worker(new URL("./parseWorker.mjs", import.meta.url), { workerData: { known: [...known] }, execArgv: [] });
    w.on("message", (m: { id: number; prepared: Prepared }) => {
      const s = slots[m.id];
      s.prepared = m.prepared;
      s.wake?.();
    });
    w.on("error", (e) => fail(e));
    w.on("exit", (code) => {
      if (code !== 0) fail(new Error(`a parse worker exited with code ${code}`));
    });
    return w;
  });
  dispatch(); // (a worker's tasks wait in its queue while it loads the parser)
  try {
    for (let i = 0; i < paths.length; i++) {
      const s = slots[i];
      if (!s.prepared && !s.error) await new Promise<void>((resolve) => (s.wake = resolve));
      if (s.error) throw s.error;
      const prepared = s.prepared!;
      slots[i] = {}; // let the text go once it is handed over
      consumed = i + 1;
      dispatch();
      yield prepared;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

// npm run import -- [--batch-entries N] [--workers N] PATH...   (files or folders)
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate.mjs";
import { importFiles } from "../lib/import/importFiles";
import { barProgress } from "../lib/import/progress";

const { values, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: { "batch-entries": { type: "string" }, workers: { type: "string" } },
});
if (paths.length === 0) {
  console.error("usage: npm run import -- [--batch-entries N] [--workers N] PATH...   (text files, or folders of .txt/.html files)");
  process.exit(2);
}
const count = (v: string | undefined) => (v === undefined ? undefined : Number(v));
await migrate(undefined, () => {});
const db = createDb();
try {
  const summary = await importFiles(db, paths, console.log, {
    batchEntries: count(values["batch-entries"]),
    workers: count(values.workers),
    // A bar on a terminal; plain lines in a log or a pipe.
    progress: process.stdout.isTTY ? barProgress(process.stdout) : undefined,
  });
  process.exitCode = summary.failed > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}

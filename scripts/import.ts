// npm run import -- [--batch-entries N] [--workers N] [--url URL] [--publication NAME] PATH...   (files or folders)
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate.mjs";
import { importFiles } from "../lib/import/importFiles";
import { barProgress } from "../lib/import/progress";
import { sourceAddress } from "../lib/import/sourceAddress";
import { stageTotals } from "../lib/profile/stages";

const { values, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: { "batch-entries": { type: "string" }, workers: { type: "string" }, url: { type: "string" }, publication: { type: "string" } },
});
if (paths.length === 0) {
  console.error(
    "usage: npm run import -- [--batch-entries N] [--workers N] [--url URL] [--publication NAME] PATH...\n" +
      "  (text files, or folders of .txt/.html files; --url and --publication say where one file was published)",
  );
  process.exit(2);
}
let url: string | undefined;
try {
  url = sourceAddress(values.url);
} catch (e) {
  console.error((e as Error).message);
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
    url,
    publication: values.publication?.trim() || undefined,
  });
  process.exitCode = summary.failed > 0 ? 1 : 0;
  // RENMIAN_STAGE_TIMES=1: where the time went (lib/profile/stages.ts).
  for (const { stage, seconds } of stageTotals()) console.error(`stage: ${stage}: ${seconds.toFixed(2)} s`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
} finally {
  await db.$disconnect();
}

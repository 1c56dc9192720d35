// npm run import -- PATH...   (files or folders)
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate.mjs";
import { importFiles } from "../lib/import/importFiles";

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("usage: npm run import -- PATH...   (text files, or folders of .txt/.html files)");
  process.exit(2);
}
await migrate(undefined, () => {});
const db = createDb();
try {
  const summary = await importFiles(db, paths);
  process.exitCode = summary.failed > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}

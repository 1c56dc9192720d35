// Loads the bundled sample pages (data/sample) into an empty database; does nothing otherwise.
import { createDb } from "../lib/db/client";
import { importFiles } from "../lib/import/importFiles";
import { reconcileStoredOrganizations } from "../lib/import/organs";

const db = createDb();
try {
  const sources = await db.source.count();
  if (sources > 0) {
    console.log(`seed: the database already holds ${sources} source(s); sample not loaded again`);
    // A database stored before organs had keys: organs of one body become one (once).
    const merged = await reconcileStoredOrganizations(db);
    if (merged) console.log(`seed: ${merged} organ(s) merged into the organ of their body`);
  } else {
    console.log("seed: loading the sample pages from data/sample");
    const summary = await importFiles(db, ["data/sample"]);
    if (summary.failed > 0) process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}

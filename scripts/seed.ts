// Loads the bundled sample pages (data/sample) into an empty database; does nothing otherwise.
import { createDb } from "../lib/db/client";
import { importFiles } from "../lib/import/importFiles";

const db = createDb();
try {
  const sources = await db.source.count();
  if (sources > 0) {
    console.log(`seed: the database already holds ${sources} source(s); sample not loaded again`);
  } else {
    console.log("seed: loading the sample pages from data/sample");
    const summary = await importFiles(db, ["data/sample"]);
    if (summary.failed > 0) process.exitCode = 1;
  }
} finally {
  await db.$disconnect();
}

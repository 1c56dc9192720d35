// Re-links every entry to people (identity rules + manual corrections) and recomputes all tenures.
// Usage: npx tsx scripts/rederive.ts   (DATABASE_URL chooses the database)
import { createDb } from "../lib/db/client";
import { rederiveAll } from "../lib/derive/relink";
import { reconcileStoredOrganizations } from "../lib/import/organs";

const db = createDb();
try {
  const started = Date.now();
  // Organs first (data/lineage may have changed): organs of one body become one, then people and tenures.
  const merged = await reconcileStoredOrganizations(db, { all: true });
  console.log(`organs: ${merged} merged into the organ of their body`);
  const r = await rederiveAll(db, { onProgress: (done, total) => console.log(`names ${done}/${total}`) });
  console.log(
    `rederive: ${r.names} names, ${r.changedActions} entries re-linked or re-explained, ${r.newPeople} new people, tenures of ${r.posts} posts recomputed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await db.$disconnect();
}

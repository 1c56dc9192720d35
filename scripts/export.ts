// npm run export -- --popolo FILE [--base-url URL]   the database as Popolo JSON.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate.mjs";
import { siteOrigin } from "../lib/export/origin";
import { writePopolo } from "../lib/export/popolo";

const { values } = parseArgs({ options: { popolo: { type: "string" }, "base-url": { type: "string" } } });
if (!values.popolo) {
  console.error(
    "usage: npm run export -- --popolo FILE [--base-url https://renmian.example]\n" +
      "  base URL: where the site is served, for links to people, organs and announcements\n" +
      "  (default RENMIAN_PUBLIC_URL, else http://localhost:3000)",
  );
  process.exit(2);
}
await migrate(undefined, () => {});
const db = createDb();
const out = createWriteStream(values.popolo);
try {
  const origin = values["base-url"] ? new URL(values["base-url"]).origin : siteOrigin("http://localhost:3000");
  const counts = await writePopolo(db, origin, async (chunk) => {
    if (!out.write(chunk)) await once(out, "drain");
  });
  out.end();
  await once(out, "finish");
  console.log(
    `wrote ${values.popolo}: ${counts.persons} persons, ${counts.organizations} organizations, ${counts.posts} posts, ${counts.memberships} memberships`,
  );
} finally {
  await db.$disconnect();
}

// npm run fetch -- URL...   announcement pages or list pages; imports each new decision page once.
import { parseArgs } from "node:util";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate.mjs";
import { crawl, DEFAULT_CRAWL } from "../lib/fetch/crawl";

const { values, positionals: urls } = parseArgs({
  allowPositionals: true,
  options: {
    "max-pages": { type: "string" },
    "delay-ms": { type: "string" },
    "timeout-s": { type: "string" },
  },
});
if (urls.length === 0) {
  console.error(
    "usage: npm run fetch -- [--max-pages N] [--delay-ms MS] [--timeout-s S] URL...\n" +
      "  URL: an announcement page, or a list page whose same-site links to personnel decisions are followed.\n" +
      "  Private, loopback and link-local addresses are refused unless RENMIAN_FETCH_ALLOW_PRIVATE=1.",
  );
  process.exit(2);
}
const number = (v: string | undefined, fallback: number) =>
  v !== undefined && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : fallback;
await migrate(undefined, () => {});
const db = createDb();
try {
  const summary = await crawl(db, urls, {
    maxPages: number(values["max-pages"], DEFAULT_CRAWL.maxPages),
    delayMs: number(values["delay-ms"], DEFAULT_CRAWL.delayMs),
    pageTimeoutMs: number(values["timeout-s"], DEFAULT_CRAWL.pageTimeoutMs / 1000) * 1000,
  });
  const unchanged = summary.pages.filter((p) => p.outcome === "unchanged" || p.outcome === "duplicate").length;
  const skipped = summary.pages.filter((p) => p.outcome === "skipped").length;
  console.log(
    summary.imported === 0
      ? `nothing new: ${unchanged} page(s) already imported, ${skipped} skipped, ${summary.failed} failed`
      : `imported ${summary.imported} new page(s); ${unchanged} already imported, ${skipped} skipped, ${summary.failed} failed`,
  );
  process.exitCode = summary.failed > 0 && summary.imported === 0 && unchanged === 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}

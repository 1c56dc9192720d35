// Run in a child process by the benchmark so its peak RSS is the export's alone:
//   tsx tools/bench/exportChild.ts <database-url> <csv|floor> <out-file> [max-seconds]
// csv: the app's CSV export of the whole actions table (walkActions → csvStream, as /actions.csv);
// floor: the same SELECT in keyset chunks, values joined by commas, no formatting. (On SQLite the
// floor names the (date, id) index: with statistics the planner otherwise sorts every chunk.)
// Stops early after max-seconds (default 600), so a slow export still gives a figure.
// Prints one JSON line: { rows, bytes, seconds, maxRssMB, finished }.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { createDb, isPostgresUrl } from "../../lib/db/client";
import { actionColumns } from "../../lib/export/columns";
import { csvStream } from "../../lib/export/csv";
import { type ActionRow, walkActions } from "../../lib/queries/actions";

const [url, mode, outFile, maxArg] = process.argv.slice(2);
const deadline = performance.now() + Number(maxArg ?? 600) * 1000;
let finished = true;
const overTime = () => {
  if (performance.now() < deadline) return false;
  finished = false;
  return true;
};
const db = createDb(url);
const started = performance.now();
let rows = 0;

async function* counted(source: AsyncIterable<ActionRow>) {
  for await (const r of source) {
    rows++;
    yield r;
    if (rows % 1000 === 0 && overTime()) return;
  }
}

async function* floorLines(): AsyncGenerator<string> {
  const pg = isPostgresUrl(url);
  const p = (n: number) => (pg ? `$${n}` : "?");
  const select = `SELECT a."date", n."id" AS aid, n."number", a."personId", a."personName", a."kind", o."name", p."title", a."id"
    FROM "Action" a ${pg ? "" : `INDEXED BY "Action_date_id_idx"`} JOIN "Post" p ON p."id" = a."postId" JOIN "Organization" o ON o."id" = p."organizationId" JOIN "Announcement" n ON n."id" = a."announcementId"`;
  let last: { date: string; id: number } | null = null;
  for (;;) {
    const chunk: Record<string, unknown>[] = last
      ? await db.$queryRawUnsafe(
          `${select} WHERE (a."date", a."id") < (${p(1)}, ${p(2)}) ORDER BY a."date" DESC, a."id" DESC LIMIT 1000`,
          last.date,
          last.id,
        )
      : await db.$queryRawUnsafe(`${select} ORDER BY a."date" DESC, a."id" DESC LIMIT 1000`);
    if (!chunk.length) return;
    let out = "";
    for (const r of chunk) out += `${Object.values(r).join(",")}\n`;
    rows += chunk.length;
    yield out;
    const tail = chunk[chunk.length - 1];
    last = { date: String(tail.date), id: Number(tail.id) };
    if (chunk.length < 1000 || overTime()) return;
  }
}

const file = createWriteStream(outFile);
if (mode === "csv") {
  const stream = csvStream(actionColumns("https://renmian.example"), counted(walkActions(db, {}, { clauses: true })));
  await pipeline(Readable.fromWeb(stream as unknown as WebReadableStream<Uint8Array>), file);
} else {
  await pipeline(Readable.from(floorLines()), file);
}
await db.$disconnect();
console.log(
  JSON.stringify({
    rows,
    bytes: file.bytesWritten,
    seconds: (performance.now() - started) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    finished,
  }),
);

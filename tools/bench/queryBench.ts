// Server-side latency of the pages' data (the lib/queries functions the pages call) beside the
// floor: the equivalent plain indexed SQL, run through the same client on the same database.
import type { Db } from "../../lib/db/client";
import { listActions } from "../../lib/queries/actions";
import { rosterAt } from "../../lib/queries/organs";
import { searchPeople } from "../../lib/queries/search";
import type { BenchProvider } from "./database";
import { type Latency, latency, sample } from "./stats";

export interface QueryFigure {
  name: string;
  app: Latency;
  floor: Latency;
  target: number;
  note?: string;
}

type Params = (string | number)[];

function sql(provider: BenchProvider, text: string): string {
  let n = 0;
  return provider === "postgres" ? text.replace(/\?/g, () => `$${++n}`) : text;
}

async function column<T>(db: Db, query: string): Promise<T[]> {
  const rows = await db.$queryRawUnsafe<Record<string, T>[]>(query);
  return rows.map((r) => Object.values(r)[0]);
}

export async function queryBench(db: Db, provider: BenchProvider, runs = 100): Promise<QueryFigure[]> {
  const q = (text: string, params: Params) => db.$queryRawUnsafe(sql(provider, text), ...params);
  const out: QueryFigure[] = [];

  // ── name search ──
  const two = sample(await column<string>(db, `SELECT DISTINCT "nameKey" FROM "Person" WHERE length("nameKey") = 2`), runs, 1);
  const three = sample(await column<string>(db, `SELECT DISTINCT "nameKey" FROM "Person" WHERE length("nameKey") = 3`), runs, 2);
  const initials = sample(await column<string>(db, `SELECT DISTINCT "initials" FROM "Person" WHERE length("nameKey") = 3`), runs, 3);
  const byName = `SELECT "id", "name", "pinyin" FROM "Person" WHERE "nameKey" = ? AND "mergedIntoId" IS NULL ORDER BY "nameKey", "id" LIMIT 20`;
  const byInitials = `SELECT "id", "name", "pinyin" FROM "Person" WHERE "initials" = ? AND "mergedIntoId" IS NULL ORDER BY "nameKey", "id" LIMIT 20`;
  for (const [name, inputs, floorSql] of [
    ["search: 2-character names", two, byName],
    ["search: 3-character names", three, byName],
    ["search: pinyin initials", initials, byInitials],
  ] as const) {
    out.push({
      name,
      app: await latency([...inputs], (s) => searchPeople(db, { q: s })),
      floor: await latency([...inputs], (s) => q(floorSql, [s])),
      target: 50,
    });
  }

  // ── roster of an organ at a date ──
  const orgIds = await column<number>(db, `SELECT DISTINCT p."organizationId" FROM "Post" p JOIN "Tenure" t ON t."postId" = p."id"`);
  const rosterInputs = sample(orgIds.map(Number), runs, 4).map((id, i) => ({
    id,
    at: `${1999 + (i % 28)}-${String(1 + (i % 12)).padStart(2, "0")}-15`,
  }));
  out.push({
    name: "organ roster at a date",
    app: await latency(rosterInputs, (r) => rosterAt(db, r.id, { at: r.at })),
    floor: await latency(rosterInputs, (r) =>
      q(
        `SELECT t."id", t."personId", t."startDate", t."endDate", p."title", pe."name" FROM "Tenure" t
         JOIN "Post" p ON p."id" = t."postId" JOIN "Person" pe ON pe."id" = t."personId"
         WHERE p."organizationId" = ? AND (t."startDate" <= ? OR t."startDate" IS NULL) AND (t."endActionId" IS NULL OR t."endDate" > ?)
         ORDER BY p."rank", p."title", t."startDate"`,
        [r.id, r.at, r.at],
      ),
    ),
    target: 100,
  });

  // ── the actions table with two filters: action kind + organ, and action kind + a year ──
  const kinds = ["任命", "免去", "决定任命", "决定免去"];
  const orgNames = sample(
    await column<string>(db, `SELECT "name" FROM "Organization" WHERE "id" IN (SELECT DISTINCT "organizationId" FROM "Post")`),
    runs,
    5,
  );
  const tableInputs = orgNames.map((org, i) => {
    const year = 1998 + (i % 29);
    return i % 2 === 0 ? { kind: kinds[i % 4], org } : { kind: kinds[i % 4], from: `${year}-01-01`, to: `${year}-12-31` };
  });
  const pageSelect = `SELECT a."id", a."date", a."kind", a."personName", a."personId", n."id" AS "announcementId", n."number", p."title", o."name"
    FROM "Action" a JOIN "Post" p ON p."id" = a."postId" JOIN "Organization" o ON o."id" = p."organizationId" JOIN "Announcement" n ON n."id" = a."announcementId"`;
  out.push({
    name: "actions table, two filters",
    app: await latency(tableInputs, (f) => listActions(db, { kinds: [f.kind], org: f.org, from: f.from, to: f.to })),
    floor: await latency(tableInputs, async (f) => {
      if (f.org) {
        const where = `WHERE a."kind" = ? AND o."name" = ?`;
        await Promise.all([
          q(`${pageSelect} ${where} ORDER BY a."date" DESC, a."id" DESC LIMIT 50`, [f.kind, f.org]),
          q(
            `SELECT COUNT(*) AS c FROM "Action" a JOIN "Post" p ON p."id" = a."postId" JOIN "Organization" o ON o."id" = p."organizationId" ${where}`,
            [f.kind, f.org],
          ),
        ]);
      } else {
        const where = `WHERE a."kind" = ? AND a."date" >= ? AND a."date" <= ?`;
        await Promise.all([
          q(`${pageSelect} ${where} ORDER BY a."date" DESC, a."id" DESC LIMIT 50`, [f.kind, f.from!, f.to!]),
          q(`SELECT COUNT(*) AS c FROM "Action" a ${where}`, [f.kind, f.from!, f.to!]),
        ]);
      }
    }),
    target: 100,
    note: "half kind + organ, half kind + one year; page of 50 and the total count",
  });

  // ── the actions table sorted by organ, post or kind: first pages, both directions, all rows or one kind ──
  const SORTS = [
    { sort: "org", join: `JOIN "Post" p ON p."id" = a."postId" JOIN "Organization" o ON o."id" = p."organizationId"`, key: `o."name"` },
    { sort: "post", join: `JOIN "Post" p ON p."id" = a."postId"`, key: `p."title"` },
    { sort: "kind", join: "", key: `a."kind"` },
  ] as const;
  const sortInputs = Array.from({ length: Math.max(12, Math.min(runs, 60)) }, (_, i) => ({
    ...SORTS[i % 3],
    dir: (Math.floor(i / 3) % 2 === 0 ? "asc" : "desc") as "asc" | "desc",
    kind: Math.floor(i / 6) % 2 === 0 ? undefined : kinds[i % 4],
  }));
  out.push({
    name: "actions table sorted by organ, post or kind",
    app: await latency(sortInputs, (f) => listActions(db, { sort: f.sort, dir: f.dir, kinds: f.kind ? [f.kind] : undefined })),
    floor: await latency(sortInputs, async (f) => {
      const where = f.kind ? `WHERE a."kind" = ?` : "";
      const params = f.kind ? [f.kind] : [];
      const d = f.dir.toUpperCase();
      await Promise.all([
        q(`SELECT a."id" FROM "Action" a ${f.join} ${where} ORDER BY ${f.key} ${d}, a."id" ${d} LIMIT 50`, params),
        q(`SELECT COUNT(*) AS c FROM "Action" a ${where}`, params),
      ]);
    }),
    target: 100,
    note: "first page of 50 and the total count, ascending and descending, all actions or one kind",
  });
  return out;
}

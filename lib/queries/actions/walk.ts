// The export walk: ALL rows of a filter in the order the pages show (sort key, then id), chunk after
// chunk by keyset (no OFFSET, nothing buffered beyond one chunk). Null dates come last in both
// directions: the dated rows are walked first, then the undated by id.
//
// Each chunk is one SELECT of Action's own columns, shaped into ActionRow here with the posts (read
// once) and the chunk's announcements (one look-up per chunk), instead of Prisma's nested selects
// and their result mapping per row. Reading Action alone leaves SQLite's planner no join order to
// get wrong: it once drove the walk from Post and sorted every chunk.
import { Prisma } from "../../../generated/prisma/client";
import { type Db, providerOf } from "../../db/client";
import { conditions, type ResolvedFilter, resolveFilter, whereOf } from "./conditions";
import { ActionsFilter, type ActionsFilterInput } from "./filter";
import { type ActionRow, rowSelect, SourceTexts, sortValue } from "./rows";

interface FlatRow {
  id: number | bigint;
  date: string | null;
  kind: string;
  personName: string;
  personId: number | bigint;
  announcementId: number | bigint;
  postId: number | bigint;
  spanStart: number | bigint;
  spanEnd: number | bigint;
}

export interface WalkOptions {
  /** Rows per query (default 5000). */
  chunkSize?: number;
  /** Also read each entry's clause from its source text. */
  clauses?: boolean;
}

type PostInfo = ActionRow["post"];
type AnnouncementInfo = ActionRow["announcement"];

interface Phase {
  chunkSize: number;
  texts?: SourceTexts;
}

/** The keys walked as (key, id) ranges of an index: (date, id) and (personName, id). */
type RangeKey = "date" | "person";

const SORT_COLUMN: Record<RangeKey, Prisma.Sql> = {
  date: Prisma.sql`a."date"`,
  person: Prisma.sql`a."personName"`,
};

/** Every post with its organ (a catalogue of some thousands, read once per walk). */
async function postCatalogue(db: Db): Promise<Map<number, PostInfo>> {
  const posts = await db.post.findMany({ select: rowSelect.post.select });
  return new Map(posts.map((p) => [p.id, p]));
}

/** The announcements of one chunk (a chunk of rows comes from few announcements). */
async function announcementsOf(db: Db, rows: FlatRow[]): Promise<Map<number, AnnouncementInfo>> {
  const ids = [...new Set(rows.map((r) => Number(r.announcementId)))];
  if (!ids.length) return new Map();
  const found = await db.announcement.findMany({ where: { id: { in: ids } }, select: rowSelect.announcement.select });
  return new Map(found.map((a) => [a.id, a]));
}

/**
 * One phase of the walk: the rows matching `conditions`, ordered by (key, id) in `dir`, in chunks
 * that each start strictly after the last row seen (a row-value comparison, which the (key, id)
 * index serves as a range, however deep the walk). Without a key the phase walks by id alone.
 */
async function* walkPhase(
  db: Db,
  posts: Map<number, PostInfo>,
  conditions: Prisma.Sql[],
  key: RangeKey | undefined,
  dir: "asc" | "desc",
  { chunkSize, texts }: Phase,
): AsyncGenerator<ActionRow> {
  const order = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const beyond = dir === "asc" ? Prisma.sql`>` : Prisma.sql`<`;
  const column = key ? SORT_COLUMN[key] : undefined;
  const orderBy = column ? Prisma.sql`${column} ${order}, a."id" ${order}` : Prisma.sql`a."id" ${order}`;
  let last: ActionRow | null = null;
  for (;;) {
    const where = [...conditions];
    if (last) {
      const value = key ? sortValue(last, key) : null;
      where.push(column ? Prisma.sql`(${column}, a."id") ${beyond} (${value}, ${last.id})` : Prisma.sql`a."id" ${beyond} ${last.id}`);
    }
    const rows = await db.$queryRaw<FlatRow[]>`
      SELECT a."id", a."date", a."kind", a."personName", a."personId", a."announcementId", a."postId", a."spanStart", a."spanEnd"
      FROM "Action" a
      WHERE ${whereOf(where)}
      ORDER BY ${orderBy}
      LIMIT ${chunkSize}`;
    const announcements = await announcementsOf(db, rows);
    const chunk = rows.map(
      (r): ActionRow => ({
        id: Number(r.id),
        date: r.date,
        kind: r.kind,
        personName: r.personName,
        personId: Number(r.personId),
        spanStart: Number(r.spanStart),
        spanEnd: Number(r.spanEnd),
        announcement: announcements.get(Number(r.announcementId))!,
        post: posts.get(Number(r.postId))!,
      }),
    );
    if (texts) await texts.attachClauses(chunk);
    yield* chunk;
    if (chunk.length < chunkSize) return;
    last = chunk[chunk.length - 1];
  }
}

/** All rows of a filter in the order shown (sort key, then id), by keyset chunks. */
export async function* walkActions(db: Db, input: ActionsFilterInput, options: WalkOptions | number = {}): AsyncGenerator<ActionRow> {
  const { chunkSize = 5000, clauses = false } = typeof options === "number" ? { chunkSize: options } : options;
  const phase: Phase = { chunkSize, texts: clauses ? new SourceTexts(db) : undefined };
  const f = ActionsFilter.parse(input);
  const r = await resolveFilter(db, f);
  if (!r) return;
  const posts = await postCatalogue(db);
  if (f.sort === "person") {
    yield* walkPhase(db, posts, conditions(r), "person", f.dir, phase);
    return;
  }
  if (f.sort === "date") {
    const c = conditions(r);
    yield* walkPhase(db, posts, [...c, Prisma.sql`a."date" IS NOT NULL`], "date", f.dir, phase);
    yield* walkPhase(db, posts, [...c, Prisma.sql`a."date" IS NULL`], undefined, f.dir, phase);
    return;
  }
  const c = conditions(r, f.sort === "kind" ? "kind" : "post");
  for (const group of await sortGroups(db, r, posts)) yield* walkPhase(db, posts, [...c, group], undefined, f.dir, phase);
}

// Sorting by organ, post title or kind: Action has no index in that order (the first two are
// columns of other tables), so a keyset walk on (key, id) would sort all remaining rows for every
// chunk. Instead the key's values are put in order by the database (its collation, as on the page)
// on the small tables, and each value's rows (an organ's posts, the posts of one title, one kind)
// are walked by id: every chunk is a range of an index, and the whole walk is linear.

function groupPostIds(
  posts: Map<number, PostInfo>,
  r: ResolvedFilter,
  keyOf: (p: PostInfo) => string | number,
): Map<string | number, number[]> {
  const allowed = r.postIds ? new Set(r.postIds) : null;
  const groups = new Map<string | number, number[]>();
  for (const p of posts.values()) {
    if (allowed && !allowed.has(p.id)) continue;
    const k = keyOf(p);
    const ids = groups.get(k);
    if (ids) ids.push(p.id);
    else groups.set(k, [p.id]);
  }
  return groups;
}

/** One condition per value of the sort key, in the order of the sort. */
async function sortGroups(db: Db, r: ResolvedFilter, posts: Map<number, PostInfo>): Promise<Prisma.Sql[]> {
  const f = r.filter;
  const inPosts = (ids: number[] | undefined) => (ids ? [Prisma.sql`a."postId" IN (${Prisma.join(ids)})`] : []);
  if (f.sort === "org") {
    const groups = groupPostIds(posts, r, (p) => p.organization.id);
    const orgs = await db.organization.findMany({ orderBy: { name: f.dir }, select: { id: true } });
    return orgs.flatMap((o) => inPosts(groups.get(o.id)));
  }
  if (f.sort === "post") {
    const groups = groupPostIds(posts, r, (p) => p.title);
    const titles = await db.post.groupBy({ by: ["title"], orderBy: { title: f.dir } });
    return titles.flatMap((t) => inPosts(groups.get(t.title)));
  }
  const kinds = await db.action.groupBy({
    by: ["kind"],
    orderBy: { kind: f.dir },
    ...(f.kinds.length ? { where: { kind: { in: f.kinds } } } : {}),
  });
  // On SQLite the unary + keeps the (kind, date) index out of it: rows of a common kind are then
  // found walking the primary key (a chunk reads about as many rows as it returns), not sorted by id
  // from the whole kind for every chunk. PostgreSQL weighs the two itself.
  const sqlite = providerOf(db) === "sqlite";
  return kinds.map((k) => (sqlite ? Prisma.sql`+a."kind" = ${k.kind}` : Prisma.sql`a."kind" = ${k.kind}`));
}

// The one encoding of the actions filter: SQL conditions on "Action" a, shared by the pages and the
// export walk. The text filters name organs, posts and people, which live in small tables; they are
// resolved there first (an organ is a few dozen posts, a name a few people), so the conditions on
// Action are on ids that its (postId, date) and (personId, date) indexes serve. Joining the organ's
// name into the Action query instead let SQLite walk the (kind, date) index in date order for
// ORDER BY … LIMIT and check the organ of every row: ~400,000 rows for an organ with no action of
// the chosen kind. Text is matched with instr/strpos, not LIKE: a % or _ typed in a filter is a
// character like any other.
import { Prisma } from "../../../generated/prisma/client";
import { type Db, type Provider, providerOf } from "../../db/client";
import { isPinyinQuery, nameKey } from "../../domain/names";
import type { ActionsFilter } from "./filter";

/** Tests lower these. */
export const accessLimits = {
  /** Beyond this many matching people the name filter stays a subquery (a very common name part). */
  personIds: 2000,
  /**
   * Up to this many matching actions, a SQLite page in organ or post order with a kind filter sorts
   * them off the kind index (about 10 ms per 50,000 at 1 M actions) instead of walking organs or
   * posts in name order: a rare kind (决定任命, 1.4 % of actions) may have no row among the first
   * thousands of actions that walk visits (0.15 s at 1 M).
   */
  kindSortRows: 50_000,
};

/** A filter with its text parts resolved to ids (or, for a name matching very many people, a subquery). */
export interface ResolvedFilter {
  filter: ActionsFilter;
  provider: Provider;
  /** Only these posts (from the organ and post filters), when either is set. */
  postIds?: number[];
  /** Only these people (from the person filter), when it matched at most accessLimits.personIds people. */
  personIds?: number[];
  /** The ids of the people the person filter matches, as a subquery, when it matched more than that. */
  personQuery?: Prisma.Sql;
}

// The highest code point: under SQLite's binary collation every string that starts with `key` sorts
// between key and key + MAX_CHAR, a range its B-tree index serves (its LIKE cannot use one).
const MAX_CHAR = String.fromCodePoint(0x10ffff);

/** Whether the column contains the text, taken literally (no LIKE pattern); on SQLite ASCII letters fold as its LIKE does (lib/queries/literal.ts). */
function contains(column: Prisma.Sql, part: string, provider: Provider): Prisma.Sql {
  return provider === "sqlite" ? Prisma.sql`instr(lower(${column}), lower(${part})) > 0` : Prisma.sql`strpos(${column}, ${part}) > 0`;
}

function hasPrefix(column: Prisma.Sql, prefix: string, provider: Provider): Prisma.Sql {
  // The prefix is pinyin letters only (isPinyinQuery), so it holds no LIKE wildcard; PostgreSQL's
  // text_pattern_ops indexes (migration 0002) serve LIKE 'prefix%'.
  return provider === "sqlite"
    ? Prisma.sql`(${column} >= ${prefix} AND ${column} < ${prefix + MAX_CHAR})`
    : Prisma.sql`${column} LIKE ${`${prefix}%`}`;
}

/** The person filter on "Person" p: a part of the name (any script), or the start of its pinyin or initials. */
function personCondition(person: string, provider: Provider): Prisma.Sql {
  if (isPinyinQuery(person)) {
    const p = person.toLowerCase().replace(/[\s'’]/g, "");
    return Prisma.sql`(${hasPrefix(Prisma.sql`p."pinyin"`, p, provider)} OR ${hasPrefix(Prisma.sql`p."initials"`, p, provider)})`;
  }
  return contains(Prisma.sql`p."nameKey"`, nameKey(person), provider);
}

/** The posts the organ and post filters allow. */
async function postIds(db: Db, f: ActionsFilter, provider: Provider): Promise<number[]> {
  const c: Prisma.Sql[] = [];
  if (f.org) c.push(contains(Prisma.sql`o."name"`, f.org, provider));
  if (f.post) c.push(contains(Prisma.sql`p."title"`, f.post, provider));
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT p."id" FROM "Post" p JOIN "Organization" o ON o."id" = p."organizationId"
    WHERE ${Prisma.join(c, " AND ")}`;
  return rows.map((r) => Number(r.id));
}

/** The filter resolved against the small tables, or null when a text filter matches nothing (no row can match). */
export async function resolveFilter(db: Db, f: ActionsFilter): Promise<ResolvedFilter | null> {
  const provider = providerOf(db);
  const r: ResolvedFilter = { filter: f, provider };
  if (f.org || f.post) {
    r.postIds = await postIds(db, f, provider);
    if (!r.postIds.length) return null;
  }
  if (f.person) {
    const where = personCondition(f.person, provider);
    const people = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT p."id" FROM "Person" p WHERE ${where} LIMIT ${accessLimits.personIds + 1}`;
    if (!people.length) return null;
    if (people.length > accessLimits.personIds) r.personQuery = Prisma.sql`SELECT p."id" FROM "Person" p WHERE ${where}`;
    else r.personIds = people.map((p) => Number(p.id));
  }
  return r;
}

/**
 * The filter as conditions on "Action" a. `omit` leaves out the kinds or posts when the caller
 * walks them group by group. With ids to start from, SQLite is kept off the (kind, date) index:
 * the kinds are written as NOT (kind NOT IN …), the same rows (kind is never null) in a form no
 * index serves. Its planner otherwise chose that index whenever its statistics underrated how many
 * rows one kind has (as the sampled statistics of PRAGMA optimize do: ~1,000 where 任命 has ~490,000
 * at 1 M actions), then walked it in date order checking each row's post. Starting from the ids
 * costs at most the rows of the organ, post or people chosen. `inOrganOrPostOrder`: the same for a
 * page sorted by organ or post (not for its count, which the kind index serves best).
 */
export function conditions(r: ResolvedFilter, omit: "kind" | "post" | null = null, inOrganOrPostOrder = false): Prisma.Sql[] {
  const f = r.filter;
  const c: Prisma.Sql[] = [];
  if (r.personIds) c.push(Prisma.sql`a."personId" IN (${Prisma.join(r.personIds)})`);
  if (r.personQuery) c.push(Prisma.sql`a."personId" IN (${r.personQuery})`);
  if (f.kinds.length && omit !== "kind") {
    const kinds = Prisma.join(f.kinds);
    // Also for a page in organ or post order: walking organs or posts in name order fills a page after a
    // few of them, where the kind index means sorting every action of the kind (0.2–0.3 s at 1 M).
    const offKindIndex = r.provider === "sqlite" && (r.postIds || r.personIds || inOrganOrPostOrder);
    c.push(offKindIndex ? Prisma.sql`NOT (a."kind" NOT IN (${kinds}))` : Prisma.sql`a."kind" IN (${kinds})`);
  }
  if (r.postIds && omit !== "post") c.push(Prisma.sql`a."postId" IN (${Prisma.join(r.postIds)})`);
  if (f.from) c.push(Prisma.sql`a."date" >= ${f.from}`);
  if (f.to) c.push(Prisma.sql`a."date" <= ${f.to}`);
  return c;
}

/** Conditions joined for a WHERE clause. */
export function whereOf(c: Prisma.Sql[]): Prisma.Sql {
  return c.length ? Prisma.join(c, " AND ") : Prisma.sql`1 = 1`;
}

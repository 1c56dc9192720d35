// A page of the actions table: filtered, sorted and paged in the database, with the total of all pages.
import { Prisma } from "../../../generated/prisma/client";
import type { Db } from "../../db/client";
import { accessLimits, conditions, type ResolvedFilter, resolveFilter, whereOf } from "./conditions";
import { ActionsFilter, type ActionsFilterInput } from "./filter";
import { type ActionRow, rowsByIds } from "./rows";

type IdRow = { id: number | bigint };

/** The ORDER BY of the page (ties broken by id alone, as in the export walk, so the CSV lists rows in the order shown). */
function order(f: ActionsFilter): { join: Prisma.Sql; orderBy: Prisma.Sql } {
  const d = Prisma.raw(f.dir === "asc" ? "ASC" : "DESC");
  const none = Prisma.empty;
  const post = Prisma.sql`JOIN "Post" p ON p."id" = a."postId"`;
  switch (f.sort) {
    case "date":
      return { join: none, orderBy: Prisma.sql`(a."date" IS NULL), a."date" ${d}, a."id" ${d}` };
    case "person":
      return { join: none, orderBy: Prisma.sql`a."personName" ${d}, a."id" ${d}` };
    case "kind":
      return { join: none, orderBy: Prisma.sql`a."kind" ${d}, a."id" ${d}` };
    case "org":
      return {
        join: Prisma.sql`${post} JOIN "Organization" o ON o."id" = p."organizationId"`,
        orderBy: Prisma.sql`o."name" ${d}, a."id" ${d}`,
      };
    case "post":
      return { join: post, orderBy: Prisma.sql`p."title" ${d}, a."id" ${d}` };
  }
}

async function count(db: Db, c: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n FROM "Action" a WHERE ${whereOf(c)}`;
  return Number(row.n);
}

/**
 * How many actions the filter matches. On PostgreSQL, when it filters by kinds alone or not at all,
 * read from the tally of actions per kind its triggers keep (migration 0017); counted otherwise.
 */
async function total(db: Db, r: ResolvedFilter, c: Prisma.Sql[]): Promise<number> {
  if (r.provider !== "postgresql" || conditions(r, "kind").length) return count(db, c);
  const kinds = r.filter.kinds;
  const rows = await db.actionTally.findMany({ where: kinds.length ? { kind: { in: kinds } } : {}, select: { n: true } });
  return rows.reduce((sum, row) => sum + row.n, 0);
}

async function ids(db: Db, query: Prisma.Sql): Promise<number[]> {
  return (await db.$queryRaw<IdRow[]>`${query}`).map((r) => Number(r.id));
}

export async function listActions(db: Db, input: ActionsFilterInput): Promise<{ rows: ActionRow[]; total: number; filter: ActionsFilter }> {
  const f = ActionsFilter.parse(input);
  const r = await resolveFilter(db, f);
  if (!r) return { rows: [], total: 0, filter: f };
  if (f.sort === "date" && !r.postIds && !r.personIds) return { ...(await datePage(db, r)), filter: f };
  const c = conditions(r);
  const { join, orderBy } = order(f);
  const page = (inOrganOrPostOrder: boolean) =>
    ids(
      db,
      Prisma.sql`SELECT a."id" FROM "Action" a ${join} WHERE ${whereOf(conditions(r, null, inOrganOrPostOrder))} ORDER BY ${orderBy}
        LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    );
  const byName = f.sort === "org" || f.sort === "post";
  if (r.provider === "sqlite" && byName && f.kinds.length) {
    // SQLite answers one query at a time anyway: count first and let the count choose the plan
    // (accessLimits.kindSortRows).
    const matching = await total(db, r, c);
    return { rows: await rowsByIds(db, await page(matching > accessLimits.kindSortRows)), total: matching, filter: f };
  }
  const [pageIds, matching] = await Promise.all([page(byName), total(db, r, c)]);
  return { rows: await rowsByIds(db, pageIds), total: matching, filter: f };
}

/**
 * A page in date order, nulls last, as two segments: the dated rows by (date, id), then the undated
 * by id. "Nulls last" in one ORDER BY is an expression the (date, id) index does not serve: every
 * page sorted all matching rows (0.5 s for the unfiltered first page at 1 M actions). Each segment's
 * order is the index's. (With post or person ids to start from, the rows are few and sorting them
 * is the better plan.)
 */
async function datePage(db: Db, r: ResolvedFilter): Promise<{ rows: ActionRow[]; total: number }> {
  const f = r.filter;
  const d = Prisma.raw(f.dir === "asc" ? "ASC" : "DESC");
  const skip = (f.page - 1) * f.pageSize;
  const c = conditions(r);
  const undated = [...c, Prisma.sql`a."date" IS NULL`];
  const [dated, matching, undatedCount] = await Promise.all([
    ids(
      db,
      Prisma.sql`SELECT a."id" FROM "Action" a WHERE ${whereOf([...c, Prisma.sql`a."date" IS NOT NULL`])}
        ORDER BY a."date" ${d}, a."id" ${d} LIMIT ${f.pageSize} OFFSET ${skip}`,
    ),
    total(db, r, c),
    count(db, undated),
  ]);
  let page = dated;
  if (dated.length < f.pageSize && undatedCount > 0) {
    const rest = await ids(
      db,
      Prisma.sql`SELECT a."id" FROM "Action" a WHERE ${whereOf(undated)} ORDER BY a."id" ${d}
        LIMIT ${f.pageSize - dated.length} OFFSET ${Math.max(0, skip - (matching - undatedCount))}`,
    );
    page = [...dated, ...rest];
  }
  return { rows: await rowsByIds(db, page), total: matching };
}

/** Organs for the filter's suggestions: the ones with the most actions first would need a scan, so by name. */
export async function organNames(db: Db, take = 500): Promise<string[]> {
  const orgs = await db.organization.findMany({ where: { posts: { some: {} } }, orderBy: { name: "asc" }, take, select: { name: true } });
  return orgs.map((o) => o.name).filter(Boolean);
}

// The actions table: per-column filters, sorting and paging done in the database, and a keyset
// walk over ALL filtered rows (for CSV export) that never loads them at once.
import { z } from "zod";
import { Prisma } from "../../generated/prisma/client";
import { type Db, type Provider, providerOf } from "../db/client";
import { ACTION_GROUP_KEYS, isActionGroup, kindsOfGroups } from "../domain/actionGroups";
import { isPinyinQuery, nameKey } from "../domain/names";
import { first, OptionalIsoDate, Page, pageSizeSchema, paramsRecord, prefixRange } from "./common";
import { likeOperand, literalContains, organizationNameWhere, personNameKeyWhere, postTitleWhere } from "./literal";

/** The 11 action names of FORMAT.md, in its order. */
export const ACTION_KINDS = [
  "任命",
  "决定任命",
  "批准任命",
  "免去",
  "决定免去",
  "批准免去",
  "接受辞职",
  "批准辞职",
  "撤销职务",
  "罢免",
  "决定代理",
] as const;

export const SORT_KEYS = ["date", "person", "kind", "org", "post"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const COLUMN_KEYS = ["date", "announcement", "person", "kind", "org", "post"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

const text = z.string().trim().max(100).catch("").default("");

export const ActionsFilter = z.object({
  /** Person: part of a name (any script), or pinyin / initials. */
  person: text,
  /** Action groups (任, 免, 辞): each stands for all its kinds (lib/domain/actionGroups.ts). */
  groups: z
    .array(z.string())
    .catch([])
    .default([])
    .transform((gs) => ACTION_GROUP_KEYS.filter((g) => gs.includes(g))),
  /** Action kinds (any of the 11 names): those named, and those of the groups (see actionsFilterFromParams). */
  kinds: z
    .array(z.string())
    .catch([])
    .default([])
    .transform((ks) => [...new Set(ks.filter((k): k is string => (ACTION_KINDS as readonly string[]).includes(k)))]),
  /** Organ: its name or part of it. */
  org: text,
  /** Post title: part of it. */
  post: text,
  from: OptionalIsoDate,
  to: OptionalIsoDate,
  sort: z.enum(SORT_KEYS).catch("date").default("date"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: Page,
  pageSize: pageSizeSchema(50, 200),
});
export type ActionsFilterInput = z.input<typeof ActionsFilter>;
export type ActionsFilter = z.output<typeof ActionsFilter>;

/** Reads the filter from URL parameters (kind may repeat or be comma-separated; hide is the UI's). */
export function actionsFilterFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>): ActionsFilter {
  const r = paramsRecord(params);
  const list = (v: string | string[] | undefined) =>
    [v ?? []]
      .flat()
      .flatMap((k) => k.split(","))
      .filter(Boolean);
  const groups = list(r.group).filter(isActionGroup);
  return ActionsFilter.parse({
    person: first(r.person),
    groups,
    // A group is the union of its kinds; the queries read only `kinds`.
    kinds: [...list(r.kind), ...kindsOfGroups(groups)],
    org: first(r.org),
    post: first(r.post),
    from: first(r.from),
    to: first(r.to),
    sort: first(r.sort),
    dir: first(r.dir),
    page: first(r.page),
    pageSize: first(r.pageSize),
  });
}

/** The kinds a filter names beyond those of its groups. */
export function explicitKinds(f: Partial<Pick<ActionsFilter, "kinds" | "groups">>): string[] {
  const covered = new Set(kindsOfGroups(f.groups ?? []));
  return (f.kinds ?? []).filter((k) => !covered.has(k));
}

/** The URL query for a filter, leaving out defaults, so shared links stay short and stable. */
export function actionsFilterToParams(f: Partial<ActionsFilter>, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (f.person) p.set("person", f.person);
  for (const g of f.groups ?? []) p.append("group", g);
  for (const k of explicitKinds(f)) p.append("kind", k);
  if (f.org) p.set("org", f.org);
  if (f.post) p.set("post", f.post);
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.sort && f.sort !== "date") p.set("sort", f.sort);
  if (f.dir && f.dir !== "desc") p.set("dir", f.dir);
  if (f.page && f.page > 1) p.set("page", String(f.page));
  if (f.pageSize && f.pageSize !== 50) p.set("pageSize", String(f.pageSize));
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  return p;
}

/**
 * The filter as one Prisma condition (tests and callers that need one condition). Literal on
 * PostgreSQL; on SQLite for text without `_`, `%` or `\`. The table and the export go through
 * resolveScope, which is literal on both (lib/queries/literal.ts).
 */
export function actionsWhere(f: ActionsFilter, provider: Provider = "sqlite"): Prisma.ActionWhereInput {
  const and: Prisma.ActionWhereInput[] = [];
  if (f.person) {
    if (isPinyinQuery(f.person)) {
      const p = f.person.toLowerCase().replace(/[\s'’]/g, "");
      and.push({ person: { OR: [{ pinyin: prefixRange(p, provider) }, { initials: prefixRange(p, provider) }] } });
    } else {
      and.push({ person: personNameKeyWhere({ contains: likeOperand(nameKey(f.person), provider) }) });
    }
  }
  if (f.kinds.length) and.push({ kind: { in: f.kinds } });
  if (f.org) and.push({ post: { organization: organizationNameWhere({ contains: likeOperand(f.org, provider) }) } });
  if (f.post) and.push({ post: postTitleWhere({ contains: likeOperand(f.post, provider) }) });
  if (f.from) and.push({ date: { gte: f.from } });
  if (f.to) and.push({ date: { lte: f.to } });
  return and.length ? { AND: and } : {};
}

function orderBy(f: Pick<ActionsFilter, "sort" | "dir">): Prisma.ActionOrderByWithRelationInput[] {
  const d = f.dir;
  const primary: Prisma.ActionOrderByWithRelationInput = {
    date: { date: { sort: d, nulls: "last" } },
    person: { personName: d },
    kind: { kind: d },
    org: { post: { organization: { name: d } } },
    post: { post: { title: d } },
  }[f.sort] as Prisma.ActionOrderByWithRelationInput;
  // Ties broken by id alone, as in the keyset walk, so the CSV lists rows in the order shown.
  return [primary, { id: d }];
}

const rowSelect = {
  id: true,
  date: true,
  kind: true,
  personName: true,
  personId: true,
  announcement: { select: { id: true, number: true, issuer: true } },
  post: { select: { id: true, title: true, organization: { select: { id: true, name: true } } } },
} satisfies Prisma.ActionSelect;

export type ActionRow = Prisma.ActionGetPayload<{ select: typeof rowSelect }>;

// ── Access path ───────────────────────────────────────────────────────────────
// The text filters name organs, posts and people, which live in small tables. They are resolved
// there first (an organ is a few dozen posts; a name a few people), so the Action query filters on
// ids that its (postId, date) and (personId, date) indexes serve. Joining the organ's name into the
// Action query instead let SQLite walk the (kind, date) index in date order for ORDER BY … LIMIT and
// check the organ of every row: ~400,000 rows for an organ with no action of the chosen kind.

/** Beyond this many matching people the name filter stays a relation condition (a very common name part). Tests lower it. */
export const accessLimits = { personIds: 2000 };

interface Scope {
  /** Only these posts (from the organ and post filters), when either is set. */
  postIds?: number[];
  /** Only these people (from the person filter), when it matched at most accessLimits.personIds people. */
  personIds?: number[];
  /** The person filter as a relation condition, when it matched more people than that. */
  personWhere?: Prisma.ActionWhereInput;
  /** A text filter matched nothing: no row can match. */
  empty: boolean;
}

async function personWhere(db: Db, f: ActionsFilter, provider: Provider): Promise<Prisma.PersonWhereInput> {
  if (isPinyinQuery(f.person)) {
    const p = f.person.toLowerCase().replace(/[\s'’]/g, "");
    return { OR: [{ pinyin: prefixRange(p, provider) }, { initials: prefixRange(p, provider) }] };
  }
  return personNameKeyWhere(await literalContains(db, "Person.nameKey", nameKey(f.person)));
}

async function resolveScope(db: Db, f: ActionsFilter, provider: Provider): Promise<Scope> {
  const scope: Scope = { empty: false };
  if (f.org || f.post) {
    const posts = await db.post.findMany({
      where: {
        AND: [
          ...(f.org ? [{ organization: organizationNameWhere(await literalContains(db, "Organization.name", f.org)) }] : []),
          ...(f.post ? [postTitleWhere(await literalContains(db, "Post.title", f.post))] : []),
        ],
      },
      select: { id: true },
    });
    scope.postIds = posts.map((p) => p.id);
    if (!posts.length) scope.empty = true;
  }
  if (f.person) {
    const where = await personWhere(db, f, provider);
    const people = await db.person.findMany({ where, select: { id: true }, take: accessLimits.personIds + 1 });
    if (people.length > accessLimits.personIds) scope.personWhere = { person: where };
    else scope.personIds = people.map((p) => p.id);
    if (!people.length) scope.empty = true;
  }
  return scope;
}

/**
 * The filter on Action's own columns and the resolved ids (the same rows as actionsWhere).
 * With ids to start from, SQLite is kept off the (kind, date) index: the kinds are written as
 * NOT (kind NOT IN …), the same rows (kind is never null) in a form no index serves. Its planner
 * otherwise chose that index whenever its statistics underrated how many rows one kind has (as
 * the sampled statistics of PRAGMA optimize do: ~1,000 where 任命 has ~490,000 at 1 M actions), then
 * walked it in date order checking each row's post. Starting from the ids costs at most the rows
 * of the organ, post or people chosen.
 */
function scopedWhere(f: ActionsFilter, scope: Scope, provider: Provider): Prisma.ActionWhereInput {
  const and: Prisma.ActionWhereInput[] = [];
  if (scope.personIds) and.push({ personId: { in: scope.personIds } });
  if (scope.personWhere) and.push(scope.personWhere);
  const fromIds = provider === "sqlite" && (scope.postIds || scope.personIds);
  if (f.kinds.length) and.push(fromIds ? { NOT: { kind: { notIn: f.kinds } } } : { kind: { in: f.kinds } });
  if (scope.postIds) and.push({ postId: { in: scope.postIds } });
  if (f.from) and.push({ date: { gte: f.from } });
  if (f.to) and.push({ date: { lte: f.to } });
  return and.length ? { AND: and } : {};
}

export async function listActions(db: Db, input: ActionsFilterInput): Promise<{ rows: ActionRow[]; total: number; filter: ActionsFilter }> {
  const f = ActionsFilter.parse(input);
  const provider = providerOf(db);
  const scope = await resolveScope(db, f, provider);
  if (scope.empty) return { rows: [], total: 0, filter: f };
  const where = scopedWhere(f, scope, provider);
  if (f.sort === "date" && !scope.postIds && !scope.personIds) return { ...(await datePage(db, f, where)), filter: f };
  const [rows, total] = await Promise.all([
    db.action.findMany({ where, orderBy: orderBy(f), skip: (f.page - 1) * f.pageSize, take: f.pageSize, select: rowSelect }),
    db.action.count({ where }),
  ]);
  return { rows, total, filter: f };
}

/**
 * A page in date order, nulls last, as two segments: the dated rows by (date, id), then the undated
 * by id. Prisma writes "nulls last" as ORDER BY CASE WHEN date IS NULL … on SQLite and as DESC NULLS
 * LAST on PostgreSQL, neither of which the (date, id) index serves: every page sorted all matching
 * rows (0.5 s for the unfiltered first page at 1 M actions). Each segment's order is the index's.
 * (With post or person ids to start from, the rows are few and sorting them is the better plan.)
 */
async function datePage(db: Db, f: ActionsFilter, where: Prisma.ActionWhereInput): Promise<{ rows: ActionRow[]; total: number }> {
  const skip = (f.page - 1) * f.pageSize;
  const undatedWhere: Prisma.ActionWhereInput = { AND: [where, { date: null }] };
  const [dated, total, undated] = await Promise.all([
    db.action.findMany({
      where: { AND: [where, { date: { not: null } }] },
      orderBy: [{ date: f.dir }, { id: f.dir }],
      skip,
      take: f.pageSize,
      select: rowSelect,
    }),
    db.action.count({ where }),
    db.action.count({ where: undatedWhere }),
  ]);
  if (dated.length === f.pageSize || undated === 0) return { rows: dated, total };
  const rest = await db.action.findMany({
    where: undatedWhere,
    orderBy: [{ id: f.dir }],
    skip: Math.max(0, skip - (total - undated)),
    take: f.pageSize - dated.length,
    select: rowSelect,
  });
  return { rows: [...dated, ...rest], total };
}

// ── Keyset walk ────────────────────────────────────────────────────────────────
// The export orders by (sort key, id) only, so a row's position is fixed by those two values and
// the next chunk starts strictly after the last row seen: key ≤ v AND (key < v OR id < last id)
// (for descending order), which an index on (key, id) serves as a range, however deep the walk.
// Null dates come last in both directions: the dated rows are walked first, then the undated by id.

function sortValue(row: ActionRow, sort: SortKey): string | null {
  switch (sort) {
    case "date":
      return row.date;
    case "person":
      return row.personName;
    case "kind":
      return row.kind;
    case "org":
      return row.post.organization.name;
    case "post":
      return row.post.title;
  }
}

function fieldIs(sort: SortKey, cond: Prisma.StringFilter | string | null): Prisma.ActionWhereInput {
  switch (sort) {
    case "date":
      return { date: cond as Prisma.StringNullableFilter | string | null };
    case "person":
      return { personName: cond as Prisma.StringFilter | string };
    case "kind":
      return { kind: cond as Prisma.StringFilter | string };
    case "org":
      return { post: { organization: { name: cond as Prisma.StringFilter | string } } };
    case "post":
      return { post: { title: cond as Prisma.StringFilter | string } };
  }
}

/** Rows strictly after (value, id) in the order (sort key dir, id dir); a null value walks the undated rows by id. */
export function afterCursor(sort: SortKey, dir: "asc" | "desc", value: string | null, id: number): Prisma.ActionWhereInput {
  const beyond = dir === "asc" ? "gt" : "lt";
  const upTo = dir === "asc" ? "gte" : "lte";
  if (value === null) return { AND: [fieldIs(sort, null), { id: { [beyond]: id } }] };
  return { AND: [fieldIs(sort, { [upTo]: value }), { OR: [fieldIs(sort, { [beyond]: value }), { id: { [beyond]: id } }] }] };
}

async function* walkPhase(
  db: Db,
  where: Prisma.ActionWhereInput,
  orderBy: Prisma.ActionOrderByWithRelationInput[],
  f: ActionsFilter,
  chunkSize: number,
): AsyncGenerator<ActionRow> {
  let cursor: Prisma.ActionWhereInput | null = null;
  for (;;) {
    const chunk: ActionRow[] = await db.action.findMany({
      where: cursor ? { AND: [where, cursor] } : where,
      orderBy,
      take: chunkSize,
      select: rowSelect,
    });
    yield* chunk;
    if (chunk.length < chunkSize) return;
    const last = chunk[chunk.length - 1];
    cursor = afterCursor(f.sort, f.dir, sortValue(last, f.sort), last.id);
  }
}

/** The old walk through Prisma's relation filters and nested selects: kept for a person filter that matches very many people. */
async function* walkNested(db: Db, f: ActionsFilter, scope: Scope, chunkSize: number): AsyncGenerator<ActionRow> {
  const where = scopedWhere(f, scope, providerOf(db));
  if (f.sort === "date") {
    yield* walkPhase(db, { AND: [where, { date: { not: null } }] }, [{ date: f.dir }, { id: f.dir }], f, chunkSize);
    yield* walkPhase(db, { AND: [where, { date: null }] }, [{ id: f.dir }], f, chunkSize);
    return;
  }
  yield* walkPhase(db, where, [orderBy(f)[0], { id: f.dir }], f, chunkSize);
}

// ── Flat walk ──────────────────────────────────────────────────────────────────
// Each chunk of the export is one SELECT of Action's own columns (a tagged template: values are
// parameters), shaped into ActionRow here with the posts (read once) and the chunk's announcements
// (one look-up per chunk), instead of Prisma's nested selects and their result mapping per row.
// Same rows, same order as walkNested and the page.

interface FlatRow {
  id: number | bigint;
  date: string | null;
  kind: string;
  personName: string;
  personId: number | bigint;
  announcementId: number | bigint;
  postId: number | bigint;
}

type PostInfo = ActionRow["post"];
type AnnouncementInfo = ActionRow["announcement"];

/** The keys walked as (key, id) ranges of an index: (date, id) and (personName, id). */
type RangeKey = "date" | "person";

const SORT_COLUMN: Record<RangeKey, Prisma.Sql> = {
  date: Prisma.sql`a."date"`,
  person: Prisma.sql`a."personName"`,
};

/** The filter as SQL conditions; kinds and posts are left out when the sort groups carry them. */
function flatConditions(f: ActionsFilter, scope: Scope, grouped: "kind" | "post" | null = null): Prisma.Sql[] {
  const c: Prisma.Sql[] = [];
  if (scope.personIds) c.push(Prisma.sql`a."personId" IN (${Prisma.join(scope.personIds)})`);
  if (f.kinds.length && grouped !== "kind") c.push(Prisma.sql`a."kind" IN (${Prisma.join(f.kinds)})`);
  if (scope.postIds && grouped !== "post") c.push(Prisma.sql`a."postId" IN (${Prisma.join(scope.postIds)})`);
  if (f.from) c.push(Prisma.sql`a."date" >= ${f.from}`);
  if (f.to) c.push(Prisma.sql`a."date" <= ${f.to}`);
  return c;
}

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
 * One phase of the flat walk: the rows matching `conditions`, ordered by (key, id) in `dir`, in
 * chunks that each start strictly after the last row seen (a row-value comparison, which the
 * (key, id) index serves as a range). Without a key the phase walks by id alone. The SELECT reads
 * Action alone (posts come from the catalogue, announcements per chunk), so SQLite's planner has
 * no join order to get wrong: it once drove the walk from Post and sorted every chunk.
 */
async function* walkFlatPhase(
  db: Db,
  posts: Map<number, PostInfo>,
  conditions: Prisma.Sql[],
  key: RangeKey | undefined,
  dir: "asc" | "desc",
  chunkSize: number,
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
      SELECT a."id", a."date", a."kind", a."personName", a."personId", a."announcementId", a."postId"
      FROM "Action" a
      WHERE ${where.length ? Prisma.join(where, " AND ") : Prisma.sql`1 = 1`}
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
        announcement: announcements.get(Number(r.announcementId))!,
        post: posts.get(Number(r.postId))!,
      }),
    );
    yield* chunk;
    if (chunk.length < chunkSize) return;
    last = chunk[chunk.length - 1];
  }
}

/**
 * All rows of a filter in the order shown (sort key, then id), fetched chunk after chunk by keyset
 * (no OFFSET, nothing buffered beyond one chunk). Null dates come last in both directions.
 */
export async function* walkActions(db: Db, input: ActionsFilterInput, chunkSize = 5000): AsyncGenerator<ActionRow> {
  const f = ActionsFilter.parse(input);
  const scope = await resolveScope(db, f, providerOf(db));
  if (scope.empty) return;
  if (scope.personWhere) {
    yield* walkNested(db, f, scope, chunkSize);
    return;
  }
  const posts = await postCatalogue(db);
  if (f.sort === "date" || f.sort === "person") {
    const conditions = flatConditions(f, scope);
    if (f.sort === "person") {
      yield* walkFlatPhase(db, posts, conditions, "person", f.dir, chunkSize);
      return;
    }
    yield* walkFlatPhase(db, posts, [...conditions, Prisma.sql`a."date" IS NOT NULL`], "date", f.dir, chunkSize);
    yield* walkFlatPhase(db, posts, [...conditions, Prisma.sql`a."date" IS NULL`], undefined, f.dir, chunkSize);
    return;
  }
  const grouped = f.sort === "kind" ? "kind" : "post";
  const conditions = flatConditions(f, scope, grouped);
  for (const group of await sortGroups(db, f, scope, posts))
    yield* walkFlatPhase(db, posts, [...conditions, group], undefined, f.dir, chunkSize);
}

// Sorting by organ, post title or kind: Action has no index in that order (the first two are
// columns of other tables), so a keyset walk on (key, id) would sort all remaining rows for every
// chunk. Instead the key's values are put in order by the database (its collation, as on the page)
// on the small tables, and each value's rows (an organ's posts, the posts of one title, one kind)
// are walked by id: every chunk is a range of an index, and the whole walk is linear.

function groupPostIds(posts: Map<number, PostInfo>, scope: Scope, keyOf: (p: PostInfo) => string | number): Map<string | number, number[]> {
  const allowed = scope.postIds ? new Set(scope.postIds) : null;
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
async function sortGroups(db: Db, f: ActionsFilter, scope: Scope, posts: Map<number, PostInfo>): Promise<Prisma.Sql[]> {
  const inPosts = (ids: number[] | undefined) => (ids ? [Prisma.sql`a."postId" IN (${Prisma.join(ids)})`] : []);
  if (f.sort === "org") {
    const groups = groupPostIds(posts, scope, (p) => p.organization.id);
    const orgs = await db.organization.findMany({ orderBy: { name: f.dir }, select: { id: true } });
    return orgs.flatMap((o) => inPosts(groups.get(o.id)));
  }
  if (f.sort === "post") {
    const groups = groupPostIds(posts, scope, (p) => p.title);
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

/** Organs for the filter's suggestions: the ones with the most actions first would need a scan, so by name. */
export async function organNames(db: Db, take = 500): Promise<string[]> {
  const orgs = await db.organization.findMany({ where: { posts: { some: {} } }, orderBy: { name: "asc" }, take, select: { name: true } });
  return orgs.map((o) => o.name).filter(Boolean);
}

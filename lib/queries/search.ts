// People search: full or partial names (Simplified or Traditional), full pinyin and initials.
// Two-character names are the common case, so matching is by the indexed nameKey (equality, then
// prefix by index range), then the part of a name that is not its beginning through the NameBigram
// table (the name keys holding the query's first two characters, one index range); pinyin uses the
// pinyin/initials indexes. Only a one-character part is still a LIKE scan.
import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client";
import { type Db, type Provider, providerOf } from "../db/client";
import { isPinyinQuery, nameKey } from "../domain/names";
import { Page, pageSizeSchema, prefixRange } from "./common";
import { type LiteralMatch, likeOperand, literalContains, personNameKeyWhere } from "./literal";

export const SearchInput = z.object({
  q: z.string().trim().max(40).catch("").default(""),
  page: Page,
  pageSize: pageSizeSchema(20, 100),
});
export type SearchInput = z.input<typeof SearchInput>;

export interface PersonHit {
  id: number;
  name: string;
  pinyin: string;
  /** How the query matched: exact name, name prefix, part of the name, pinyin, initials. */
  match: "name" | "prefix" | "part" | "pinyin" | "initials";
  currentPosts: { organization: string; organizationId: number; title: string; since: string | null; acting: boolean }[];
  /** Organs this person appears in, most recent first (what tells same-name people apart). */
  organs: { id: number; name: string }[];
  firstActionDate: string | null;
  lastActionDate: string | null;
  actionCount: number;
}

interface Tier {
  match: PersonHit["match"];
  where: Prisma.PersonWhereInput;
}

/** Above this many name keys, the part tier filters by LIKE instead of a list of keys. */
const MAX_PART_KEYS = 2000;

/**
 * The name keys that hold `key` but do not begin with it, found through NameBigram; null when the
 * key is one character (no bigram) or is held by too many names to list.
 */
export async function namesContaining(db: Db, key: string): Promise<string[] | null> {
  if ([...key].length < 2) return null;
  const bigram = [...key].slice(0, 2).join("");
  const rows = await db.nameBigram.findMany({ where: { bigram }, select: { nameKey: true }, take: MAX_PART_KEYS * 4 + 1 });
  if (rows.length > MAX_PART_KEYS * 4) return null;
  const keys = rows.map((r) => r.nameKey).filter((k) => k.includes(key) && !k.startsWith(key));
  return keys.length > MAX_PART_KEYS ? null : keys;
}

/**
 * The ordered tiers of matches for a query; each tier excludes the earlier ones. `partKeys` (from
 * namesContaining) turns the part tier into an indexed look-up of those name keys; otherwise `part`
 * (from literalContains: `_` and `%` are text) says how the part tier finds the names.
 */
export function searchTiers(q: string, provider: Provider = "sqlite", partKeys: string[] | null = null, part?: LiteralMatch): Tier[] {
  const prefix = (key: string) => prefixRange(key, provider);
  const live: Prisma.PersonWhereInput = { mergedIntoId: null };
  if (isPinyinQuery(q)) {
    const p = q.toLowerCase().replace(/[\s'’]/g, "");
    const exact: Prisma.PersonWhereInput = { OR: [{ pinyin: p }, { initials: p }] };
    const startsWith: Prisma.PersonWhereInput = { OR: [{ pinyin: prefix(p) }, { initials: prefix(p) }] };
    return [
      { match: "pinyin", where: { AND: [live, { pinyin: p }] } },
      { match: "initials", where: { AND: [live, { initials: p }, { NOT: { pinyin: p } }] } },
      { match: "prefix", where: { AND: [live, startsWith, { NOT: exact }] } },
    ];
  }
  const key = nameKey(q);
  if (!key) return [];
  return [
    { match: "name", where: { AND: [live, { nameKey: key }] } },
    { match: "prefix", where: { AND: [live, { nameKey: prefix(key) }, { NOT: { nameKey: key } }] } },
    {
      match: "part",
      where: partKeys
        ? { AND: [live, { nameKey: { in: partKeys } }] }
        : { AND: [live, personNameKeyWhere(part ?? { contains: likeOperand(key, provider) }), { NOT: { nameKey: prefix(key) } }] },
    },
  ];
}

export async function searchPeople(db: Db, raw: SearchInput): Promise<{ rows: PersonHit[]; total: number; query: string }> {
  const input = SearchInput.parse(raw);
  const pinyin = isPinyinQuery(input.q);
  const key = pinyin ? "" : nameKey(input.q);
  const partKeys = pinyin ? null : await namesContaining(db, key);
  const part = key && !partKeys ? await literalContains(db, "Person.nameKey", key) : undefined;
  const tiers = searchTiers(input.q, providerOf(db), partKeys, part);
  if (!tiers.length) return { rows: [], total: 0, query: input.q };
  const counts = await Promise.all(tiers.map((t) => db.person.count({ where: t.where })));
  const total = counts.reduce((a, b) => a + b, 0);

  // Walk the tiers to cut one page out of their concatenation.
  let skip = (input.page - 1) * input.pageSize;
  let take = input.pageSize;
  const found: { id: number; name: string; pinyin: string; match: PersonHit["match"] }[] = [];
  for (const [i, tier] of tiers.entries()) {
    if (take <= 0) break;
    if (skip >= counts[i]) {
      skip -= counts[i];
      continue;
    }
    const people = await db.person.findMany({
      where: tier.where,
      orderBy: [{ nameKey: "asc" }, { id: "asc" }],
      skip,
      take,
      select: { id: true, name: true, pinyin: true },
    });
    found.push(...people.map((p) => ({ ...p, match: tier.match })));
    take -= people.length;
    skip = 0;
  }
  return { rows: await describePeople(db, found), total, query: input.q };
}

/** Adds current posts, organs and action dates to a page of people (a few indexed queries for the page). */
export async function describePeople(
  db: Db,
  people: { id: number; name: string; pinyin: string; match: PersonHit["match"] }[],
): Promise<PersonHit[]> {
  const ids = people.map((p) => p.id);
  if (!ids.length) return [];
  const [tenures, stats, actions] = await Promise.all([
    db.tenure.findMany({
      where: { personId: { in: ids }, endActionId: null },
      orderBy: [{ post: { rank: "asc" } }, { startDate: "desc" }],
      select: {
        personId: true,
        startDate: true,
        acting: true,
        post: { select: { title: true, organization: { select: { id: true, name: true } } } },
      },
    }),
    db.action.groupBy({
      by: ["personId"],
      where: { personId: { in: ids } },
      _max: { date: true },
      _min: { date: true },
      _count: { _all: true },
    }),
    db.action.findMany({
      where: { personId: { in: ids } },
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      select: { personId: true, post: { select: { organization: { select: { id: true, name: true } } } } },
      take: 50 * ids.length,
    }),
  ]);
  return people.map((p) => {
    const s = stats.find((x) => x.personId === p.id);
    const organs = new Map<number, { id: number; name: string }>();
    for (const a of actions) if (a.personId === p.id) organs.set(a.post.organization.id, a.post.organization);
    return {
      ...p,
      currentPosts: tenures
        .filter((t) => t.personId === p.id)
        .map((t) => ({
          organization: t.post.organization.name,
          organizationId: t.post.organization.id,
          title: t.post.title,
          since: t.startDate,
          acting: t.acting,
        })),
      organs: [...organs.values()].slice(0, 4),
      firstActionDate: s?._min.date ?? null,
      lastActionDate: s?._max.date ?? null,
      actionCount: s?._count._all ?? 0,
    };
  });
}

/** Other (unmerged) people with exactly this name key, described like search results. */
export async function sameNamePeople(db: Db, nameKeyValue: string, exceptId: number, take = 20): Promise<PersonHit[]> {
  const people = await db.person.findMany({
    where: { nameKey: nameKeyValue, mergedIntoId: null, id: { not: exceptId } },
    orderBy: { id: "asc" },
    take,
    select: { id: true, name: true, pinyin: true },
  });
  return describePeople(
    db,
    people.map((p) => ({ ...p, match: "name" as const })),
  );
}

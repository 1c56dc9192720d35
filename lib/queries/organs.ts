// Organs: the list (grouped by kind and hierarchy), an organ's roster at a date, and its change log.
import { z } from "zod";
import type { Db } from "../db/client";
import { closesTenure, opensTenure } from "../derive/kinds";
import { ORG_KINDS, type OrgKind } from "../domain/orgs";
import { OptionalIsoDate, Page, pageSizeSchema, todayIso } from "./common";

// ── /orgs ──────────────────────────────────────────────────────────────────────

export const OrgsInput = z.object({
  q: z.string().trim().max(50).catch("").default(""),
  kind: z.enum(ORG_KINDS).optional().catch(undefined),
});
export type OrgsInput = z.input<typeof OrgsInput>;

export interface OrgRow {
  id: number;
  name: string;
  kind: OrgKind;
  aliases: string;
  parentId: number | null;
  /** People holding at least one post there now. */
  currentPeople: number;
  posts: number;
}

export async function listOrgs(db: Db, raw: OrgsInput): Promise<{ rows: OrgRow[]; total: number }> {
  const input = OrgsInput.parse(raw);
  const where = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.q ? { OR: [{ name: { contains: input.q } }, { aliases: { contains: input.q } }] } : {}),
  };
  const [orgs, current] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true, aliases: true, parentId: true, _count: { select: { posts: true } } },
    }),
    db.$queryRaw<{ org: number | bigint; n: number | bigint }[]>`
      SELECT p."organizationId" AS org, COUNT(DISTINCT t."personId") AS n
      FROM "Tenure" t JOIN "Post" p ON p."id" = t."postId"
      WHERE t."endActionId" IS NULL
      GROUP BY p."organizationId"`,
  ]);
  const counts = new Map(current.map((c) => [Number(c.org), Number(c.n)]));
  const rows = orgs.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind as OrgKind,
    aliases: o.aliases,
    parentId: o.parentId,
    currentPeople: counts.get(o.id) ?? 0,
    posts: o._count.posts,
  }));
  return { rows, total: rows.length };
}

export interface OrgNode extends OrgRow {
  children: OrgNode[];
}

/** Kind → tree (parents before children); an organ whose parent is not in the rows is a root. Pure. */
export function orgTree(rows: OrgRow[]): { kind: OrgKind; roots: OrgNode[]; count: number }[] {
  const nodes = new Map(rows.map((r) => [r.id, { ...r, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId === null ? undefined : nodes.get(n.parentId);
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  const byName = (a: OrgNode, b: OrgNode) => naturalName(a.name).localeCompare(naturalName(b.name), "zh-CN");
  const sortDeep = (list: OrgNode[]) => {
    list.sort(byName);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return ORG_KINDS.map((kind) => {
    const ofKind = roots.filter((r) => r.kind === kind);
    const count = rows.filter((r) => r.kind === kind).length;
    return { kind, roots: ofKind, count };
  }).filter((g) => g.count > 0);
}

// 第一 … 第五 sort by number rather than by the reading of the characters.
const NUMERALS: Record<string, string> = { 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
function naturalName(name: string): string {
  return name.replace(/第([一二三四五六七八九])/g, (_, d: string) => `第${NUMERALS[d]}`);
}

export async function organization(db: Db, id: number) {
  return db.organization.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      aliases: true,
      parent: { select: { id: true, name: true } },
      children: { orderBy: { name: "asc" }, select: { id: true, name: true } },
    },
  });
}

// ── Roster at a date ───────────────────────────────────────────────────────────

export const RosterInput = z.object({ at: OptionalIsoDate });

export interface RosterRow {
  tenureId: number;
  post: { id: number; title: string; rank: number };
  person: { id: number; name: string };
  /** null = start not known (see startKnown / endDate). */
  startDate: string | null;
  endDate: string | null;
  status: string;
  acting: boolean;
  start: { actionId: number; announcementId: number; number: string | null } | null;
  /**
   * false when the tenure's start is unknown: the person held the post at some time before
   * endDate, so whether they held it on the roster's date cannot be said.
   */
  startKnown: boolean;
}

/**
 * Who held which post in an organ on a date (default today): started on or before it (or at an
 * unknown time) and not ended by then. Ordered by post rank, then title, then start.
 */
export async function rosterAt(
  db: Db,
  organizationId: number,
  raw: z.input<typeof RosterInput> = {},
): Promise<{ rows: RosterRow[]; total: number; at: string }> {
  const at = RosterInput.parse(raw).at ?? todayIso();
  const tenures = await db.tenure.findMany({
    where: {
      post: { organizationId },
      AND: [{ OR: [{ startDate: { lte: at } }, { startDate: null }] }, { OR: [{ endActionId: null }, { endDate: { gt: at } }] }],
    },
    orderBy: [{ post: { rank: "asc" } }, { post: { title: "asc" } }, { startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: {
      id: true,
      startActionId: true,
      startDate: true,
      endDate: true,
      status: true,
      acting: true,
      post: { select: { id: true, title: true, rank: true } },
      person: { select: { id: true, name: true } },
    },
  });
  const startIds = tenures.flatMap((t) => (t.startActionId === null ? [] : [t.startActionId]));
  const starts = await db.action.findMany({
    where: { id: { in: startIds } },
    select: { id: true, announcement: { select: { id: true, number: true } } },
  });
  const startOf = new Map(starts.map((s) => [s.id, { actionId: s.id, announcementId: s.announcement.id, number: s.announcement.number }]));
  const rows = tenures.map((t) => ({
    tenureId: t.id,
    post: t.post,
    person: t.person,
    startDate: t.startDate,
    endDate: t.endDate,
    status: t.status,
    acting: t.acting,
    start: t.startActionId === null ? null : (startOf.get(t.startActionId) ?? null),
    startKnown: t.startActionId !== null,
  }));
  return { rows, total: rows.length, at };
}

// ── Change log ─────────────────────────────────────────────────────────────────

export const ChangesInput = z.object({ from: OptionalIsoDate, to: OptionalIsoDate, page: Page, pageSize: pageSizeSchema(10, 50) });
export type ChangesInput = z.input<typeof ChangesInput>;

export interface PostsTouched {
  organization: { id: number; name: string };
  titles: string[];
  kind: string;
  actionId: number;
}

export interface PersonChange {
  person: { id: number; name: string };
  /** Posts in this organ closed / opened by the announcement. */
  closedHere: PostsTouched | null;
  openedHere: PostsTouched | null;
  /** For a move across organs: where the person came from / went to in the same announcement. */
  elsewhereClosed: PostsTouched[];
  elsewhereOpened: PostsTouched[];
}

export interface ChangeGroup {
  announcement: { id: number; number: string | null; date: string | null; issuer: string };
  came: PersonChange[];
  left: PersonChange[];
  movedWithin: PersonChange[];
}

interface ChangeAction {
  id: number;
  kind: string;
  personId: number;
  announcementId: number;
  person: { id: number; name: string };
  post: { title: string; rank: number; organization: { id: number; name: string } };
}

function touched(actions: ChangeAction[]): PostsTouched[] {
  const groups = new Map<string, PostsTouched>();
  for (const a of [...actions].sort((x, y) => x.post.rank - y.post.rank)) {
    const key = `${a.post.organization.id}|${a.kind}`;
    const g = groups.get(key) ?? { organization: a.post.organization, titles: [], kind: a.kind, actionId: a.id };
    g.titles.push(a.post.title);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Classifies one announcement's actions for one organ into came / left / moved within. Pure. */
export function classifyChanges(organizationId: number, actions: ChangeAction[]): Omit<ChangeGroup, "announcement"> {
  const byPerson = new Map<number, ChangeAction[]>();
  for (const a of actions) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  const out: Omit<ChangeGroup, "announcement"> = { came: [], left: [], movedWithin: [] };
  for (const list of byPerson.values()) {
    const here = list.filter((a) => a.post.organization.id === organizationId);
    if (!here.length) continue;
    const there = list.filter((a) => a.post.organization.id !== organizationId);
    const change: PersonChange = {
      person: here[0].person,
      openedHere: touched(here.filter((a) => opensTenure(a.kind)))[0] ?? null,
      closedHere: touched(here.filter((a) => closesTenure(a.kind)))[0] ?? null,
      elsewhereClosed: touched(there.filter((a) => closesTenure(a.kind))),
      elsewhereOpened: touched(there.filter((a) => opensTenure(a.kind))),
    };
    if (change.openedHere && change.closedHere) out.movedWithin.push(change);
    else if (change.openedHere) out.came.push(change);
    else out.left.push(change);
  }
  return out;
}

/** The organ's changes, one group per announcement, newest first, paged; optionally between two dates. */
export async function orgChanges(db: Db, organizationId: number, raw: ChangesInput = {}): Promise<{ rows: ChangeGroup[]; total: number }> {
  const input = ChangesInput.parse(raw);
  const where = {
    post: { organizationId },
    ...(input.from || input.to ? { date: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lte: input.to } : {}) } } : {}),
  };
  const [page, all] = await Promise.all([
    db.action.groupBy({
      by: ["announcementId"],
      where,
      _max: { date: true },
      orderBy: [{ _max: { date: "desc" } }, { announcementId: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    db.action.groupBy({ by: ["announcementId"], where }),
  ]);
  const ids = page.map((g) => g.announcementId);
  if (!ids.length) return { rows: [], total: all.length };
  const select = {
    id: true,
    kind: true,
    personId: true,
    announcementId: true,
    person: { select: { id: true, name: true } },
    post: { select: { title: true, rank: true, organization: { select: { id: true, name: true } } } },
  } as const;
  const here = await db.action.findMany({
    where: { announcementId: { in: ids }, post: { organizationId } },
    orderBy: { ordinal: "asc" },
    select,
  });
  const [there, announcements] = await Promise.all([
    db.action.findMany({
      where: {
        announcementId: { in: ids },
        personId: { in: [...new Set(here.map((a) => a.personId))] },
        post: { organizationId: { not: organizationId } },
      },
      orderBy: { ordinal: "asc" },
      select,
    }),
    db.announcement.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, date: true, issuer: true } }),
  ]);
  const rows = ids.map((id) => ({
    announcement: announcements.find((a) => a.id === id)!,
    ...classifyChanges(
      organizationId,
      [...here, ...there].filter((a) => a.announcementId === id),
    ),
  }));
  return { rows, total: all.length };
}

// ── Between two dates ──────────────────────────────────────────────────────────

export interface RosterDiff {
  from: string;
  to: string;
  /** Held on `to` but not on `from`. */
  joined: RosterRow[];
  /** Held on `from` but not on `to`. */
  gone: RosterRow[];
  /** Held on both dates. */
  stayed: RosterRow[];
}

/**
 * Who held which post on `from` and on `to`, compared by (person, post). Holders whose start is
 * unknown are left out: whether they held the post on `from` cannot be said.
 */
export async function rosterDiff(db: Db, organizationId: number, from: string, to: string): Promise<RosterDiff> {
  const [a, b] = await Promise.all([rosterAt(db, organizationId, { at: from }), rosterAt(db, organizationId, { at: to })]);
  const key = (r: RosterRow) => `${r.person.id}:${r.post.id}`;
  const before = new Map(a.rows.filter((r) => r.startKnown).map((r) => [key(r), r]));
  const after = new Map(b.rows.filter((r) => r.startKnown).map((r) => [key(r), r]));
  return {
    from: a.at,
    to: b.at,
    joined: [...after.values()].filter((r) => !before.has(key(r))),
    gone: [...before.values()].filter((r) => !after.has(key(r))),
    stayed: [...after.values()].filter((r) => before.has(key(r))),
  };
}

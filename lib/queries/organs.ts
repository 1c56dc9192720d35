// Organs: the list (grouped by kind and hierarchy), an organ's roster at a date, and its change log.
import { z } from "zod";
import type { Db } from "../db/client";
import { CLOSING_KINDS, closesTenure, OPENING_KINDS, opensTenure } from "../derive/kinds";
import { appendTo } from "../domain/groups";
import { ORG_KINDS, type OrgKind } from "../domain/orgs";
import { headTitleOf, titleKey } from "../domain/seats";
import { OptionalIsoDate, Page, pageSizeSchema, todayIso } from "./common";
import { literalContains, organizationAliasesWhere, organizationNameWhere, organizationPrintedNameWhere } from "./literal";

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
    // Any form the organ was printed in: an earlier name as printed finds the organ under its later one.
    ...(input.q
      ? {
          OR: [
            organizationNameWhere(await literalContains(db, "Organization.name", input.q)),
            organizationAliasesWhere(await literalContains(db, "Organization.aliases", input.q)),
            organizationPrintedNameWhere(await literalContains(db, "OrganizationName.name", input.q)),
          ],
        }
      : {}),
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
  /** Who decided it: the issuer of the opening announcement (of the closing one when the start is unknown). */
  issuer: string | null;
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
      endActionId: true,
      startDate: true,
      endDate: true,
      status: true,
      acting: true,
      post: { select: { id: true, title: true, rank: true } },
      person: { select: { id: true, name: true } },
    },
  });
  const actionIds = tenures.flatMap((t) => (t.startActionId !== null ? [t.startActionId] : t.endActionId !== null ? [t.endActionId] : []));
  const actions = await db.action.findMany({
    where: { id: { in: actionIds } },
    select: { id: true, announcement: { select: { id: true, number: true, issuer: true } } },
  });
  const actionOf = new Map(actions.map((a) => [a.id, a]));
  const rows = tenures.map((t) => {
    const s = t.startActionId === null ? undefined : actionOf.get(t.startActionId);
    const e = t.endActionId === null ? undefined : actionOf.get(t.endActionId);
    return {
      tenureId: t.id,
      post: t.post,
      person: t.person,
      startDate: t.startDate,
      endDate: t.endDate,
      status: t.status,
      acting: t.acting,
      start: s ? { actionId: s.id, announcementId: s.announcement.id, number: s.announcement.number } : null,
      startKnown: t.startActionId !== null,
      issuer: (s ?? e)?.announcement.issuer ?? null,
    };
  });
  return { rows, total: rows.length, at };
}

/** One person's posts on a roster (副院长、审判委员会委员、审判员 held together are one line). */
export interface RosterPerson {
  person: { id: number; name: string };
  posts: RosterRow[];
}

export interface RosterView {
  /** Holders whose start is known, one entry per person, the most senior post first. */
  people: RosterPerson[];
  /** Holders whose start is not known (whether they held the post on the date cannot be said). */
  uncertain: RosterPerson[];
  /** The organ's one-seat head post (院长 …) when no holder of it is known on the date. */
  unknownHead: { title: string; uncertainHolders: number } | null;
}

function byPerson(rows: RosterRow[]): RosterPerson[] {
  const out = new Map<number, RosterPerson>();
  for (const r of rows) {
    const p = out.get(r.person.id) ?? { person: r.person, posts: [] };
    p.posts.push(r);
    out.set(r.person.id, p);
  }
  return [...out.values()];
}

/** A roster as a page shows it: one line per person (in the rows' order), and the head post if unknown. Pure. */
export function rosterView(rows: RosterRow[], organName: string): RosterView {
  const people = byPerson(rows.filter((r) => r.startKnown));
  const uncertain = byPerson(rows.filter((r) => !r.startKnown));
  const head = headTitleOf(organName);
  const holds = (r: RosterRow) => head !== null && titleKey(r.post.title) === head;
  const known = rows.some((r) => r.startKnown && holds(r));
  return {
    people,
    uncertain,
    unknownHead: head && !known ? { title: head, uncertainHolders: rows.filter((r) => !r.startKnown && holds(r)).length } : null,
  };
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
  for (const a of actions) appendTo(byPerson, a.personId, a);
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

/** The organ's actions in a window of dates (both ends optional, inclusive). */
function changesWhere(organizationId: number, window: { from?: string; to?: string }) {
  const { from, to } = window;
  return {
    post: { organizationId },
    ...(from || to ? { date: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {}),
  };
}

/** The organ's changes, one group per announcement, newest first, paged; optionally between two dates. */
export async function orgChanges(db: Db, organizationId: number, raw: ChangesInput = {}): Promise<{ rows: ChangeGroup[]; total: number }> {
  const input = ChangesInput.parse(raw);
  const where = changesWhere(organizationId, input);
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

// ── Summary of a window ──────────────────────────────────────────────────────────

export const SummaryInput = z.object({ from: OptionalIsoDate, to: OptionalIsoDate });

/** Counts of the change log's entries in a window: each a person in one announcement, as orgChanges lists them. */
export interface ChangeSummary {
  announcements: number;
  /** Appointed here, not removed here by the same announcement. */
  came: number;
  /** Removed here (whether or not the appointment is held), not appointed here by the same announcement. */
  left: number;
  /** Removed from one post here and appointed to another by the same announcement. */
  movedWithin: number;
}

/**
 * Every arrival and departure in the window, unknown starts included: counted in the database over
 * the whole window (not a page), from the kinds of the actions each person has here in each announcement.
 */
export async function changeSummary(db: Db, organizationId: number, raw: z.input<typeof SummaryInput> = {}): Promise<ChangeSummary> {
  const where = changesWhere(organizationId, SummaryInput.parse(raw));
  const by = ["announcementId", "personId"] as const;
  const [opening, closing, announcements] = await Promise.all([
    db.action.groupBy({ by: [...by], where: { ...where, kind: { in: [...OPENING_KINDS] } } }),
    db.action.groupBy({ by: [...by], where: { ...where, kind: { in: [...CLOSING_KINDS] } } }),
    db.action.groupBy({ by: ["announcementId"], where }),
  ]);
  const key = (g: { announcementId: number; personId: number }) => `${g.announcementId}:${g.personId}`;
  const opened = new Set(opening.map(key));
  const closed = new Set(closing.map(key));
  const movedWithin = [...opened].filter((k) => closed.has(k)).length;
  return { announcements: announcements.length, came: opened.size - movedWithin, left: closed.size - movedWithin, movedWithin };
}

// Derives tenures (who held a post from which action to which) from the actions of the given posts.
// Re-runnable: it replaces the tenures of those posts, and it orders actions by facts of the
// text only (date, announcement fingerprint, position), never by database ids, so the result
// does not depend on the order in which announcements were imported.
import { Prisma } from "../../generated/prisma/client";
import { providerOf, type Tx } from "../db/client";
import { appendTo } from "../domain/groups";
import { seatsOf } from "../domain/seats";
import { closesTenure, isActing, opensTenure } from "./kinds";
import { endTenures, insertRows, insertRowsGivingIds } from "./rows";

export interface ActionFact {
  id: number;
  personId: number;
  postId: number;
  kind: string;
  date: string | null;
  /** A key of the announcement that does not depend on import order (its fingerprint). */
  announcementKey: string;
  ordinal: number;
  /** The post has one holder at a time (院长, 检察长, 市长 …): appointing someone else ends the holder's tenure. */
  singleHolder?: boolean;
}

export interface DerivedTenure {
  personId: number;
  postId: number;
  startActionId: number | null;
  endActionId: number | null;
  startDate: string | null;
  endDate: string | null;
  status: "current" | "ended" | "unknown-start";
  acting: boolean;
}

/** Sort key of an announcement in time: undated ones after dated ones. */
export function dateKey(date: string | null): string {
  return date ?? "9999-99-99";
}

type Ordered = { date: string | null; announcementKey: string; ordinal: number; kind: string };

/**
 * Chronological order; undated actions after dated ones. On one date, removals come before
 * appointments (a list that appoints B before it removes A still hands the post from A to B),
 * then by announcement fingerprint and position.
 */
export function compareActions(a: Ordered, b: Ordered): number {
  const da = dateKey(a.date);
  const dbb = dateKey(b.date);
  if (da !== dbb) return da < dbb ? -1 : 1;
  const ca = closesTenure(a.kind) ? 0 : 1;
  const cb = closesTenure(b.kind) ? 0 : 1;
  if (ca !== cb) return ca - cb;
  if (a.announcementKey !== b.announcementKey) return a.announcementKey < b.announcementKey ? -1 : 1;
  return a.ordinal - b.ordinal;
}

/** One-seat posts (院长, 检察长, 市长, a department's 局长, a division's 庭长 …) have one holder at a time. */
export function isSingleHolderPost(title: string): boolean {
  return seatsOf(title) === "one";
}

/** Pure derivation over the actions of one or more posts. */
export function deriveTenures(actions: ActionFact[]): DerivedTenure[] {
  return runTenures(actions, [], false)!;
}

/**
 * Continues the derivation after the earlier actions of some posts, given only the tenures those
 * left open (the rules are deriveTenures' own): `open` are the open tenures of the posts (closed
 * in place: endActionId, endDate, status), `actions` come after every earlier action of the posts
 * in compareActions order. Returns the tenures opened, or null when an action needs more of the
 * history than the open tenures (a removal of someone who holds nothing there: after a handover it
 * opens nothing, otherwise it gives an unknown start): then derive the post from all its actions.
 */
export function continueTenures(open: DerivedTenure[], actions: ActionFact[]): DerivedTenure[] | null {
  return runTenures(actions, open, true);
}

function runTenures(actions: ActionFact[], initial: DerivedTenure[], strict: boolean): DerivedTenure[] | null {
  const out: DerivedTenure[] = [];
  // Open tenures by post and person; and per post how many are acting (only those, or a head post's,
  // can end by someone's appointment: a court's 审判员 post with hundreds of holders is not walked).
  const open = new Map<number, Map<number, DerivedTenure>>();
  const actingOpen = new Map<number, number>();
  const holdersOf = (postId: number) => {
    let m = open.get(postId);
    if (!m) open.set(postId, (m = new Map()));
    return m;
  };
  const add = (t: DerivedTenure) => {
    holdersOf(t.postId).set(t.personId, t);
    if (t.acting) actingOpen.set(t.postId, (actingOpen.get(t.postId) ?? 0) + 1);
  };
  const close = (t: DerivedTenure, a: ActionFact) => {
    t.endActionId = a.id;
    t.endDate = a.date;
    if (t.status === "current") t.status = "ended";
    open.get(t.postId)!.delete(t.personId);
    if (t.acting) actingOpen.set(t.postId, actingOpen.get(t.postId)! - 1);
  };
  for (const t of initial) {
    if (open.get(t.postId)?.has(t.personId) || t.endActionId !== null || t.status !== "current") return null; // not a state deriveTenures leaves
    add(t);
  }
  // Tenures ended because someone else was appointed to a head post: a removal printed later
  // (免去 the old 院长 after the new one was appointed) belongs to them, it opens no tenure of its own.
  const handedOver = new Set<string>();
  for (const a of [...actions].sort(compareActions)) {
    const key = `${a.postId}:${a.personId}`;
    const holders = holdersOf(a.postId);
    if (opensTenure(a.kind)) {
      // An acting holder's tenure ends when anyone is appointed to the post (the same person in full,
      // or someone else); on a single-holder post, any holder's tenure ends when someone else is.
      if (a.singleHolder || actingOpen.get(a.postId)) {
        for (const t of [...holders.values()]) {
          if (!t.acting && !(a.singleHolder && t.personId !== a.personId)) continue;
          close(t, a);
          if (t.personId !== a.personId) handedOver.add(`${a.postId}:${t.personId}`);
        }
      }
      handedOver.delete(key);
      if (holders.has(a.personId)) continue; // appointed again to a post already held: the tenure goes on
      const t: DerivedTenure = {
        personId: a.personId,
        postId: a.postId,
        startActionId: a.id,
        endActionId: null,
        startDate: a.date,
        endDate: null,
        status: "current",
        acting: isActing(a.kind),
      };
      out.push(t);
      add(t);
    } else if (closesTenure(a.kind)) {
      const t = holders.get(a.personId);
      if (t) {
        close(t, a);
      } else if (handedOver.has(key)) {
        handedOver.delete(key);
      } else {
        if (strict) return null; // handed over by an earlier action, or an unknown start: only the full history tells
        out.push({
          personId: a.personId,
          postId: a.postId,
          startActionId: null,
          endActionId: a.id,
          startDate: null,
          endDate: a.date,
          status: "unknown-start",
          acting: false,
        });
      }
    }
  }
  return out;
}

/** A stored tenure with no end yet. */
export type OpenTenure = DerivedTenure & { id: number };

interface OpenTenureRow {
  id: number | bigint;
  personId: number | bigint;
  postId: number | bigint;
  startActionId: number | bigint | null;
  startDate: string | null;
  endDate: string | null;
  status: string;
  acting: boolean | number | bigint;
}

/** The columns of Tenure `t` that an OpenTenure is read from. */
const OPEN_TENURE_COLUMNS = Prisma.sql`t."id", t."personId", t."postId", t."startActionId", t."startDate", t."endDate", t."status", t."acting"`;

function openTenureOf(r: OpenTenureRow): OpenTenure {
  return {
    id: Number(r.id),
    personId: Number(r.personId),
    postId: Number(r.postId),
    startActionId: r.startActionId === null ? null : Number(r.startActionId),
    endActionId: null,
    startDate: r.startDate,
    endDate: r.endDate,
    // as stored: a status other than "current" makes continueTenures derive the post again
    status: r.status as DerivedTenure["status"],
    acting: Boolean(Number(r.acting)),
  };
}

/** The stored open tenures matching a condition on `t` (Tenure). */
export async function readOpenTenures(tx: Tx, where: Prisma.Sql): Promise<OpenTenure[]> {
  const rows = await tx.$queryRaw<
    OpenTenureRow[]
  >`SELECT ${OPEN_TENURE_COLUMNS} FROM "Tenure" t WHERE t."endActionId" IS NULL AND ${where}`;
  return rows.map(openTenureOf);
}

/**
 * Where continueStoredTenures finds every open tenure of a post and records the ones it leaves,
 * instead of the database: a run's book of them (lib/derive/openTenures.ts).
 */
export interface OpenTenureSource {
  openOf(tx: Tx, postIds: number[]): Promise<Map<number, OpenTenure[]>>;
  settle(postId: number, tenures: OpenTenure[]): void;
}

/** The actions matching a condition on `a` (the Action table) as facts: one joined SELECT. */
async function loadFacts(tx: Tx, where: Prisma.Sql): Promise<ActionFact[]> {
  const rows = await tx.$queryRaw<
    {
      id: number;
      personId: number;
      postId: number;
      kind: string;
      date: string | null;
      ordinal: number;
      fingerprint: string;
      title: string;
    }[]
  >`SELECT a."id", a."personId", a."postId", a."kind", a."date", a."ordinal", n."fingerprint", p."title"
    FROM "Action" a JOIN "Announcement" n ON n."id" = a."announcementId" JOIN "Post" p ON p."id" = a."postId"
    WHERE ${where} ORDER BY a."id"`;
  return rows.map((r) => ({
    id: Number(r.id),
    personId: Number(r.personId),
    postId: Number(r.postId),
    kind: r.kind,
    date: r.date,
    ordinal: Number(r.ordinal),
    announcementKey: r.fingerprint,
    singleHolder: isSingleHolderPost(r.title),
  }));
}

const TENURE_COLUMNS = ["personId", "postId", "startActionId", "endActionId", "startDate", "endDate", "status", "acting"] as const;

async function insertTenures(tx: Tx, tenures: DerivedTenure[]): Promise<void> {
  await insertRows(tx, "Tenure", TENURE_COLUMNS, tenures);
}

/** Recomputes and stores the tenures of the given posts (a few queries per 500 posts). */
export async function rederiveTenures(tx: Tx, postIds: number[]): Promise<void> {
  const ids = [...new Set(postIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const facts = await loadFacts(tx, Prisma.sql`a."postId" IN (${Prisma.join(chunk)})`);
    await tx.tenure.deleteMany({ where: { postId: { in: chunk } } });
    const tenures = deriveTenures(facts);
    await insertTenures(tx, tenures);
  }
}

/**
 * Recomputes the tenures an import or a re-link touched, given as (post, person) pairs.
 * On a post with many holders at once (审判员, 委员) and no acting appointment, one person's
 * tenures depend only on that person's actions there, so only those are reloaded: an import
 * costs the same on a court with 5 judges or 5,000. Head posts and posts with an acting
 * appointment (where one person's appointment ends another's tenure) are recomputed whole.
 */
export async function rederiveTenuresFor(tx: Tx, pairs: { postId: number; personId: number }[]): Promise<void> {
  if (!pairs.length) return;
  const postIds = [...new Set(pairs.map((p) => p.postId))];
  const posts = await tx.post.findMany({ where: { id: { in: postIds } }, select: { id: true, title: true } });
  const whole = new Set(posts.filter((p) => isSingleHolderPost(p.title)).map((p) => p.id));
  const rest = postIds.filter((id) => !whole.has(id));
  if (rest.length) {
    const acting = await tx.action.findMany({
      where: { postId: { in: rest }, kind: "决定代理" },
      select: { postId: true },
      distinct: ["postId"],
    });
    for (const a of acting) whole.add(a.postId);
  }
  await rederiveTenures(tx, [...whole]);

  const partial = pairs.filter((p) => !whole.has(p.postId));
  for (let i = 0; i < partial.length; i += 500) {
    const chunk = partial.slice(i, i + 500);
    const people = [...new Set(chunk.map((p) => p.personId))];
    const postsOfChunk = [...new Set(chunk.map((p) => p.postId))];
    // The cross product of these people and posts: a superset of the pairs, reloaded and rewritten whole.
    const where = { personId: { in: people }, postId: { in: postsOfChunk } };
    const facts = await loadFacts(
      tx,
      Prisma.sql`a."personId" IN (${Prisma.join(people)}) AND a."postId" IN (${Prisma.join(postsOfChunk)})`,
    );
    await tx.tenure.deleteMany({ where });
    const tenures = deriveTenures(facts);
    await insertTenures(tx, tenures);
  }
}

/**
 * The incremental path's switch (tests turn it off to get the reference: full recomputation) and
 * counts of posts it continued and posts it had to recompute (for tests).
 */
export const incrementalTenures = { enabled: true, continuedPosts: 0, recomputedPosts: 0 };

/** An action about to be stored, as far as its order among the post's actions goes. */
export type PendingAction = Omit<ActionFact, "id" | "personId" | "singleHolder">;

/**
 * The posts whose pending actions all come after every stored action of the post (compareActions
 * order): the normal case of chronological imports, where the post's tenures can be continued from
 * its open ones. Call it before the pending actions are stored. A few queries per 500 posts.
 */
export async function postsContinuedBy(tx: Tx, pending: PendingAction[]): Promise<Set<number>> {
  const first = new Map<number, PendingAction>(); // post → its earliest pending action
  for (const a of pending) {
    const f = first.get(a.postId);
    if (!f || compareActions(a, f) < 0) first.set(a.postId, a);
  }
  const out = new Set<number>();
  const ids = [...first.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    // One indexed look-up per post (Action(postId, date)): its latest date, and whether it has undated actions.
    const latest = await tx.$queryRaw<{ id: number; last: string | null; undated: number | bigint }[]>`
      SELECT p."id" AS "id",
        (SELECT MAX(a."date") FROM "Action" a WHERE a."postId" = p."id") AS "last",
        CASE WHEN EXISTS (SELECT 1 FROM "Action" a WHERE a."postId" = p."id" AND a."date" IS NULL) THEN 1 ELSE 0 END AS "undated"
      FROM "Post" p WHERE p."id" IN (${Prisma.join(chunk)})`;
    const ties: { postId: number; date: string | null }[] = [];
    for (const r of latest) {
      const postId = Number(r.id);
      if (r.last === null && !Number(r.undated)) {
        out.add(postId); // nothing stored yet
        continue;
      }
      const last = Number(r.undated) ? null : r.last;
      const mine = dateKey(first.get(postId)!.date);
      if (dateKey(last) < mine) out.add(postId);
      else if (dateKey(last) === mine) ties.push({ postId, date: last });
    }
    // Same date: the order of the stored actions of that date decides (removals first, then fingerprint, position).
    if (ties.length) {
      const rows = await tx.action.findMany({
        where: { OR: ties.map((t) => ({ postId: t.postId, date: t.date })) },
        select: { postId: true, kind: true, date: true, ordinal: true, announcement: { select: { fingerprint: true } } },
      });
      const blocked = new Set<number>();
      for (const r of rows) {
        const stored = { date: r.date, kind: r.kind, ordinal: r.ordinal, announcementKey: r.announcement.fingerprint };
        if (compareActions(stored, first.get(r.postId)!) >= 0) blocked.add(r.postId);
      }
      for (const t of ties) if (!blocked.has(t.postId)) out.add(t.postId);
    }
  }
  return out;
}

/**
 * The open tenures that actions on the given posts can touch, read from the database: on a head
 * post, or a post with an acting appointment, any holder's (an appointment ends them); elsewhere
 * only those of the people the actions name (an appointment or removal of one 审判员 leaves the
 * others as they are).
 */
async function openTenuresTouched(tx: Tx, postIds: number[], byPost: Map<number, ActionFact[]>): Promise<Map<number, OpenTenure[]>> {
  const heads = postIds.filter((p) => byPost.get(p)!.some((a) => a.singleHolder));
  const others = postIds.filter((p) => !heads.includes(p));
  const acting = new Set(
    others.length
      ? (
          await tx.action.findMany({ where: { postId: { in: others }, kind: "决定代理" }, select: { postId: true }, distinct: ["postId"] })
        ).map((a) => a.postId)
      : [],
  );
  const whole = [...heads, ...acting];
  const pairs = new Map<string, { personId: number; postId: number }>();
  for (const postId of others)
    if (!acting.has(postId)) for (const a of byPost.get(postId)!) pairs.set(`${a.personId}:${postId}`, { personId: a.personId, postId });
  const rows = [
    ...(whole.length ? await readOpenTenures(tx, Prisma.sql`t."postId" IN (${Prisma.join(whole)})`) : []),
    ...(await openTenuresOfPairs(tx, [...pairs.values()])),
  ];
  const out = new Map<number, OpenTenure[]>();
  for (const r of rows) appendTo(out, r.postId, r);
  return out;
}

/** The open tenures of the given people on the given posts, pair by pair (one statement per few thousand pairs). */
async function openTenuresOfPairs(tx: Tx, pairs: { personId: number; postId: number }[]): Promise<OpenTenure[]> {
  const out: OpenTenure[] = [];
  for (let i = 0; i < pairs.length; i += 2000) {
    const json = JSON.stringify(pairs.slice(i, i + 2000).map((p) => [p.personId, p.postId]));
    const rows =
      providerOf(tx) === "postgresql"
        ? await tx.$queryRaw<OpenTenureRow[]>`SELECT ${OPEN_TENURE_COLUMNS}
            FROM jsonb_array_elements(${json}::jsonb) AS r
            JOIN "Tenure" t ON t."personId" = (r->>0)::integer AND t."postId" = (r->>1)::integer
            WHERE t."endActionId" IS NULL`
        : // CROSS JOIN: SQLite walks the pairs and looks each person up (Tenure(personId)), never the other way round.
          await tx.$queryRaw<OpenTenureRow[]>`SELECT ${OPEN_TENURE_COLUMNS}
            FROM json_each(${json}) AS r
            CROSS JOIN "Tenure" t ON t."personId" = json_extract(r.value, '$[0]') AND t."postId" = json_extract(r.value, '$[1]')
            WHERE t."endActionId" IS NULL`;
    for (const r of rows) out.push(openTenureOf(r));
  }
  return out;
}

/**
 * Stores the tenures that newly stored actions give, continuing each post from its open tenures
 * (see postsContinuedBy: the actions must come after every other action of their post): from the
 * database, or from a run's book of them, which then records what the posts leave open. Returns
 * the posts where that was not enough (continueTenures gave null): recompute those from all actions.
 */
export async function continueStoredTenures(tx: Tx, actions: ActionFact[], book?: OpenTenureSource): Promise<number[]> {
  const byPost = new Map<number, ActionFact[]>();
  for (const a of actions) appendTo(byPost, a.postId, a);
  const postIds = [...byPost.keys()];
  const fallback: number[] = [];
  const created: { postId: number; tenure: DerivedTenure }[] = [];
  const ended: { id: number; endActionId: number; endDate: string | null }[] = [];
  const stillOpen = new Map<number, OpenTenure[]>(); // continued post → its open tenures from before that are still open
  for (let i = 0; i < postIds.length; i += 500) {
    const chunk = postIds.slice(i, i + 500);
    // The book holds every open tenure of a post; the database is asked only for those the actions can touch.
    const openByPost = book ? await book.openOf(tx, chunk) : await openTenuresTouched(tx, chunk, byPost);
    for (const postId of chunk) {
      const open = openByPost.get(postId) ?? [];
      const opened = continueTenures(open, byPost.get(postId)!);
      if (!opened) {
        fallback.push(postId);
        incrementalTenures.recomputedPosts++;
        continue;
      }
      incrementalTenures.continuedPosts++;
      for (const tenure of opened) created.push({ postId, tenure });
      for (const t of open) if (t.endActionId !== null) ended.push({ id: t.id, endActionId: t.endActionId, endDate: t.endDate });
      stillOpen.set(postId, open);
    }
  }
  await endTenures(tx, ended);
  const tenures = created.map((c) => c.tenure);
  if (!book) {
    await insertTenures(tx, tenures);
    return fallback;
  }
  // The book follows: each continued post's open tenures are those left open and those opened now.
  const ids = await insertRowsGivingIds(tx, "Tenure", TENURE_COLUMNS, tenures);
  for (const [i, { postId, tenure }] of created.entries()) stillOpen.get(postId)!.push({ ...tenure, id: ids[i] });
  for (const [postId, open] of stillOpen) book.settle(postId, open);
  return fallback;
}

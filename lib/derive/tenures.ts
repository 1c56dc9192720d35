// Derives tenures (who held a post from which action to which) from the actions of the given posts.
// Re-runnable: it replaces the tenures of those posts, and it orders actions by facts of the
// text only (date, announcement fingerprint, position), never by database ids, so the result
// does not depend on the order in which announcements were imported.
import type { Db } from "../db/client";
import { postRank } from "../domain/orgs";
import { closesTenure, isActing, opensTenure } from "./kinds";

type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

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

/** Head posts (院长, 检察长, 市长, 主任 …) have one holder at a time. */
export function isSingleHolderPost(title: string): boolean {
  return postRank(title) === 0;
}

/** Pure derivation over the actions of one or more posts. */
export function deriveTenures(actions: ActionFact[]): DerivedTenure[] {
  const out: DerivedTenure[] = [];
  const open = new Map<string, DerivedTenure>(); // `${postId}:${personId}` → open tenure
  // Tenures ended because someone else was appointed to a head post: a removal printed later
  // (免去 the old 院长 after the new one was appointed) belongs to them, it opens no tenure of its own.
  const handedOver = new Set<string>();
  const close = (t: DerivedTenure, a: ActionFact) => {
    t.endActionId = a.id;
    t.endDate = a.date;
    if (t.status === "current") t.status = "ended";
  };
  for (const a of [...actions].sort(compareActions)) {
    const key = `${a.postId}:${a.personId}`;
    if (opensTenure(a.kind)) {
      // An acting holder's tenure ends when anyone is appointed to the post (the same person in full,
      // or someone else); on a single-holder post, any holder's tenure ends when someone else is.
      for (const [k, t] of open) {
        if (t.postId !== a.postId) continue;
        const superseded = t.acting || (a.singleHolder && t.personId !== a.personId);
        if (superseded) {
          close(t, a);
          open.delete(k);
          if (t.personId !== a.personId) handedOver.add(k);
        }
      }
      handedOver.delete(key);
      if (open.has(key)) continue; // appointed again to a post already held: the tenure goes on
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
      open.set(key, t);
    } else if (closesTenure(a.kind)) {
      const t = open.get(key);
      if (t) {
        close(t, a);
        open.delete(key);
      } else if (handedOver.has(key)) {
        handedOver.delete(key);
      } else {
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

const actionFactSelect = {
  id: true,
  personId: true,
  postId: true,
  kind: true,
  date: true,
  ordinal: true,
  announcement: { select: { fingerprint: true } },
  post: { select: { title: true } },
} as const;

function toFact(r: {
  id: number;
  personId: number;
  postId: number;
  kind: string;
  date: string | null;
  ordinal: number;
  announcement: { fingerprint: string };
  post: { title: string };
}): ActionFact {
  return {
    id: r.id,
    personId: r.personId,
    postId: r.postId,
    kind: r.kind,
    date: r.date,
    ordinal: r.ordinal,
    announcementKey: r.announcement.fingerprint,
    singleHolder: isSingleHolderPost(r.post.title),
  };
}

/** Recomputes and stores the tenures of the given posts (a few queries per 500 posts). */
export async function rederiveTenures(tx: Tx, postIds: number[]): Promise<void> {
  const ids = [...new Set(postIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await tx.action.findMany({ where: { postId: { in: chunk } }, select: actionFactSelect });
    await tx.tenure.deleteMany({ where: { postId: { in: chunk } } });
    const tenures = deriveTenures(rows.map(toFact));
    if (tenures.length) await tx.tenure.createMany({ data: tenures });
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
    const acting = await tx.action.findMany({ where: { postId: { in: rest }, kind: "决定代理" }, select: { postId: true }, distinct: ["postId"] });
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
    const rows = await tx.action.findMany({ where, select: actionFactSelect });
    await tx.tenure.deleteMany({ where });
    const tenures = deriveTenures(rows.map(toFact));
    if (tenures.length) await tx.tenure.createMany({ data: tenures });
  }
}

export type { Tx };

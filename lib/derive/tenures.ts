// Derives tenures (who held a post from which action to which) from the actions of the given posts.
// Re-runnable: it replaces the tenures of those posts, so import order does not matter.
import type { Db } from "../db/client";
import { closesTenure, isActing, opensTenure } from "./kinds";

type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface ActionFact {
  id: number;
  personId: number;
  postId: number;
  kind: string;
  date: string | null;
  announcementId: number;
  ordinal: number;
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

/** Chronological order; undated actions after dated ones, then in publication order. */
export function compareActions(a: ActionFact, b: ActionFact): number {
  const da = a.date ?? "9999-99-99";
  const dbb = b.date ?? "9999-99-99";
  if (da !== dbb) return da < dbb ? -1 : 1;
  if (a.announcementId !== b.announcementId) return a.announcementId - b.announcementId;
  return a.ordinal - b.ordinal;
}

/** Pure derivation over the actions of one or more posts. */
export function deriveTenures(actions: ActionFact[]): DerivedTenure[] {
  const out: DerivedTenure[] = [];
  const open = new Map<string, DerivedTenure>(); // `${postId}:${personId}` → open tenure
  const close = (t: DerivedTenure, a: ActionFact) => {
    t.endActionId = a.id;
    t.endDate = a.date;
    if (t.status === "current") t.status = "ended";
  };
  for (const a of [...actions].sort(compareActions)) {
    const key = `${a.postId}:${a.personId}`;
    if (opensTenure(a.kind)) {
      // An acting holder's tenure ends when anyone is appointed to the post (the same person in full, or someone else).
      for (const [k, t] of open) {
        if (t.postId === a.postId && t.acting) {
          close(t, a);
          open.delete(k);
        }
      }
      const existing = open.get(key);
      if (existing) continue; // appointed again to a post already held: the tenure goes on
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

/** Recomputes and stores the tenures of the given posts. */
export async function rederiveTenures(tx: Tx, postIds: number[]): Promise<void> {
  const ids = [...new Set(postIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const actions = await tx.action.findMany({
      where: { postId: { in: chunk } },
      select: { id: true, personId: true, postId: true, kind: true, date: true, announcementId: true, ordinal: true },
    });
    await tx.tenure.deleteMany({ where: { postId: { in: chunk } } });
    const tenures = deriveTenures(actions);
    if (tenures.length) await tx.tenure.createMany({ data: tenures });
  }
}

export type { Tx };

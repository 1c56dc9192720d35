// Predecessors and successors on a one-seat post, from the derived tenures: claimed only where the
// dates show the handover (the one holder left on or before the other came, and nobody else held
// the post in between). A many-seat post (副院长, 审判员, 委员 …) has neither.
import type { Db } from "../db/client";
import { appendTo } from "../domain/groups";
import { seatsOf } from "../domain/seats";

export interface TenureNeighbour {
  personId: number;
  name: string;
  tenureId: number;
  /** null = unknown (a removal whose appointment is not in the data). */
  startDate: string | null;
  endDate: string | null;
}

export interface TenureNeighbours {
  predecessor?: TenureNeighbour;
  successor?: TenureNeighbour;
}

/** What the rule reads of a tenure. */
export interface SuccessionRow {
  id: number;
  personId: number;
  startDate: string | null;
  endDate: string | null;
  person: { name: string };
}

/** The rule, said on the pages beside 前任 / 继任. */
export const SUCCESSION_RULE = "前任、继任据任免日期推定：仅限一人担任的职务，且前任离任不晚于继任者任职，其间无他人任此职";

const BEFORE_ALL = "";
const AFTER_ALL = "9999-99-99";
// When a tenure may have been held: an unknown start is "any time before its end", an open or undated end "until further notice".
const from = (r: SuccessionRow) => r.startDate ?? BEFORE_ALL;
const until = (r: SuccessionRow) => r.endDate ?? AFTER_ALL;

/** Whether someone held the post at some time strictly inside (after, before) or across it. */
function heldBetween(r: SuccessionRow, after: string, before: string): boolean {
  return from(r) < before && until(r) > after;
}

const toNeighbour = (r: SuccessionRow): TenureNeighbour => ({
  personId: r.personId,
  name: r.person.name,
  tenureId: r.id,
  startDate: r.startDate,
  endDate: r.endDate,
});

/** The holder the post passed from to `t`, when the dates show it (see SUCCESSION_RULE). Pure. */
export function predecessorOf(t: SuccessionRow, onPost: SuccessionRow[]): TenureNeighbour | undefined {
  if (t.startDate === null) return undefined; // when it began is not known, so neither is who came before
  const start = t.startDate;
  const others = onPost.filter((r) => r.personId !== t.personId);
  const ended = others.filter((r) => r.endDate !== null && r.endDate <= start);
  const latest = ended.reduce<string | null>((m, r) => (m === null || r.endDate! > m ? r.endDate : m), null);
  if (latest === null) return undefined;
  const candidates = ended.filter((r) => r.endDate === latest);
  if (candidates.length !== 1) return undefined; // two holders leaving a one-seat post the same day: the data contradicts itself
  const [p] = candidates;
  // Nobody else held it in between, and nobody else came the same day (two successors to one seat).
  if (others.some((r) => r !== p && (heldBetween(r, latest, start) || r.startDate === start))) return undefined;
  return toNeighbour(p);
}

/** The holder the post passed to from `t`, when the dates show it (see SUCCESSION_RULE). Pure. */
export function successorOf(t: SuccessionRow, onPost: SuccessionRow[]): TenureNeighbour | undefined {
  if (t.endDate === null) return undefined;
  const end = t.endDate;
  const others = onPost.filter((r) => r.personId !== t.personId);
  const started = others.filter((r) => r.startDate !== null && r.startDate >= end);
  const earliest = started.reduce<string | null>((m, r) => (m === null || r.startDate! < m ? r.startDate : m), null);
  if (earliest === null) return undefined;
  const candidates = started.filter((r) => r.startDate === earliest);
  if (candidates.length !== 1) return undefined;
  const [s] = candidates;
  // Nobody else held it in between, and nobody else left the same day (two predecessors to one seat).
  if (others.some((r) => r !== s && (heldBetween(r, end, earliest) || r.endDate === end))) return undefined;
  return toNeighbour(s);
}

/** Neighbours of every tenure of one one-seat post. Pure. */
export function neighboursOnPost(onPost: SuccessionRow[]): Map<number, TenureNeighbours> {
  const out = new Map<number, TenureNeighbours>();
  for (const t of onPost) {
    const n: TenureNeighbours = {};
    const p = predecessorOf(t, onPost);
    const s = successorOf(t, onPost);
    if (p) n.predecessor = p;
    if (s) n.successor = s;
    out.set(t.id, n);
  }
  return out;
}

/**
 * Predecessor and successor of each given tenure on its post, for one-seat posts only (seatsOf);
 * every other tenure gets none. Two queries whatever the number of tenures.
 */
export async function tenureNeighbours(db: Db, tenureIds: number[]): Promise<Map<number, TenureNeighbours>> {
  const out = new Map<number, TenureNeighbours>();
  if (!tenureIds.length) return out;
  const wanted = await db.tenure.findMany({
    where: { id: { in: [...new Set(tenureIds)] } },
    select: { id: true, postId: true, post: { select: { title: true } } },
  });
  for (const t of wanted) out.set(t.id, {});
  const postIds = [...new Set(wanted.filter((t) => seatsOf(t.post.title) === "one").map((t) => t.postId))];
  if (!postIds.length) return out;
  const rows = await db.tenure.findMany({
    where: { postId: { in: postIds } },
    select: { id: true, personId: true, postId: true, startDate: true, endDate: true, person: { select: { name: true } } },
  });
  const byPost = new Map<number, typeof rows>();
  for (const r of rows) appendTo(byPost, r.postId, r);
  for (const tenures of byPost.values()) {
    for (const [id, n] of neighboursOnPost(tenures)) if (out.has(id)) out.set(id, n);
  }
  return out;
}

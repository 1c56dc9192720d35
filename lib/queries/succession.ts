// Predecessors and successors on a post, from the derived tenures.
import type { Db } from "../db/client";
import { isSingleHolderPost } from "../derive/tenures";

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

interface Row {
  id: number;
  personId: number;
  postId: number;
  startDate: string | null;
  endDate: string | null;
  status: string;
  person: { name: string };
}

/** Time order on one post: by start (an unknown start counts as its end date, before known starts that day). */
export function compareTenures(a: Row, b: Row): number {
  const ka = a.startDate ?? a.endDate ?? "9999-99-99";
  const kb = b.startDate ?? b.endDate ?? "9999-99-99";
  if (ka !== kb) return ka < kb ? -1 : 1;
  const ua = a.startDate === null ? 0 : 1;
  const ub = b.startDate === null ? 0 : 1;
  return ua - ub || a.id - b.id;
}

const FOREVER = "9999-99-99";

/**
 * Whether two tenures were held at the same time. A tenure with an unknown start was at least
 * held just before it ended; one that ends the day another starts is a handover, not an overlap.
 */
export function overlap(a: Row, b: Row): boolean {
  const ea = a.endDate ?? FOREVER;
  const eb = b.endDate ?? FOREVER;
  if (a.startDate === null && b.startDate === null) return ea === eb;
  if (a.startDate === null) return b.startDate! < ea && eb >= ea;
  if (b.startDate === null) return a.startDate < eb && ea >= eb;
  return a.startDate < eb && b.startDate < ea;
}

/** Whether different people's tenures on a post overlap in time (a post with many holders, like 审判员). */
export function hasOverlaps(rows: Row[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (rows[i].personId !== rows[j].personId && overlap(rows[i], rows[j])) return true; // many-holder posts stop at once
    }
  }
  return false;
}

/** Pure: neighbours of each tenure among the sorted tenures of its post. */
export function neighboursOnPost(sorted: Row[]): Map<number, TenureNeighbours> {
  const out = new Map<number, TenureNeighbours>();
  const toNeighbour = (r: Row): TenureNeighbour => ({
    personId: r.personId,
    name: r.person.name,
    tenureId: r.id,
    startDate: r.startDate,
    endDate: r.endDate,
  });
  sorted.forEach((t, i) => {
    const n: TenureNeighbours = {};
    for (let j = i - 1; j >= 0; j--) {
      if (sorted[j].personId !== t.personId) {
        n.predecessor = toNeighbour(sorted[j]);
        break;
      }
    }
    for (let j = i + 1; j < sorted.length; j++) {
      if (sorted[j].personId !== t.personId) {
        n.successor = toNeighbour(sorted[j]);
        break;
      }
    }
    out.set(t.id, n);
  });
  return out;
}

/**
 * Predecessor and successor of each given tenure on its post (the nearest other person before
 * and after). Given for posts with one holder at a time: head posts (院长, 检察长, 市长 …) and
 * posts whose tenures never overlap; a post with many holders at once (审判员, 委员) has none.
 * Two queries whatever the number of tenures.
 */
export async function tenureNeighbours(db: Db, tenureIds: number[]): Promise<Map<number, TenureNeighbours>> {
  const out = new Map<number, TenureNeighbours>();
  if (!tenureIds.length) return out;
  const wanted = await db.tenure.findMany({ where: { id: { in: [...new Set(tenureIds)] } }, select: { id: true, postId: true } });
  const postIds = [...new Set(wanted.map((t) => t.postId))];
  const rows = await db.tenure.findMany({
    where: { postId: { in: postIds } },
    select: {
      id: true,
      personId: true,
      postId: true,
      startDate: true,
      endDate: true,
      status: true,
      person: { select: { name: true } },
      post: { select: { title: true } },
    },
  });
  const byPost = new Map<number, typeof rows>();
  for (const r of rows) byPost.set(r.postId, [...(byPost.get(r.postId) ?? []), r]);
  const wantedIds = new Set(wanted.map((t) => t.id));
  for (const [, tenures] of byPost) {
    const sorted = [...tenures].sort(compareTenures);
    if (!isSingleHolderPost(sorted[0].post.title) && hasOverlaps(sorted)) {
      for (const t of sorted) if (wantedIds.has(t.id)) out.set(t.id, {});
      continue;
    }
    for (const [id, n] of neighboursOnPost(sorted)) if (wantedIds.has(id)) out.set(id, n);
  }
  return out;
}

// After an import: what changed, as a change feed — who was appointed, who was removed,
// who moved (removed from one post and appointed to another by the same import).
import type { Db } from "../db/client";
import { closesTenure, opensTenure } from "../derive/kinds";
import { appendTo } from "../domain/groups";

/** Rows read for one summary; a bigger import says how many were left out. */
export const SUMMARY_ROWS = 2000;

export interface ChangeItem {
  actionId: number;
  announcementId: number;
  personId: number;
  personName: string;
  kind: string;
  organizationId: number;
  organization: string;
  post: string;
  date: string | null;
}

export interface Move {
  personId: number;
  personName: string;
  from: ChangeItem[];
  to: ChangeItem[];
}

export interface ChangeSummary {
  appointed: ChangeItem[];
  removed: ChangeItem[];
  moved: Move[];
  /** Actions beyond SUMMARY_ROWS, not listed. */
  more: number;
  announcementIds: number[];
}

export async function importSummary(db: Db, sourceIds: number[]): Promise<ChangeSummary> {
  const where = { announcement: { sourceId: { in: sourceIds } } };
  const [rows, total] = await Promise.all([
    db.action.findMany({
      where,
      orderBy: [{ announcementId: "asc" }, { ordinal: "asc" }],
      take: SUMMARY_ROWS,
      select: {
        id: true,
        announcementId: true,
        personId: true,
        personName: true,
        kind: true,
        date: true,
        post: { select: { title: true, organization: { select: { id: true, name: true } } } },
      },
    }),
    db.action.count({ where }),
  ]);
  const items: ChangeItem[] = rows.map((r) => ({
    actionId: r.id,
    announcementId: r.announcementId,
    personId: r.personId,
    personName: r.personName,
    kind: r.kind,
    organizationId: r.post.organization.id,
    organization: r.post.organization.name,
    post: r.post.title,
    date: r.date,
  }));

  const byPerson = new Map<number, ChangeItem[]>();
  for (const item of items) appendTo(byPerson, item.personId, item);
  const movers = new Set(
    [...byPerson].filter(([, xs]) => xs.some((x) => opensTenure(x.kind)) && xs.some((x) => closesTenure(x.kind))).map(([id]) => id),
  );

  return {
    appointed: items.filter((x) => opensTenure(x.kind) && !movers.has(x.personId)),
    removed: items.filter((x) => closesTenure(x.kind) && !movers.has(x.personId)),
    moved: [...movers].map((personId) => {
      const xs = byPerson.get(personId)!;
      return {
        personId,
        personName: xs[0].personName,
        from: xs.filter((x) => closesTenure(x.kind)),
        to: xs.filter((x) => opensTenure(x.kind)),
      };
    }),
    more: Math.max(0, total - items.length),
    announcementIds: [...new Set(items.map((x) => x.announcementId))],
  };
}

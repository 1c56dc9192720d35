// The facts behind the pages' charts: every tenure of an organ's posts, and the number of
// decisions (任免事项) per month by issuer. The charts and their tables are drawn from these alone.
import type { Db } from "../db/client";

export interface TenureSpan {
  tenureId: number;
  post: { id: number; title: string; rank: number };
  person: { id: number; name: string };
  /** null = the appointment is not in the imported announcements (held at some time before endDate). */
  startDate: string | null;
  /** null with `current` = still held; null otherwise = ended on a date the text does not fix. */
  endDate: string | null;
  current: boolean;
  acting: boolean;
}

/** All tenures of an organ's posts, by post rank, title and start. */
export async function organTenures(db: Db, organizationId: number): Promise<TenureSpan[]> {
  const rows = await db.tenure.findMany({
    where: { post: { organizationId } },
    orderBy: [{ post: { rank: "asc" } }, { post: { title: "asc" } }, { startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: {
      id: true,
      startDate: true,
      endDate: true,
      endActionId: true,
      acting: true,
      post: { select: { id: true, title: true, rank: true } },
      person: { select: { id: true, name: true } },
    },
  });
  return rows.map((t) => ({
    tenureId: t.id,
    post: t.post,
    person: t.person,
    startDate: t.startDate,
    endDate: t.endDate,
    current: t.endActionId === null,
    acting: t.acting,
  }));
}

export interface MonthlyDecisions {
  /** YYYY-MM */
  month: string;
  issuer: string;
  /** 任免事项 in announcements of that month and issuer. */
  count: number;
}

/**
 * Decisions per month and issuer, from the announcements' dates and entry counts (one grouped
 * query; announcements without a date are counted in `undated`).
 */
export async function decisionsPerMonth(db: Db): Promise<{ rows: MonthlyDecisions[]; undated: number }> {
  const groups = await db.announcement.groupBy({ by: ["date", "issuer"], _sum: { entryCount: true } });
  const byKey = new Map<string, MonthlyDecisions>();
  let undated = 0;
  for (const g of groups) {
    const count = g._sum.entryCount ?? 0;
    if (!g.date) {
      undated += count;
      continue;
    }
    const month = g.date.slice(0, 7);
    const key = `${month}\u0000${g.issuer}`;
    const row = byKey.get(key) ?? { month, issuer: g.issuer, count: 0 };
    row.count += count;
    byKey.set(key, row);
  }
  const rows = [...byKey.values()].sort((a, b) => a.month.localeCompare(b.month) || a.issuer.localeCompare(b.issuer));
  return { rows, undated };
}

// What the correction page of a person shows: the entries linked to them with the reason of
// each link, other people of the same name (told apart by their latest organ), and corrections.

import { type CorrectionView, correctionsFor } from "../corrections";
import type { Db } from "../db/client";

export interface LinkedEntry {
  actionId: number;
  announcementId: number;
  announcementNumber: string | null;
  date: string | null;
  kind: string;
  personName: string;
  orgName: string;
  postTitle: string;
  linkReason: string;
}

export interface SameNamePerson {
  id: number;
  name: string;
  /** What tells them apart: the organ of their latest entry. */
  latestOrgan: string | null;
  latestDate: string | null;
  entries: number;
}

export interface CorrectionPageData {
  person: { id: number; name: string; nameKey: string };
  entries: LinkedEntry[];
  sameName: SameNamePerson[];
  corrections: CorrectionView[];
}

/** Latest organ and date of each person (one query). */
export async function latestOrgans(
  db: Db,
  personIds: number[],
): Promise<Map<number, { orgName: string; date: string | null; entries: number }>> {
  const out = new Map<number, { orgName: string; date: string | null; entries: number }>();
  if (!personIds.length) return out;
  const rows = await db.action.findMany({
    where: { personId: { in: personIds } },
    orderBy: [{ date: "desc" }, { id: "desc" }],
    select: { personId: true, date: true, post: { select: { organization: { select: { name: true } } } } },
  });
  for (const r of rows) {
    const seen = out.get(r.personId);
    if (seen) seen.entries++;
    else out.set(r.personId, { orgName: r.post.organization.name, date: r.date, entries: 1 });
  }
  return out;
}

export async function correctionPage(db: Db, personId: number): Promise<CorrectionPageData | null> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { id: true, name: true, nameKey: true } });
  if (!person) return null;
  const [actions, others, corrections] = await Promise.all([
    db.action.findMany({
      where: { personId },
      orderBy: [{ date: "desc" }, { announcementId: "desc" }, { ordinal: "asc" }],
      select: {
        id: true,
        announcementId: true,
        date: true,
        kind: true,
        personName: true,
        linkReason: true,
        announcement: { select: { number: true } },
        post: { select: { title: true, organization: { select: { name: true } } } },
      },
    }),
    db.person.findMany({
      where: { nameKey: person.nameKey, mergedIntoId: null, id: { not: personId } },
      select: { id: true, name: true },
      orderBy: { id: "asc" },
    }),
    correctionsFor(db, personId),
  ]);
  const latest = await latestOrgans(
    db,
    others.map((o) => o.id),
  );
  return {
    person,
    entries: actions.map((a) => ({
      actionId: a.id,
      announcementId: a.announcementId,
      announcementNumber: a.announcement.number,
      date: a.date,
      kind: a.kind,
      personName: a.personName,
      orgName: a.post.organization.name,
      postTitle: a.post.title,
      linkReason: a.linkReason,
    })),
    sameName: others
      .map((o) => {
        const l = latest.get(o.id);
        return { id: o.id, name: o.name, latestOrgan: l?.orgName ?? null, latestDate: l?.date ?? null, entries: l?.entries ?? 0 };
      })
      .filter((o) => o.entries > 0),
    corrections,
  };
}

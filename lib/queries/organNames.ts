// An organ's names over time for its page: every form it was printed in (with an announcement
// printing it), names printed in parentheses after it, and its lineage (earlier names, mergers,
// its end) with dates and sources, other organs of the lineage linked when they are stored.
import type { Db } from "../db/client";
import { bodyKeyOf, type OrganLineageEvent, organLineage } from "../domain/lineage";

export interface AnnouncementRef {
  id: number;
  number: string | null;
  date: string | null;
}

export interface PrintedName {
  name: string;
  announcement: AnnouncementRef | null;
}

export interface LineageStep extends OrganLineageEvent {
  /** The stored organ on the other side of a merger (null: none stored). */
  otherId: number | null;
}

export interface OrganNames {
  name: string;
  printed: PrintedName[];
  aliases: PrintedName[];
  formerNames: LineageStep[];
  mergedFrom: LineageStep[];
  ended: LineageStep | null;
}

export async function organNames(db: Db, organizationId: number): Promise<OrganNames | null> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { name: true, key: true, names: { select: { name: true, kind: true, announcementId: true }, orderBy: { id: "asc" } } },
  });
  if (!org) return null;
  const lineage = organLineage(org.key ?? org.name);
  const announcementIds = [...new Set(org.names.flatMap((n) => (n.announcementId === null ? [] : [n.announcementId])))];
  const announcements = new Map(
    (await db.announcement.findMany({ where: { id: { in: announcementIds } }, select: { id: true, number: true, date: true } })).map(
      (a) => [a.id, a],
    ),
  );
  const otherKeys = [...lineage.mergedFrom.map((m) => bodyKeyOf(m.from)), ...(lineage.ended?.to ? [lineage.ended.to] : [])];
  const others = new Map(
    otherKeys.length
      ? (await db.organization.findMany({ where: { key: { in: otherKeys } }, select: { id: true, key: true } })).map((o) => [o.key!, o.id])
      : [],
  );
  const named = (kind: string) =>
    org.names
      .filter((n) => n.kind === kind)
      .map((n) => ({ name: n.name, announcement: n.announcementId === null ? null : (announcements.get(n.announcementId) ?? null) }));
  return {
    name: org.name,
    printed: named("printed"),
    aliases: named("alias"),
    formerNames: lineage.formerNames.map((e) => ({ ...e, otherId: null })),
    mergedFrom: lineage.mergedFrom.map((e) => ({ ...e, otherId: others.get(bodyKeyOf(e.from)) ?? null })),
    ended: lineage.ended ? { ...lineage.ended, otherId: lineage.ended.to ? (others.get(lineage.ended.to) ?? null) : null } : null,
  };
}

// Queries behind the home page and the announcement page.
import type { Db } from "../db/client";

export async function counts(db: Db) {
  const [sources, announcements, people, organizations, actions] = await Promise.all([
    db.source.count(),
    db.announcement.count(),
    db.person.count({ where: { mergedIntoId: null } }),
    db.organization.count(),
    db.action.count(),
  ]);
  return { sources, announcements, people, organizations, actions };
}

export async function latestAnnouncements(db: Db, take = 10) {
  return db.announcement.findMany({
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
    select: { id: true, issuer: true, number: true, date: true, meeting: true, entryCount: true, source: { select: { name: true } } },
  });
}

export async function announcementWithSource(db: Db, id: number) {
  return db.announcement.findUnique({
    where: { id },
    include: {
      source: {
        select: {
          id: true,
          name: true,
          text: true,
          encoding: true,
          importedAt: true,
          sha256: true,
          url: true,
          publication: true,
          parseWarnings: true,
        },
      },
      actions: {
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          ordinal: true,
          kind: true,
          personName: true,
          personId: true,
          spanStart: true,
          spanEnd: true,
          post: { select: { title: true, organization: { select: { id: true, name: true } } } },
        },
      },
    },
  });
}

export type AnnouncementWithSource = NonNullable<Awaited<ReturnType<typeof announcementWithSource>>>;

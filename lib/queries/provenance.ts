// Where a fact was printed: the source's address and publication, as every export and page states it.
import type { Db } from "../db/client";

export interface SourceFields {
  url: string | null;
  publication: string | null;
}

export interface Provenance {
  /** The publication as stored, else the host of the address; null when neither is known. */
  publication: string | null;
  /** The address the source was read from (http/https only), or null when it was a file without one. */
  url: string | null;
}

export function provenance(s: SourceFields): Provenance {
  let host: string | null = null;
  if (s.url) {
    try {
      host = new URL(s.url).host;
    } catch {
      host = null;
    }
  }
  return { publication: s.publication || host, url: host ? s.url : null };
}

/** What an action was printed in: its announcement, the source's address and the entry's clause. */
export interface ActionProvenance {
  actionId: number;
  announcementId: number;
  number: string | null;
  issuer: string;
  meeting: string | null;
  date: string | null;
  kind: string;
  publication: string | null;
  url: string | null;
  clause: string;
}

/** The provenance of these actions (one query for the actions, one for their sources' texts). */
export async function actionProvenance(db: Db, actionIds: number[]): Promise<Map<number, ActionProvenance>> {
  const ids = [...new Set(actionIds)];
  if (!ids.length) return new Map();
  const actions = await db.action.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      kind: true,
      date: true,
      spanStart: true,
      spanEnd: true,
      announcement: {
        select: {
          id: true,
          number: true,
          issuer: true,
          meeting: true,
          sourceId: true,
          source: { select: { url: true, publication: true } },
        },
      },
    },
  });
  const texts = new Map(
    (
      await db.source.findMany({
        where: { id: { in: [...new Set(actions.map((a) => a.announcement.sourceId))] } },
        select: { id: true, text: true },
      })
    ).map((s) => [s.id, s.text]),
  );
  return new Map(
    actions.map((a) => [
      a.id,
      {
        actionId: a.id,
        announcementId: a.announcement.id,
        number: a.announcement.number,
        issuer: a.announcement.issuer,
        meeting: a.announcement.meeting,
        date: a.date,
        kind: a.kind,
        ...provenance(a.announcement.source),
        clause: texts.get(a.announcement.sourceId)?.slice(a.spanStart, a.spanEnd) ?? "",
      },
    ]),
  );
}

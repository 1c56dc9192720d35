// One row of the actions table: the action with its announcement, post and organ.
import type { Prisma } from "../../../generated/prisma/client";
import type { Db } from "../../db/client";
import type { SortKey } from "./filter";

export const rowSelect = {
  id: true,
  date: true,
  kind: true,
  personName: true,
  personId: true,
  spanStart: true,
  spanEnd: true,
  announcement: {
    select: { id: true, number: true, issuer: true, meeting: true, sourceId: true, source: { select: { url: true, publication: true } } },
  },
  post: { select: { id: true, title: true, organization: { select: { id: true, name: true } } } },
} satisfies Prisma.ActionSelect;

export type ActionRow = Prisma.ActionGetPayload<{ select: typeof rowSelect }> & {
  /** The entry's clause as printed (the source text of its span), when the caller asked for it. */
  clause?: string;
};

/** Source texts by id, kept across the chunks of a walk (a chunk's rows come from few sources). */
export class SourceTexts {
  private texts = new Map<number, string>();
  constructor(
    private db: Db,
    private keep = 256,
  ) {}

  /** Sets each row's clause, reading the texts of sources not read yet in one query. */
  async attachClauses(rows: ActionRow[]): Promise<void> {
    const missing = [...new Set(rows.map((r) => r.announcement.sourceId))].filter((id) => !this.texts.has(id));
    if (missing.length) {
      if (this.texts.size + missing.length > this.keep) this.texts.clear();
      const found = await this.db.source.findMany({ where: { id: { in: missing } }, select: { id: true, text: true } });
      for (const s of found) this.texts.set(s.id, s.text);
    }
    for (const r of rows) r.clause = this.texts.get(r.announcement.sourceId)?.slice(r.spanStart, r.spanEnd) ?? "";
  }
}

/** The rows of these ids, in the order of the ids. */
export async function rowsByIds(db: Db, ids: number[]): Promise<ActionRow[]> {
  if (!ids.length) return [];
  const found = await db.action.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ActionRow => r !== undefined);
}

/** The value a row is sorted by. */
export function sortValue(row: ActionRow, sort: SortKey): string | null {
  switch (sort) {
    case "date":
      return row.date;
    case "person":
      return row.personName;
    case "kind":
      return row.kind;
    case "org":
      return row.post.organization.name;
    case "post":
      return row.post.title;
  }
}

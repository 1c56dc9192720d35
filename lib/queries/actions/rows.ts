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
  announcement: { select: { id: true, number: true, issuer: true } },
  post: { select: { id: true, title: true, organization: { select: { id: true, name: true } } } },
} satisfies Prisma.ActionSelect;

export type ActionRow = Prisma.ActionGetPayload<{ select: typeof rowSelect }>;

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

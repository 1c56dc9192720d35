// Download file names that say what is in the file: the filter, and the day it was taken.
import type { ActionsFilter } from "../queries/actions";

/** A piece of a file name: no path separators, quotes, control or reserved characters; bounded. */
function piece(s: string): string {
  return s
    .replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, "_")
    .replace(/^[._]+|[._]+$/g, "")
    .slice(0, 40);
}

/** e.g. renmian-actions-免去-org_重庆市高级人民法院-2024-01-01_to_2024-12-31-as-of-2026-12-02.csv */
export function actionsFileName(f: Pick<ActionsFilter, "person" | "kinds" | "org" | "post" | "from" | "to">, today: string): string {
  const parts = ["renmian-actions"];
  if (f.kinds.length) parts.push(piece(f.kinds.join("+")));
  if (f.person) parts.push(`person_${piece(f.person)}`);
  if (f.org) parts.push(`org_${piece(f.org)}`);
  if (f.post) parts.push(`post_${piece(f.post)}`);
  if (f.from || f.to) parts.push(`${f.from ?? "start"}_to_${f.to ?? "end"}`);
  if (parts.length === 1) parts.push("all");
  return `${parts.join("-")}-as-of-${today}.csv`;
}

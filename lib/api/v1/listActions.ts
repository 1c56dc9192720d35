// GET /api/v1/actions: the /actions filters (person, kind, org, post, from, to) in keyset pages,
// sorted by date (newest first by default) or by name; `cursor` continues from the previous page.
import { ACTION_KINDS, actionsAfter, actionsFilterFromParams, decodeCursor, encodeCursor, KEYSET_SORTS } from "../../queries/actions";
import type { ApiContext } from "../handler";
import { ApiError } from "../http";
import { actionFact } from "./facts";
import { dateParam, limitParam } from "./params";

export async function listActions({ db, url, origin }: ApiContext) {
  const p = url.searchParams;
  dateParam(url, "from");
  dateParam(url, "to");
  const sort = p.get("sort") ?? "date";
  if (!(KEYSET_SORTS as readonly string[]).includes(sort)) throw new ApiError(400, "bad-sort", `sort is one of ${KEYSET_SORTS.join(", ")}`);
  const dir = p.get("dir") ?? "desc";
  if (dir !== "asc" && dir !== "desc") throw new ApiError(400, "bad-dir", "dir is asc or desc");
  const kinds = p
    .getAll("kind")
    .flatMap((k) => k.split(","))
    .filter(Boolean);
  const unknown = kinds.filter((k) => !(ACTION_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new ApiError(400, "bad-kind", `unknown kind ${unknown[0]}; kinds are ${ACTION_KINDS.join(", ")}`);
  for (const name of ["person", "org", "post"]) {
    if ((p.get(name) ?? "").length > 100) throw new ApiError(400, "bad-filter", `${name} is at most 100 characters`);
  }
  const limit = limitParam(url, 50, 500);
  const raw = p.get("cursor");
  const cursor = raw ? decodeCursor(raw) : null;
  if (raw && !cursor) throw new ApiError(400, "bad-cursor", "cursor is not one this API gave (use next from the previous page)");
  const filter = actionsFilterFromParams(p);
  const { rows, next } = await actionsAfter(db, { ...filter, sort: sort as "date" | "person", dir }, cursor, limit, { clauses: true });
  let nextUrl: string | null = null;
  if (next) {
    const u = new URL(url.pathname, origin);
    for (const [k, v] of p) if (k !== "cursor") u.searchParams.append(k, v);
    u.searchParams.set("cursor", encodeCursor(next));
    nextUrl = u.href;
  }
  return {
    filter: {
      person: filter.person || null,
      kinds: filter.kinds,
      org: filter.org || null,
      post: filter.post || null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    },
    sort,
    dir,
    limit,
    actions: rows.map((r) => actionFact(origin, r)),
    next: nextUrl,
  };
}

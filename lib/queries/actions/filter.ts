// The actions table's filter: what a user can ask for (zod), read from and written to URL parameters.
import { z } from "zod";
import { ACTION_GROUP_KEYS, isActionGroup, kindsOfGroups } from "../../domain/actionGroups";
import { ACTION_KINDS } from "../../parse/types";
import { first, OptionalIsoDate, Page, pageSizeSchema, paramsRecord } from "../common";

/** The 11 action names of FORMAT.md, in its order (the parser's own list). */
export { ACTION_KINDS };

export const SORT_KEYS = ["date", "person", "kind", "org", "post"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const COLUMN_KEYS = ["date", "announcement", "person", "kind", "org", "post"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

const text = z.string().trim().max(100).catch("").default("");

export const ActionsFilter = z.object({
  /** Person: part of a name (any script), or pinyin / initials. */
  person: text,
  /** Action groups (任, 免, 辞): each stands for all its kinds (lib/domain/actionGroups.ts). */
  groups: z
    .array(z.string())
    .catch([])
    .default([])
    .transform((gs) => ACTION_GROUP_KEYS.filter((g) => gs.includes(g))),
  /** Action kinds (any of the 11 names): those named, and those of the groups (see actionsFilterFromParams). */
  kinds: z
    .array(z.string())
    .catch([])
    .default([])
    .transform((ks) => [...new Set(ks.filter((k): k is string => (ACTION_KINDS as readonly string[]).includes(k)))]),
  /** Organ: its name or part of it. */
  org: text,
  /** Post title: part of it. */
  post: text,
  from: OptionalIsoDate,
  to: OptionalIsoDate,
  sort: z.enum(SORT_KEYS).catch("date").default("date"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: Page,
  pageSize: pageSizeSchema(50, 200),
});
export type ActionsFilterInput = z.input<typeof ActionsFilter>;
export type ActionsFilter = z.output<typeof ActionsFilter>;

/** Reads the filter from URL parameters (kind may repeat or be comma-separated; hide is the UI's). */
export function actionsFilterFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>): ActionsFilter {
  const r = paramsRecord(params);
  const list = (v: string | string[] | undefined) =>
    [v ?? []]
      .flat()
      .flatMap((k) => k.split(","))
      .filter(Boolean);
  const groups = list(r.group).filter(isActionGroup);
  return ActionsFilter.parse({
    person: first(r.person),
    groups,
    // A group is the union of its kinds; the queries read only `kinds`.
    kinds: [...list(r.kind), ...kindsOfGroups(groups)],
    org: first(r.org),
    post: first(r.post),
    from: first(r.from),
    to: first(r.to),
    sort: first(r.sort),
    dir: first(r.dir),
    page: first(r.page),
    pageSize: first(r.pageSize),
  });
}

/** The kinds a filter names beyond those of its groups. */
export function explicitKinds(f: Partial<Pick<ActionsFilter, "kinds" | "groups">>): string[] {
  const covered = new Set(kindsOfGroups(f.groups ?? []));
  return (f.kinds ?? []).filter((k) => !covered.has(k));
}

/** The URL query for a filter, leaving out defaults, so shared links stay short and stable. */
export function actionsFilterToParams(f: Partial<ActionsFilter>, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (f.person) p.set("person", f.person);
  for (const g of f.groups ?? []) p.append("group", g);
  for (const k of explicitKinds(f)) p.append("kind", k);
  if (f.org) p.set("org", f.org);
  if (f.post) p.set("post", f.post);
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.sort && f.sort !== "date") p.set("sort", f.sort);
  if (f.dir && f.dir !== "desc") p.set("dir", f.dir);
  if (f.page && f.page > 1) p.set("page", String(f.page));
  if (f.pageSize && f.pageSize !== 50) p.set("pageSize", String(f.pageSize));
  for (const [k, v] of Object.entries(extra)) if (v) p.set(k, v);
  return p;
}

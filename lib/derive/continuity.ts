// How two organs relate, for the identity rule "continuity within the organ, its lineage or its
// hierarchy": the same organ, one body under two names (a rename, the name printed with or
// without 重庆市), one directly above the other (区法院 → 中级法院 → 高级法院), or two organs of one
// system (Chongqing's courts, its procuratorates, its congress bodies, its governments).
// One body is what lib/domain/lineage says (the curated file: renames, second names, mergers);
// beyond it, by name: the 重庆市 prefix, an alias in parentheses and the place's 县/区/市 suffix do not tell
// two bodies apart (梁平县人民检察院 became 梁平区人民检察院), nor does a department's name
// growing at the front (城乡建设委员会 → 住房和城乡建设委员会).
import { organRelation } from "../domain/lineage";
import { memoized } from "../domain/memo";
import { orgParentName } from "../domain/orgs";

export type OrganRelation = "same" | "lineage" | "hierarchy" | "family";

export interface OrganRef {
  organizationId: number;
  orgName: string;
  orgKind: string;
}

/** Which relation, if any, links two organs (in either direction). */
export type RelateOrgans = (a: OrganRef, b: OrganRef) => OrganRelation | null;

/** The name with what does not tell one body from another taken away. */
export const bodyKey: (name: string) => string = memoized(computeBodyKey);

function computeBodyKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\([^)]*\)/g, "")
    .replace(/^重庆市?/, "")
    .replace(/^(.{2,8}?)(县|区|市)(?=人民|$)/, "$1◇");
}

/** One body under two printed names (see the module comment). */
export function sameBodyByName(a: OrganRef, b: OrganRef): boolean {
  const ka = bodyKey(a.orgName);
  const kb = bodyKey(b.orgName);
  if (ka === kb) return true;
  if (a.orgKind !== "other" || b.orgKind !== "other") return false;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  // 城乡建设委员会 → 住房和城乡建设委员会: the new name adds a field before the old one.
  return short.length >= 5 && long.endsWith(short) && /和$/.test(long.slice(0, long.length - short.length));
}

/** The body directly above an organ, as a body key (null at the top or outside the known hierarchies). */
const parentKey = memoized((name: string): string | null => {
  const parent = orgParentName(/^重庆/.test(name) ? name : `重庆市${name}`);
  return parent ? bodyKey(parent) : null;
});

export const relateOrgansByName: RelateOrgans = (a, b) => {
  if (a.organizationId === b.organizationId) return "same";
  return relateByName(`${a.orgName}\u0000${a.orgKind}\u0000${b.orgName}\u0000${b.orgKind}`);
};

/** The relation of two different organs, by their names and kinds (one key: the names are few, the pairs recur). */
const relateByName = memoized((key: string): OrganRelation | null => {
  const [aName, aKind, bName, bKind] = key.split("\u0000");
  return relateNames({ organizationId: -1, orgName: aName, orgKind: aKind }, { organizationId: -2, orgName: bName, orgKind: bKind });
});

function relateNames(a: OrganRef, b: OrganRef): OrganRelation | null {
  // The curated lineage (renames, second names, mergers) first; the name comparison for what it does not list.
  if (organRelation(a.orgName, b.orgName) || sameBodyByName(a, b)) return "lineage";
  if (a.orgKind !== b.orgKind) return null;
  // Directly above or below: a district court and its intermediate court, an intermediate court and the high court.
  const ka = bodyKey(a.orgName);
  const kb = bodyKey(b.orgName);
  if (parentKey(a.orgName) === kb || parentKey(b.orgName) === ka) return "hierarchy";
  // One system of Chongqing organs: its courts, its procuratorates, its congress bodies, its governments
  // (and the municipal departments among themselves).
  if (a.orgKind === "other" && !(/^重庆市/.test(a.orgName) && /^重庆市/.test(b.orgName))) return null;
  return "family";
}

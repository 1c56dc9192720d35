// How two organs relate, for the identity rule "continuity within the organ, its lineage or its
// hierarchy": the same organ, one body under two names (a rename, the name printed with or
// without 重庆市), one directly above the other (区法院 → 中级法院 → 高级法院), or two organs of one
// system (Chongqing's courts, its procuratorates, its congress bodies, its governments).
// One body is what lib/domain/lineage says (the curated file: renames, second names, mergers);
// beyond it, by name: the 重庆市 prefix, an alias in parentheses and the place's 县/区/市 suffix do not tell
// two bodies apart (梁平县人民检察院 became 梁平区人民检察院), nor does a department's name
// growing at the front (城乡建设委员会 → 住房和城乡建设委员会).
import { organRelation } from "../domain/lineage";
import { orgParentName } from "../domain/orgs";

export type OrganRelation = "same" | "lineage" | "hierarchy" | "family";

export interface OrganRef {
  organizationId: number;
  orgName: string;
  orgKind: string;
}

/** Which relation, if any, links two organs (in either direction). */
export type RelateOrgans = (a: OrganRef, b: OrganRef) => OrganRelation | null;

const keys = new Map<string, string>();

/** The name with what does not tell one body from another taken away. */
export function bodyKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    k = computeBodyKey(name);
    if (keys.size > 50_000) keys.clear();
    keys.set(name, k);
  }
  return k;
}

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

const parents = new Map<string, string | null>();

/** The body directly above an organ, as a body key (null at the top or outside the known hierarchies). */
function parentKey(name: string): string | null {
  let k = parents.get(name);
  if (k === undefined) {
    const parent = orgParentName(/^重庆/.test(name) ? name : `重庆市${name}`);
    k = parent ? bodyKey(parent) : null;
    if (parents.size > 50_000) parents.clear();
    parents.set(name, k);
  }
  return k;
}

export const relateOrgansByName: RelateOrgans = (a, b) => {
  if (a.organizationId === b.organizationId) return "same";
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
};

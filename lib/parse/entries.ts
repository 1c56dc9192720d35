// Stage 6: entries. One entry per decision however often the page repeats it
// (headline, lead, body, a narrative after a decree): duplicates are merged,
// the formal printing decides the action, the fullest printing the position.

import { fold } from "./fold";
import type { RawEntry, RuleInfo } from "./reading";
import type { ActionKind } from "./types";

/** The comparison form of a position (the same reading as the checker's). */
const NEEDS_NORM = /[\s(]|人大|人民政府|([省市区县州旗])\1长/;

export function positionKey(org: string, post: string): string {
  // the text is NFKC already (normalise.ts)
  const s = fold(org + post);
  if (!NEEDS_NORM.test(s)) return s;
  return s
    .replace(/\s+/g, "")
    .replace(/\([^()]*\)/g, "")
    .replace(/人大常委会/g, "人民代表大会常务委员会")
    .replace(/人大/g, "人民代表大会")
    .replace(/人民政府(?=副?[省市区县州旗]长)/g, "")
    .replace(/([省市区县州旗])\1长/g, "$1长");
}

/** An organ compared without 人民 (`市政府` ~ `重庆市人民政府`, `市检察院` ~ `重庆市人民检察院`). */
function orgKey(org: string): string {
  return positionKey(org, "").replace(/人民(?!代表大会)/g, "");
}

/** 决定任命 and 任命 name the same decision printed with or without its 决定. */
function baseAction(a: ActionKind): string {
  return a === "决定任命" ? "任命" : a === "决定免去" ? "免去" : a;
}

function personKey(p: string): string {
  return fold(p);
}

/** Merges repeated decisions; keeps document order of first appearance. */
export function dedupe<T extends RawEntry>(entries: T[]): T[] {
  const kept: T[] = [];
  // the comparison forms of each kept entry (arrays beside `kept`: no object per entry)
  const keptAction: string[] = [];
  const keptPos: string[] = [];
  // each person's kept entries: the index in `kept` of a person's only entry, or
  // -1 - (index in `several`) once the person has more; a person has few entries,
  // so duplicates are found in a short list (no composite keys)
  const byPerson = new Map<string, number>();
  // the organ's comparison form, computed once per organ (a group compares each pair of its organs)
  const orgKeys = new Map<string, string>();
  const orgKeyOf = (org: string) => {
    let k = orgKeys.get(org);
    if (k === undefined) {
      k = orgKey(org);
      orgKeys.set(org, k);
    }
    return k;
  };
  // persons with more than one kept entry: their entries' indices (lists in order of their second entry)
  const several: number[][] = [];
  // a page repeats a few positions many times: each comparison form is computed once
  const keys = new Map<string, Map<string, string>>();
  const posKey = (org: string, post: string) => {
    let ofOrg = keys.get(org);
    if (!ofOrg) {
      ofOrg = new Map();
      keys.set(org, ofOrg);
    }
    let k = ofOrg.get(post);
    if (k === undefined) {
      k = positionKey(org, post);
      ofOrg.set(post, k);
    }
    return k;
  };
  for (const e of entries) {
    const person = personKey(e.person);
    const action = baseAction(e.action);
    const pos = posKey(e.org, e.post);
    const had = byPerson.get(person);
    if (had === undefined) {
      byPerson.set(person, kept.length);
      keep(e, action, pos);
      continue;
    }
    const list = had < 0 ? several[-1 - had]! : null;
    const old = list ? findHeld(list, keptAction, keptPos, action, pos) : keptAction[had] === action && keptPos[had] === pos ? had : -1;
    if (old >= 0) {
      merge(kept[old]!, e);
      continue;
    }
    if (list) list.push(kept.length);
    else {
      byPerson.set(person, -1 - several.length);
      several.push([had, kept.length]);
    }
    keep(e, action, pos);
  }
  function keep(e: T, action: string, pos: string): void {
    kept.push(e);
    keptAction.push(action);
    keptPos.push(pos);
  }
  // a shorter printing of the same post (`市长` beside `重庆市人民政府市长`): groups of
  // one person's entries with the same action and post, in document order
  const dropped = new Set<T>();
  const postKeys: string[] = [];
  for (const list of several) {
    // most persons' entries are different decisions: look for one pair first (no keys built)
    if (list.length <= 16) {
      let pair = false;
      for (let i = 0; i < list.length && !pair; i++) {
        postKeys[i] = posKey("", kept[list[i]!]!.post);
        for (let j = 0; j < i; j++)
          if (keptAction[list[j]!] === keptAction[list[i]!] && postKeys[j] === postKeys[i]) {
            pair = true;
            break;
          }
      }
      if (!pair) continue;
    }
    const groups = new Map<string, T[]>();
    for (const k of list) {
      const e = kept[k]!;
      const g = `${keptAction[k]}|${posKey("", e.post)}`;
      const group = groups.get(g);
      if (group) group.push(e);
      else groups.set(g, [e]);
    }
    for (const group of groups.values()) if (group.length > 1) mergeGroup(group, dropped, orgKeyOf);
  }
  return dropped.size ? kept.filter((e) => !dropped.has(e)) : kept;
}

/** The index of the kept entry in `list` with this action and position, or -1. */
function findHeld(list: number[], keptAction: string[], keptPos: string[], action: string, pos: string): number {
  for (const k of list) if (keptAction[k] === action && keptPos[k] === pos) return k;
  return -1;
}

/** One person's entries of one action and post: printings without an organ, or with a shorter form of it, merge into the fullest. */
function mergeGroup<T extends RawEntry>(list: T[], dropped: Set<T>, orgKeyOf: (org: string) => string): void {
  const withOrg = list.find((e) => e.org);
  if (!withOrg) return;
  for (const e of list)
    if (!e.org) {
      merge(withOrg, e);
      dropped.add(e);
    }
  // `市政府副市长` beside `重庆市人民政府副市长`: an organ printed without its place
  const orgs = list.filter((e) => e.org && !dropped.has(e));
  // `青山区政府区长` beside `青山区人民政府区长`: the short form of the same organ
  for (const e of orgs) {
    const short = orgKeyOf(e.org);
    const placeless = /^[省市区县州]/.test(short);
    const full = orgs.find((o) => {
      if (o === e || dropped.has(o)) return false;
      const k = orgKeyOf(o.org);
      return k === short ? o.org.length > e.org.length : placeless && k.length > short.length && k.endsWith(short);
    });
    if (full) {
      merge(full, e);
      dropped.add(e);
    }
  }
}

export const MERGED: RuleInfo = {
  name: "one entry per decision",
  reason:
    "the same decision printed again (headline, lead, body) is merged: the formal printing decides the action, the fullest the position",
};

/** Folds duplicate `d` into the kept entry `k`. */
const rank = (e: RawEntry) => (e.formal && !e.headline ? 2 : e.headline ? 0 : 1);

function merge(k: RawEntry, d: RawEntry): void {
  if (rank(d) > rank(k)) {
    k.rules = d.rules;
    k.action = d.action;
    k.formal = d.formal;
    k.headline = d.headline;
    k.start = d.start;
    k.end = d.end;
  }
  if ((d.org + d.post).length > (k.org + k.post).length) {
    k.org = d.org;
    k.post = d.post;
    if (d.org_alias) k.org_alias = d.org_alias;
    else k.org_alias = undefined;
  }
  if (!k.org_alias && d.org_alias && d.org === k.org) k.org_alias = d.org_alias;
  if (!k.rules.includes(MERGED.name)) k.rules = [...k.rules, MERGED.name];
}

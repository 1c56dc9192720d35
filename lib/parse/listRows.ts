// List and table rows: verbless clauses under a heading or a carried verb
// (`张三为…`, `李四的…职务`, `王五辞去…职务`, `赵六代理…`), rows of a list
// printed as a table (`陈鸣波  重庆市人民政府副市长`, `职务：姓名`), and posts
// after a comma that continue the clause before. Each is a named rule.

import { endsComplete, numberPrefixLength } from "./lexicon";
import { parsePositions } from "./positions";
import {
  cross,
  type Doc,
  type Lookback,
  PERSONS_WINDOW,
  personsOf,
  positionsOf,
  type RawEntry,
  type RuleInfo,
  ruleList,
  trimRange,
  withRules,
} from "./reading";
import { parseVerbClause } from "./verbClauses";
import { issuedAs, LIST_MARKS, type Mode, type Slot, tableSlot, VOCABULARY } from "./vocabulary";

/** The verbless list rules, one per mark of a list clause. */
const MARK_RULES: Record<Slot, RuleInfo> = {
  appoint: { name: "list: A为B", reason: "a verbless clause `A为B` takes the appointing action of its heading or carried verb" },
  remove: { name: "list: A的B职务", reason: "a verbless clause `A的B职务` takes the removing action of its heading or carried verb" },
  resign: {
    name: "list: A辞去B职务",
    reason: "a verbless clause `A辞去B职务` takes the resignation action of its heading or carried verb",
  },
  acting: { name: "list: A代理B", reason: "a verbless clause `A代理B` is an acting appointment (决定代理)" },
};
export const HEADING_APPROVES: RuleInfo = {
  name: "批准 heading over a verb",
  reason: "under `六、批准` a clause's own 任命/免去 is the approval of another body's decision (批准任命, 批准免去)",
};
export const COLON_ROW: RuleInfo = { name: "table: 职务：姓名", reason: "a row printed as position, colon, names under a heading" };
export const TABLE_ROW: RuleInfo = {
  name: "table: name  position",
  reason: "a row printed as name, a wide gap (or a bar), position under a heading; the heading gives the action",
};
export const MORE_POSTS: RuleInfo = {
  name: "posts after a comma",
  reason:
    "`任命A为…检察员，第四检察厅厅长`: complete posts after a comma continue the clause before (same persons and action, the organ inherited)",
};
export const LIST_RULES: readonly RuleInfo[] = [...Object.values(MARK_RULES), HEADING_APPROVES, COLON_ROW, TABLE_ROW, MORE_POSTS];

/**
 * `陈鸣波  重庆市人民政府副市长`: a list printed as a table (name, spaces,
 * position) under a heading; the heading's main verb gives the action.
 */
export function parseTableRow(doc: Doc, back: Lookback, a: number, b: number, mode: Mode, verb: string, via: string): RawEntry[] | null {
  const f = doc.folded;
  [a, b] = trimRange(f, a, b);
  a += numberPrefixLength(f, a, b);
  const head = f.slice(a, Math.min(b, a + PERSONS_WINDOW));
  const action = mode[tableSlot(verb)];
  if (!action) return null;
  // `职务：姓名` (`重庆市高级人民法院副院长：张三`): the position first
  const colon = head.indexOf(":");
  if (colon >= 4) {
    const persons = personsOf(doc, a + colon + 1, b, back);
    const pos = persons ? positionsOf(doc, a, a + colon) : [];
    if (persons && pos.length && pos.some((p) => p.org)) return cross(persons, pos, action, a, b, true, ruleList(via, COLON_ROW.name));
  }
  // a wide gap (the first one that follows a name: `王  峰    重庆市…` pads the name
  // itself), else the first space after a two-character name
  const gaps: RegExpExecArray[] = [];
  const wide = /[ ]*\|[ ]*|[ ]{2,}/g;
  for (let m = wide.exec(head); m && gaps.length < 4; m = wide.exec(head)) gaps.push(m);
  if (!gaps.length) {
    const one = /(?<=^[^ ]{2,}[^ ]*?)[ ]+/.exec(head);
    if (one) gaps.push(one);
  }
  for (const gap of gaps) {
    if (gap.index < 1) continue;
    const persons = personsOf(doc, a, a + gap.index, back);
    if (!persons) continue;
    const pos = positionsOf(doc, a + gap.index + gap[0].length, b);
    if (!pos.length || !pos.some((p) => p.org)) return null;
    return cross(persons, pos, action, a, b, true, ruleList(via, TABLE_ROW.name));
  }
  return null;
}

const MARKERS = VOCABULARY.listMark;
const SLOT_OF_MARK = new Map(LIST_MARKS.map((m) => [m.mark, m.slot]));

/**
 * Parses a list clause [a, b) under a heading or a carried verb: its own verb
 * first, else its mark. `via` names the rule that gave the mode (the entries
 * read by a mark record it first).
 */
export function parseListClause(doc: Doc, back: Lookback, a: number, b: number, mode: Mode, via: string): RawEntry[] | null {
  const f = doc.folded;
  [a, b] = trimRange(f, a, b);
  a += numberPrefixLength(f, a, b);
  if (a >= b) return null;
  const withVerb = parseVerbClause(doc, back, a, b, mode.appoint === "决定任命", true);
  if (withVerb) {
    // `六、批准` / `任命郭强为…检察长`: the heading's 批准 covers the clause's own verb
    if (mode.appoint === "批准任命" && mode.remove === "批准免去")
      for (const e of withVerb) {
        e.action = issuedAs(e.action, "批准");
        e.rules = withRules(e.rules, HEADING_APPROVES.name);
      }
    return withVerb;
  }
  const s = f.slice(a, b);
  MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKERS.exec(s))) {
    if (m.index > 40) break;
    const k = a + m.index;
    const persons = personsOf(doc, a, k, back);
    if (!persons) continue;
    const mark = m[0];
    const after = k + mark.length;
    // `王大为的…职务`: 为 inside a name
    if (mark === "为" && (f[after] === "的" || f[after] === "为")) continue;
    let pos = positionsOf(doc, after, b);
    const slot = SLOT_OF_MARK.get(mark)!;
    const action = mode[slot];
    if (!action) return null;
    // a resignation ends the post itself; 代理 makes every post an acting one
    if (slot === "resign") pos = pos.map((p) => ({ ...p, acting: false }));
    else if (slot === "acting") pos = pos.map((p) => ({ ...p, acting: true }));
    const r = cross(persons, pos, action, a, b, true, ruleList(via, MARK_RULES[slot].name));
    if (r.length) return r;
  }
  return null;
}

/**
 * `任命郑一为最高人民检察院检察员，第四检察厅厅长`: posts after a comma that
 * continue the clause before (same persons, same action, the organ inherited).
 */
export function morePosts(doc: Doc, x: number, y: number, prev: RawEntry[] | null): RawEntry[] | null {
  if (!prev?.length) return null;
  let [a, b] = trimRange(doc.folded, x, y);
  // `…副市长，代理市长`, `…副院长，并代理院长职务`
  const lead = /^(?:并|兼|同时)(?=代理)/.exec(doc.folded.slice(a, b));
  if (lead) a += lead[0].length;
  const s = doc.folded.slice(a, b);
  if (!s || !endsComplete(s.replace(/职务$/, "")) || /[为的]|辞去|.代理/.test(s)) return null;
  const items = s.replace(/职务$/, "").split(/[、]/).length;
  const pos = parsePositions(doc.text.slice(a, b), s);
  if (pos.length !== items) return null;
  const last = prev[prev.length - 1]!;
  const persons = [...new Set(prev.map((e) => e.person))];
  const rules = withRules(last.rules, MORE_POSTS.name);
  const out: RawEntry[] = [];
  for (const person of persons)
    for (const p of pos) {
      const e: RawEntry = { ...last, person, org: p.org || last.org, post: p.post, start: last.start, end: b, rules };
      if (p.org) {
        if (p.alias) e.org_alias = p.alias;
        else e.org_alias = undefined;
      }
      if (p.acting) e.action = "决定代理";
      out.push(e);
    }
  return out;
}

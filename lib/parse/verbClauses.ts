// Verb clauses: a clause that carries its own verb (任命…为, 免去…的…职务,
// 接受…辞去…职务, 批准…辞去…, 撤销, 罢免, 决定…为, …代理…职务). The verbs and
// what they carry come from the vocabulary; each way of reading a clause is a
// named rule, tried in order for the constructions its verb carries.

import { endsComplete, isNegativeBefore, isVerbDecide, MINISTRY_START, NEGATIVE_IN_CLAUSE, PLACE_START } from "./lexicon";
import { RESIGN_LOOKBACK, requestedPostOf, requesterBefore } from "./lookback";
import type { Position } from "./positions";
import {
  cross,
  type Doc,
  indexOfAny,
  type Lookback,
  PERSONS_WINDOW,
  type Persons,
  POSITIONS_WINDOW,
  PREFIX_WINDOW,
  personsOf,
  plain,
  positionsOf,
  type RawEntry,
  type RuleInfo,
  ruleList,
} from "./reading";
import { type Construction, type Issuer, issuedAs, type Verb, VOCABULARY, verbOf } from "./vocabulary";

/** What a verb rule sees: the clause [a, b), its verb at k (its words from `after` on) and the verb's context. */
export interface VerbSite {
  doc: Doc;
  back: Lookback;
  verb: Verb;
  a: number;
  b: number;
  k: number;
  after: number;
  /** a 决定 before the verb inside this clause */
  localDecide: number;
  /** a leading 决定 covers the clause */
  decided: boolean;
  /** `批准了…任命张三为…`: a 批准 of another body's decision before the verb */
  approved: boolean;
  formal: boolean;
}

export interface VerbRule extends RuleInfo {
  construction: Construction;
  apply(s: VerbSite): RawEntry[] | null;
}

/** Context notes added to the entries a verb rule reads. */
export const DECIDED: RuleInfo = {
  name: "决定 scope",
  reason: "a leading 决定 covers the comma-joined clauses after it up to ；/。 (决定任命, 决定免去)",
};
export const APPROVED: RuleInfo = {
  name: "批准 before the verb",
  reason: "批准 of another body's appointment or removal (批准任命, 批准免去)",
};
export const PRONOUN: RuleInfo = {
  name: "其 (look-back)",
  reason: "其 refers to the persons of the clause read just before in the same line",
};

function issuerOf(s: VerbSite): Issuer {
  return s.approved ? "批准" : s.decided ? "决定" : "";
}

function notes(s: VerbSite, rule: string, persons: Persons): string[] {
  const scope = s.approved ? APPROVED.name : s.decided ? DECIDED.name : "";
  const pronoun = persons.pronounStart != null;
  if (!scope) return pronoun ? ruleList(rule, PRONOUN.name) : ruleList(rule);
  return pronoun ? ruleList(rule, scope, PRONOUN.name) : ruleList(rule, scope);
}

/** `cross` for a verb rule: the clause's range (from the pronoun's antecedent when 其 was read). */
function entries(s: VerbSite, persons: Persons, pos: Position[], action: RawEntry["action"], rule: string): RawEntry[] {
  const start = persons.pronounStart != null ? Math.min(s.a, persons.pronounStart) : s.a;
  return cross(persons, pos, action, start, s.b, s.formal, notes(s, rule, persons));
}

const notActing = (pos: Position[]) => pos.map((p) => ({ ...p, acting: false }));

const APPOINT: VerbRule = {
  name: "任命…为…",
  reason: "names up to a 为 that ends a list of names (a name may hold 为: 李为民为…), the positions after it",
  construction: "为",
  apply(s) {
    const f = s.doc.folded;
    const end = Math.min(s.b, s.after + PERSONS_WINDOW);
    for (let idx = indexOfAny(f, "为", s.after, end), tries = 0; idx > s.after && tries < 3; tries++) {
      const persons = f[idx + 1] === "为" ? null : personsOf(s.doc, s.after, idx, s.back);
      if (persons) {
        const r = entries(s, persons, positionsOf(s.doc, idx + 1, s.b), issuedAs(s.verb.action!, issuerOf(s)), this.name);
        if (r.length) return r;
      }
      idx = indexOfAny(f, "为", idx + 1, end);
    }
    return null;
  },
};

const DECIDE_AS: VerbRule = {
  name: "决定…为…",
  reason: "决定 with names and 为: the committee's own appointment (决定任命)",
  construction: "决定范围",
  apply(s) {
    const idx = indexOfAny(s.doc.folded, "为", s.after, Math.min(s.b, s.after + PERSONS_WINDOW));
    if (idx <= s.after) return null;
    const persons = personsOf(s.doc, s.after, idx, s.back);
    return persons ? entries(s, persons, positionsOf(s.doc, idx + 1, s.b), s.verb.action!, this.name) : null;
  },
};

/** Where 辞去 follows the verb (within 42 characters), or -1. */
function resignAt(s: VerbSite): number {
  const rel = s.doc.folded.slice(s.after, Math.min(s.b, s.after + 42)).indexOf("辞去");
  return rel < 0 ? -1 : s.after + rel;
}

const RESIGN: VerbRule = {
  name: "接受/批准…辞去…职务",
  reason: "names between the verb and 辞去, the posts up to 职务; more 、A辞去…职务 under the same verb",
  construction: "辞去",
  apply(s) {
    const f = s.doc.folded;
    const idx = resignAt(s);
    if (idx < 0) return null;
    const persons = personsOf(s.doc, s.after, idx, s.back);
    if (!persons) return null;
    const action = s.verb.action!;
    const r = entries(s, persons, notActing(positionsOf(s.doc, idx + 2, s.b)), action, this.name);
    // `接受A辞去X职务、B辞去Y职务的请求`: more resignations under one verb
    let from = idx + 2;
    for (let guard = 0; guard < 20; guard++) {
      const duty = f.slice(from, Math.min(s.b, from + POSITIONS_WINDOW)).indexOf("职务");
      if (duty < 0) break;
      const next = from + duty + 2;
      const rel2 = f.slice(next, Math.min(s.b, next + 42)).indexOf("辞去");
      if (rel2 < 0 || !/^[ ]*[、,和及与]/.test(f.slice(next, next + 2))) break;
      const more = personsOf(s.doc, next + 1, next + rel2, s.back);
      if (!more) break;
      r.push(...entries(s, more, notActing(positionsOf(s.doc, next + rel2 + 2, s.b)), action, this.name));
      from = next + rel2 + 2;
    }
    return r;
  },
};

/** `接受王五的辞职请求`, `接受其辞职`: the name before 辞职 (no 辞去 after the verb). */
function resignationRequest(s: VerbSite): RegExpExecArray | null {
  if (resignAt(s) >= 0) return null;
  return /^(.{1,12}?)的?辞职(?:请求|申请)?/.exec(s.doc.folded.slice(s.after, Math.min(s.b, s.after + 20)));
}
const isPronoun = (t: string) => /^其(?:本人)?$/.test(t);

const REQUESTER: VerbRule = {
  name: "接受其辞职",
  reason: `其 is the one who asked: the person opening the sentence that reported a request to resign (at most ${RESIGN_LOOKBACK} characters back), the post after its 辞去`,
  construction: "辞职请求",
  apply(s) {
    const req = resignationRequest(s);
    const own = req && isPronoun(req[1]!) ? requesterBefore(s.doc, s.a) : null;
    if (!own) return null;
    const pos = positionsOf(s.doc, own.post, Math.min(s.a, own.post + POSITIONS_WINDOW));
    return pos.length ? entries(s, plain([own.person]), notActing(pos), s.verb.action!, this.name) : [];
  },
};

const REQUEST: VerbRule = {
  name: "接受…的辞职请求",
  reason: `the post is the one printed where the same name's request to resign was reported (辞去…职务, at most ${RESIGN_LOOKBACK} characters back)`,
  construction: "辞职请求",
  apply(s) {
    const req = resignationRequest(s);
    if (!req || (isPronoun(req[1]!) && requesterBefore(s.doc, s.a))) return null;
    const persons = personsOf(s.doc, s.after, s.after + req[1]!.length, s.back);
    if (persons?.names.length !== 1) return null;
    const name = s.doc.folded.slice(s.after, s.after + req[1]!.length).replace(/^[ ]+|[ ]+$/g, "");
    const post = requestedPostOf(s.doc, s.a, name);
    if (post < 0) return null;
    const pos = positionsOf(s.doc, post, Math.min(s.a, post + POSITIONS_WINDOW));
    return pos.length ? entries(s, persons, notActing(pos), s.verb.action!, this.name) : null;
  },
};

/** The first 的 after the verb that may end the names, or -1. */
function deAt(s: VerbSite): number {
  return indexOfAny(s.doc.folded, "的", s.after, Math.min(s.b, s.after + PERSONS_WINDOW));
}

const REMOVE: VerbRule = {
  name: "免去…的…职务",
  reason: "names up to 的, the posts up to 职务 (撤销 and 罢免 read the same way)",
  construction: "的职务",
  apply(s) {
    const idx = deAt(s);
    if (idx <= s.after) return null;
    const persons = personsOf(s.doc, s.after, idx, s.back);
    return persons ? entries(s, persons, positionsOf(s.doc, idx + 1, s.b), issuedAs(s.verb.action!, issuerOf(s)), this.name) : null;
  },
};

/**
 * How well offset `at` looks like the start of an organ's name, for a name
 * printed without 的 before it (`免去李明重庆市…职务`): 0 for a national organ or a ministry (`外交部`),
 * 1 for a two-character place with its suffix (重庆市, 江北区), 2 for a
 * three-character one (黑龙江省), 9 otherwise.
 */
function organStartRank(f: string, at: number): number {
  if (/^[省市区县州旗盟]/.test(f.charAt(at))) return 9;
  if (
    /^(?:中华人民共和国|全国|最高人民|国家|国务院|中国)/.test(f.slice(at, at + 7)) ||
    PLACE_START.test(f.slice(at, at + 4)) ||
    MINISTRY_START.test(f.slice(at, at + 10))
  )
    return 0;
  if (/^[省市区县州旗盟]/.test(f.charAt(at + 2)) || f.startsWith("自治", at + 2)) return 1;
  if (/^[省市区县州旗盟]/.test(f.charAt(at + 3)) || f.startsWith("自治", at + 3)) return 2;
  return 9;
}

const REMOVE_WITHOUT_DE: VerbRule = {
  name: "免去A重庆市…职务 (no 的)",
  reason:
    "a single name printed without 的: an organ's name (a national organ, a ministry, a place with its suffix) must open the position; in running text only a national organ, a ministry or a two-character place",
  construction: "的职务",
  apply(s) {
    const f = s.doc.folded;
    let best: { rank: number; persons: Persons; pos: Position[] } | null = null;
    // `撤销重庆市…`: a place where the name should be
    const names = PLACE_START.test(f.slice(s.after, s.after + 4)) ? [] : f[s.after] === "其" ? [1] : [3, 2, 4];
    for (const n of names) {
      const comrade = f.startsWith("同志", s.after + n) ? 2 : 0;
      const at = s.after + n + comrade;
      if (/[、,]/.test(f.charAt(at))) continue;
      const rank = organStartRank(f, at);
      if (best && best.rank <= rank) continue;
      if (!s.decided && !s.formal && rank > 2) continue;
      const persons = personsOf(s.doc, s.after, at, s.back);
      if (!persons) continue;
      const pos = positionsOf(s.doc, at, s.b).filter((p) => p.org);
      if (pos.length) best = { rank, persons, pos };
    }
    return best ? entries(s, best.persons, best.pos, issuedAs(s.verb.action!, issuerOf(s)), this.name) : null;
  },
};

const POST_BEFORE_NAME: VerbRule = {
  name: "免去…副市长张三的职务",
  reason: "the post printed before the name: a complete post, a name of two or three characters, 的职务",
  construction: "的职务",
  apply(s) {
    const f = s.doc.folded;
    const idx = deAt(s);
    if (idx <= s.after || !/^[ ]*(?:一切)?职务/.test(f.slice(idx + 1, idx + 5))) return null;
    for (const n of [3, 2]) {
      if (idx - n <= s.after + 2 || !endsComplete(f.slice(s.after, idx - n))) continue;
      const one = personsOf(s.doc, idx - n, idx, s.back);
      if (!one) continue;
      const pos = positionsOf(s.doc, s.after, idx - n).filter((p) => p.org);
      if (pos.length) return entries(s, one, pos, issuedAs(s.verb.action!, issuerOf(s)), this.name);
    }
    return null;
  },
};

const ACTING: VerbRule = {
  name: "…代理…职务",
  reason: "the names before 代理 (after a 决定 in the clause), the post after it; every acting post is 决定代理",
  construction: "代理",
  apply(s) {
    const from = s.localDecide >= 0 && s.localDecide < s.k ? s.localDecide + 2 : s.a;
    const persons = s.k - from <= PERSONS_WINDOW ? personsOf(s.doc, from, s.k, s.back) : null;
    if (!persons) return null;
    const pos = positionsOf(s.doc, s.after, s.b).map((p) => ({ ...p, acting: true }));
    return entries(s, persons, pos, s.verb.action!, this.name);
  },
};

/** The verb rules, in the order they are tried for the constructions a verb carries. */
export const VERB_RULES: readonly VerbRule[] = [
  APPOINT,
  DECIDE_AS,
  RESIGN,
  REQUESTER,
  REQUEST,
  REMOVE,
  REMOVE_WITHOUT_DE,
  POST_BEFORE_NAME,
  ACTING,
];

const VERB = VOCABULARY.clauseVerb;

/**
 * Parses a clause [a, b) that carries its own verb. `decided`: a leading 决定
 * of the sentence covers it. Returns null when no verb construction is found.
 * `back` is the sentence's look-back, updated with the persons read.
 */
export function parseVerbClause(doc: Doc, back: Lookback, a: number, b: number, decided: boolean, formal: boolean): RawEntry[] | null {
  const f = doc.folded;
  const s = f.slice(a, b);
  // (most list clauses hold no verb: they are rejected on that test before the negative words are looked for)
  VERB.lastIndex = 0;
  if (!VERB.test(s) || NEGATIVE_IN_CLAUSE.test(s)) return null;
  VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  let localDecide = -1;
  while ((m = VERB.exec(s))) {
    const word = m[0];
    const k = a + m.index;
    // `撤销了王五的…`, `任命了赵七为…`: an aspect particle after the verb is no part of the name
    let after = k + word.length;
    if (f[after] === "了" && word !== "决定") after++;
    if (word === "决定") {
      if (!isVerbDecide(f, k)) continue;
      if (localDecide < 0) localDecide = k;
    }
    // only the words just before the verb matter (and this keeps the scan linear)
    const prefix = f.slice(Math.max(a, k - PREFIX_WINDOW), k);
    if (isNegativeBefore(prefix)) return null;
    const verb = verbOf(word)!;
    const site: VerbSite = {
      doc,
      back,
      verb,
      a,
      b,
      k,
      after,
      localDecide,
      decided: decided || (localDecide >= 0 && localDecide < k),
      // `批准了江北区人大常委会任命张三为…`: a 批准 of another body's appointment
      approved: /批准(?!.*辞去)/.test(prefix),
      formal,
    };
    for (const rule of VERB_RULES) {
      if (!verb.carries.includes(rule.construction)) continue;
      const r = rule.apply(site);
      if (!r?.length) continue;
      if (!r.some((e) => e.rules.includes(PRONOUN.name))) {
        back.lastPersons = [...new Set(r.map((e) => e.person))];
        back.lastPersonsStart = a;
      }
      return r;
    }
  }
  return null;
}

// Stage 4: clauses. A clause is `PERSONS 为 POSITIONS`, `PERSONS 的 POSITIONS
// 职务`, `PERSONS 辞去 POSITIONS 职务` (verbless, inside a list section), or a
// verb sentence: 任命…为…, 免去…的…职务, 接受…辞去…职务, 批准…辞去…, 撤销…,
// 罢免…, 决定…为…, …代理…职务. A leading 决定 covers the clauses after it up
// to the next `;` or `。`.

import {
  endsComplete,
  isNegativeBefore,
  isVerbDecide,
  listClauseStartsAt,
  MINISTRY_START,
  NEGATIVE_IN_CLAUSE,
  numberedAt,
  numberPrefixLength,
  PLACE_START,
} from "./lexicon";
import { parsePersons } from "./names";
import { type Position, parsePositions } from "./positions";
import type { ActionKind } from "./types";
import { issuedAs, LIST_MARKS, type Mode, modeOf, sectionVerb, tableSlot, VOCABULARY, verbOf } from "./vocabulary";

export interface RawEntry {
  person: string;
  action: ActionKind;
  org: string;
  post: string;
  org_alias?: string;
  /** clause range in the normalised text */
  start: number;
  end: number;
  /** printed as a line of its own (a list item or a decree line), not inside narrative */
  formal: boolean;
  /** printed in a title or headline (weakest evidence for the action) */
  headline?: boolean;
}

export interface Doc {
  text: string;
  folded: string;
  /** persons of the last clause read: `…任命A为…，接受其辞去…` refers back to them */
  lastPersons?: string[] | null;
  /** where the clause that named `lastPersons` starts */
  lastPersonsStart?: number;
  /** set when a clause used 其: its span then starts where the persons were named */
  pronounStart?: number | null;
  /** the persons just read ended with 分别: persons and posts pair up in order */
  pairwise?: boolean;
}

/** How far before a verb its context words are looked for, and how long a list of persons may be. */
const PREFIX_WINDOW = 40;
const PERSONS_WINDOW = 80;
/** Longest positions text read after a verb. */
const POSITIONS_WINDOW = 300;

/** The sentence verbs of the vocabulary (global). */
const VERB = VOCABULARY.clauseVerb;

function cross(
  doc: Doc,
  persons: string[],
  positions: Position[],
  action: ActionKind,
  start: number,
  end: number,
  formal: boolean,
): RawEntry[] {
  const out: RawEntry[] = [];
  const make = (person: string, p: Position) => {
    const e: RawEntry = { person, action: p.acting ? "决定代理" : action, org: p.org, post: p.post, start, end, formal };
    if (p.alias) e.org_alias = p.alias;
    out.push(e);
  };
  // `张三、李四分别为A、B`: one post each, in order
  const pairwise = doc.pairwise && persons.length > 1 && persons.length === positions.length;
  doc.pairwise = false;
  if (pairwise) for (const [i, person] of persons.entries()) make(person, positions[i]!);
  else for (const person of persons) for (const p of positions) make(person, p);
  return out;
}

function trimRange(f: string, a: number, b: number): [number, number] {
  while (a < b && /[ ,，:、]/.test(f[a]!)) a++;
  while (b > a && /[ ,，:、。;]/.test(f[b - 1]!)) b--;
  return [a, b];
}

/** Finds the positions part that ends a clause: stops at 并/报/, etc. already cut by the caller. */
function positionsOf(doc: Doc, a: number, b: number): Position[] {
  b = Math.min(b, a + POSITIONS_WINDOW);
  // the positions end at 职务 (`…职务的请求`, `…职务请求的决定`) or before `的决定`
  const duty = doc.folded.slice(a, b).indexOf("职务");
  if (duty >= 0) b = a + duty;
  else {
    const tail = /(?:的?请求)?的决定$|的?请求$/.exec(doc.folded.slice(a, b));
    if (tail) b = a + tail.index;
  }
  [a, b] = trimRange(doc.folded, a, b);
  if (a >= b) return [];
  return parsePositions(doc.text.slice(a, b), doc.folded.slice(a, b));
}

function personsOf(doc: Doc, a: number, b: number): string[] | null {
  [a, b] = trimRange(doc.folded, a, b);
  if (a >= b) return null;
  let f = doc.folded.slice(a, b);
  doc.pairwise = false;
  // `孙七、周八分别担任的…`: what they hold, after 分别
  const held = /分别(?:所担任|所任|担任|兼任)$/.exec(f);
  if (held) {
    b -= held[0].length - 2;
    f = f.slice(0, held.index + 2);
  }
  if (f.endsWith("分别") && f.length > 4) {
    b -= 2;
    f = f.slice(0, -2);
    doc.pairwise = true;
  }
  if (/^其(?:本人)?(?:同志)?$/.test(f)) {
    if (!doc.lastPersons) return null;
    doc.pronounStart = doc.lastPersonsStart ?? a;
    return doc.lastPersons;
  }
  return parsePersons(doc.text.slice(a, b), f);
}

/**
 * Parses a clause [a, b) that carries its own verb. `decided`: a leading 决定
 * of the sentence covers it. Returns null when no verb construction is found.
 */
export function parseVerbClause(doc: Doc, a: number, b: number, decided: boolean, formal: boolean): RawEntry[] | null {
  const f = doc.folded;
  const s = f.slice(a, b);
  if (NEGATIVE_IN_CLAUSE.test(s)) return null;
  VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  let localDecide = -1;
  while ((m = VERB.exec(s))) {
    const verb = m[0];
    const k = a + m.index;
    // `撤销了王五的…`, `任命了赵七为…`: an aspect particle after the verb is no part of the name
    let after = k + verb.length;
    if (f[after] === "了" && verb !== "决定") after++;
    if (verb === "决定") {
      if (!isVerbDecide(f, k)) continue;
      if (localDecide < 0) localDecide = k;
    }
    // only the words just before the verb matter (and this keeps the scan linear)
    const prefix = f.slice(Math.max(a, k - PREFIX_WINDOW), k);
    if (isNegativeBefore(prefix)) return null;
    const dec = decided || (localDecide >= 0 && localDecide < k);
    // `批准了江北区人大常委会任命张三为…`: a 批准 of another body's appointment
    const approved = /批准(?!.*辞去)/.test(prefix);
    let r: RawEntry[] | null = null;
    const row = verbOf(verb)!;
    const issuer = approved ? "批准" : dec ? "决定" : "";
    switch (row.carries[0]) {
      case "辞去": {
        const rel = f.slice(after, Math.min(b, after + 42)).indexOf("辞去");
        const idx = rel < 0 ? -1 : after + rel;
        if (idx >= 0) {
          const persons = personsOf(doc, after, idx);
          if (persons) {
            const action = row.action!;
            const pos = positionsOf(doc, idx + 2, b);
            r = cross(
              doc,
              persons,
              pos.map((p) => ({ ...p, acting: false })),
              action,
              a,
              b,
              formal,
            );
            // `接受A辞去X职务、B辞去Y职务的请求`: more resignations under one verb
            let from = idx + 2;
            for (let guard = 0; guard < 20; guard++) {
              const duty = f.slice(from, Math.min(b, from + POSITIONS_WINDOW)).indexOf("职务");
              if (duty < 0) break;
              const next = from + duty + 2;
              const rel2 = f.slice(next, Math.min(b, next + 42)).indexOf("辞去");
              if (rel2 < 0 || !/^[ ]*[、,和及与]/.test(f.slice(next, next + 2))) break;
              const more = personsOf(doc, next + 1, next + rel2);
              if (!more) break;
              const pos2 = positionsOf(doc, next + rel2 + 2, b);
              r.push(
                ...cross(
                  doc,
                  more,
                  pos2.map((p) => ({ ...p, acting: false })),
                  action,
                  a,
                  b,
                  formal,
                ),
              );
              from = next + rel2 + 2;
            }
          }
        } else if (row.carries.includes("辞职请求")) {
          // `决定接受王五的辞职请求`: the post is printed where the request was
          // reported (`王五…提出辞去重庆市人民政府副市长职务的请求`)
          const req = /^(.{1,12}?)的?辞职(?:请求|申请)?/.exec(f.slice(after, Math.min(b, after + 20)));
          // `王五因工作变动，提出辞去…职务的请求，会议决定接受其辞职`: 其 is the one who asked
          const own = req && /^其(?:本人)?$/.test(req[1]!) ? requesterBefore(doc, a) : null;
          const persons = own ? [own.person] : req ? personsOf(doc, after, after + req[1]!.length) : null;
          if (own) {
            const pos = positionsOf(doc, own.post, Math.min(a, own.post + POSITIONS_WINDOW));
            if (pos.length)
              r = cross(
                doc,
                [own.person],
                pos.map((p) => ({ ...p, acting: false })),
                "接受辞职",
                a,
                b,
                formal,
              );
          } else if (persons && persons.length === 1) {
            const name = f.slice(after, after + req![1]!.length).replace(/^[ ]+|[ ]+$/g, "");
            const from = Math.max(0, a - RESIGN_LOOKBACK);
            const back = f.slice(from, a);
            const at = back.lastIndexOf("辞去");
            const who = at < 0 ? -1 : back.lastIndexOf(name, at);
            if (who >= 0 && at - who <= 40 && !/[。;]/.test(back.slice(who, at))) {
              const pos = positionsOf(doc, from + at + 2, Math.min(a, from + at + 2 + POSITIONS_WINDOW));
              if (pos.length)
                r = cross(
                  doc,
                  persons,
                  pos.map((p) => ({ ...p, acting: false })),
                  "接受辞职",
                  a,
                  b,
                  formal,
                );
            }
          }
        }
        break;
      }
      case "为": {
        // the first 为 that ends a list of names (`任命李为民为…`: a name may hold 为)
        for (let idx = indexOfAny(f, "为", after, Math.min(b, after + PERSONS_WINDOW)), tries = 0; idx > after && tries < 3; tries++) {
          const persons = f[idx + 1] === "为" ? null : personsOf(doc, after, idx);
          if (persons) {
            const action = issuedAs(row.action!, issuer);
            r = cross(doc, persons, positionsOf(doc, idx + 1, b), action, a, b, formal);
            if (r.length) break;
          }
          idx = indexOfAny(f, "为", idx + 1, Math.min(b, after + PERSONS_WINDOW));
        }
        break;
      }
      case "的职务": {
        // 撤销职务 and 罢免 have no 决定/批准 form
        const action = issuedAs(row.action!, issuer);
        const idx = indexOfAny(f, "的", after, Math.min(b, after + PERSONS_WINDOW));
        if (idx > after) {
          const persons = personsOf(doc, after, idx);
          if (persons) r = cross(doc, persons, positionsOf(doc, idx + 1, b), action, a, b, formal);
        }
        if (!r?.length) {
          // `决定免去王鸿举重庆市市长职务`, `会议免去李明重庆市…职务`: a single name
          // printed without 的; the organ vocabulary must then open the position
          let best: { rank: number; persons: string[]; pos: Position[] } | null = null;
          // `撤销重庆市…`: a place where the name should be
          const names = PLACE_START.test(f.slice(after, after + 4)) ? [] : f[after] === "其" ? [1] : [3, 2, 4];
          for (const n of names) {
            const comrade = f.startsWith("同志", after + n) ? 2 : 0;
            const at = after + n + comrade;
            if (/[、,]/.test(f.charAt(at))) continue;
            const rank = organStartRank(f, at);
            if (best && best.rank <= rank) continue;
            if (!dec && !formal && rank > 2) continue;
            const persons = personsOf(doc, after, at);
            if (!persons) continue;
            const pos = positionsOf(doc, at, b).filter((p) => p.org);
            if (pos.length) best = { rank, persons, pos };
          }
          if (best) r = cross(doc, best.persons, best.pos, action, a, b, formal);
        }
        if (!r?.length && idx > after && /^[ ]*(?:一切)?职务/.test(f.slice(idx + 1, idx + 5))) {
          // `免去重庆市人民政府副市长张三的职务`: the post printed before the name
          for (const n of [3, 2]) {
            if (idx - n <= after + 2 || !endsComplete(f.slice(after, idx - n))) continue;
            const one = personsOf(doc, idx - n, idx);
            if (!one) continue;
            const pos = positionsOf(doc, after, idx - n).filter((p) => p.org);
            if (pos.length) {
              r = cross(doc, one, pos, action, a, b, formal);
              break;
            }
          }
        }
        break;
      }
      case "代理": {
        // PERSONS 代理 POST (职务): the persons start after 决定 / the clause start
        let from = a;
        if (localDecide >= 0 && localDecide < k) from = localDecide + 2;
        const persons = k - from <= PERSONS_WINDOW ? personsOf(doc, from, k) : null;
        if (persons) {
          const pos = positionsOf(doc, after, b).map((p) => ({ ...p, acting: true }));
          r = cross(doc, persons, pos, row.action!, a, b, formal);
        }
        break;
      }
      case "决定范围": {
        // 决定 PERSONS 为 POSITIONS
        const idx = indexOfAny(f, "为", after, Math.min(b, after + PERSONS_WINDOW));
        if (idx > after) {
          const persons = personsOf(doc, after, idx);
          if (persons) r = cross(doc, persons, positionsOf(doc, idx + 1, b), row.action!, a, b, formal);
        }
        break;
      }
    }
    if (r?.length) {
      if (doc.pronounStart != null) {
        // the span must show the name: start it at the clause that printed it
        for (const e of r) e.start = Math.min(e.start, doc.pronounStart);
        doc.pronounStart = null;
      } else {
        doc.lastPersons = [...new Set(r.map((e) => e.person))];
        doc.lastPersonsStart = a;
      }
      return r;
    }
    doc.pronounStart = null;
  }
  return null;
}

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

/**
 * `王五因工作变动，向市人大常委会提出辞去…职务的请求`: the person opening the
 * sentence that reports a request to resign before offset `a`, and where the
 * post after its 辞去 starts.
 */
function requesterBefore(doc: Doc, a: number): { person: string; post: number } | null {
  const f = doc.folded;
  const from = Math.max(0, a - RESIGN_LOOKBACK);
  const back = f.slice(from, a);
  const at = back.lastIndexOf("辞去");
  if (at < 0) return null;
  const s0 = Math.max(back.lastIndexOf("。", at), back.lastIndexOf("\n", at), back.lastIndexOf(";", at)) + 1;
  const m = /^[ ]*([\u3400-\u9fff]{2,4}?)(?:同志)?(?:因|向|提出|请求|本人|申请)/.exec(back.slice(s0, at));
  if (!m) return null;
  const start = from + s0 + m[0].indexOf(m[1]!);
  const persons = personsOf(doc, start, start + m[1]!.length);
  if (persons?.length !== 1) return null;
  return { person: persons[0]!, post: from + at + 2 };
}

/** how far back a `接受X的辞职请求` looks for the request that names the post */
const RESIGN_LOOKBACK = 400;

function indexOfAny(f: string, chars: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (chars.indexOf(f[i]!) >= 0) return i;
  return -1;
}

const MARKERS = VOCABULARY.listMark;

/** Parses a verbless list clause [a, b) under a section heading. */
/**
 * `陈鸣波  重庆市人民政府副市长`: a list printed as a table (name, spaces,
 * position) under a heading; the heading's main verb gives the action.
 */
export function parseTableRow(doc: Doc, a: number, b: number, mode: Mode, verb: string): RawEntry[] | null {
  const f = doc.folded;
  [a, b] = trimRange(f, a, b);
  a += numberPrefixLength(f.slice(a, Math.min(b, a + 6)));
  const head = f.slice(a, Math.min(b, a + PERSONS_WINDOW));
  const action = mode[tableSlot(verb)];
  if (!action) return null;
  // `职务：姓名` (`重庆市高级人民法院副院长：张三`): the position first
  const colon = head.indexOf(":");
  if (colon >= 4) {
    const persons = personsOf(doc, a + colon + 1, b);
    const pos = persons ? positionsOf(doc, a, a + colon) : [];
    if (persons && pos.length && pos.some((p) => p.org)) return cross(doc, persons, pos, action, a, b, true);
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
    const persons = personsOf(doc, a, a + gap.index);
    if (!persons) continue;
    const pos = positionsOf(doc, a + gap.index + gap[0].length, b);
    if (!pos.length || !pos.some((p) => p.org)) return null;
    return cross(doc, persons, pos, action, a, b, true);
  }
  return null;
}

export function parseListClause(doc: Doc, a: number, b: number, mode: Mode): RawEntry[] | null {
  const f = doc.folded;
  [a, b] = trimRange(f, a, b);
  a += numberPrefixLength(f.slice(a, Math.min(b, a + 6)));
  if (a >= b) return null;
  const withVerb = parseVerbClause(doc, a, b, mode.appoint === "决定任命", true);
  if (withVerb) {
    // `六、批准` / `任命郭强为…检察长`: the heading's 批准 covers the clause's own verb
    if (mode.appoint === "批准任命" && mode.remove === "批准免去") for (const e of withVerb) e.action = issuedAs(e.action, "批准");
    return withVerb;
  }
  const s = f.slice(a, b);
  MARKERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKERS.exec(s))) {
    if (m.index > 40) break;
    const k = a + m.index;
    const persons = personsOf(doc, a, k);
    if (!persons) continue;
    const after = k + m[0].length;
    // `王大为的…职务`: 为 inside a name
    if (m[0] === "为" && (f[after] === "的" || f[after] === "为")) continue;
    let pos = positionsOf(doc, after, b);
    const slot = LIST_MARKS.find((x) => x.mark === m![0])!.slot;
    const action = mode[slot];
    if (!action) return null;
    // a resignation ends the post itself; 代理 makes every post an acting one
    if (slot === "resign") pos = pos.map((p) => ({ ...p, acting: false }));
    else if (slot === "acting") pos = pos.map((p) => ({ ...p, acting: true }));
    const r = cross(doc, persons, pos, action, a, b, true);
    if (r.length) return r;
  }
  return null;
}

const BARE_VERB = VOCABULARY.bareIntro;

/** The mode that verbless clauses after a verb clause inherit from it: its own slot (an appointment also reads `B代理…`). */
function carryOf(action: ActionKind): Mode | null {
  const slot = VOCABULARY.verbs.find((v) => v.action === action && v.slot)?.slot;
  if (!slot) return null;
  const mode: Mode = { appoint: "", remove: "", resign: "", acting: "" };
  mode[slot] = action;
  if (slot === "appoint") mode.acting = "决定代理";
  return mode;
}

/**
 * `任命郑一为最高人民检察院检察员，第四检察厅厅长`: posts after a comma that
 * continue the clause before (same persons, same action, the organ inherited).
 */
function morePosts(doc: Doc, x: number, y: number, prev: RawEntry[] | null): RawEntry[] | null {
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
  const out: RawEntry[] = [];
  for (const person of persons)
    for (const p of pos) {
      const e: RawEntry = { ...last, person, org: p.org || last.org, post: p.post, start: last.start, end: b };
      if (p.org) {
        if (p.alias) e.org_alias = p.alias;
        else delete e.org_alias;
      }
      if (p.acting) e.action = "决定代理";
      out.push(e);
    }
  return out;
}

/** State carried from line to line by the sentence scanner. */
export interface ScanState {
  /** the previous line ended with `决定:`: its scope covers the first sentence of this line */
  pendingDecide: boolean;
  /** gets a clause of a verb's list that no rule reads when the list goes on after it */
  unread?: (start: number, end: number) => void;
}

/** A clause that a carried verb should have read (`，John Smith为…`): marks of a clause, no verb. */
const CARRIED_CLAUSE = new RegExp(
  `^[^${[...new Set(VOCABULARY.sentenceVerbs.split("|").map((w) => w[0]))].join("")}]{1,60}(?:${LIST_MARKS.filter(
    (m) => m.slot !== "acting",
  )
    .map((m) => m.mark)
    .join("|")})`,
);

const SUB_SPLIT = new RegExp(`[,:《》]|、(?=关于|${VOCABULARY.sentenceVerbs})`, "g");

/** The next `stop` character in [from, to), or `to`. Never looks past `to`. */
export function nextStop(f: string, from: number, to: number, stops: string): number {
  for (let i = from; i < to; i++) if (stops.indexOf(f[i]!) >= 0) return i;
  return to;
}

/**
 * End of the sentence that starts at `from`: a 。;!? or, in text flattened
 * onto one line, a space before a list number (`… 二、任命 …`).
 */
function sentenceEnd(f: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = f[i]!;
    if (c === "。" || c === ";" || c === "!" || c === "?") return i;
    if (c === " " && i > from && numberedAt(f, i)) return i;
  }
  return to;
}

/** Scans the verb sentences of one line [ls, le). */
export function scanLine(doc: Doc, ls: number, le: number, st: ScanState): RawEntry[] {
  const f = doc.folded;
  const out: RawEntry[] = [];
  const lineStart = ls + numberPrefixLength(f.slice(ls, Math.min(le, ls + 6)));
  let pending = st.pendingDecide;
  let carry: Mode | null = null;
  let lastR: RawEntry[] | null = null;
  const unread: number[] = [];
  doc.lastPersons = null;
  let a = ls;
  while (a < le) {
    const b = sentenceEnd(f, a, le);
    // quick reject: no verb in the sentence
    const sent = f.slice(a, b);
    VERB.lastIndex = 0;
    if (carry || VERB.test(sent)) {
      let decideAt = -1;
      for (let i = sent.indexOf("决定"); i >= 0; i = sent.indexOf("决定", i + 2))
        if (isVerbDecide(f, a + i)) {
          decideAt = a + i;
          break;
        }
      let x = a;
      SUB_SPLIT.lastIndex = 0;
      const cuts: number[] = [];
      let sm: RegExpExecArray | null;
      while ((sm = SUB_SPLIT.exec(sent))) cuts.push(a + sm.index);
      // `…副市长 王峰为…`: clauses printed one after the other with a space between
      for (let i = sent.indexOf(" "); i >= 0; i = sent.indexOf(" ", i + 1))
        if (i > 0 && sent[i + 1] !== " " && listClauseStartsAt(f, a + i + 1)) cuts.push(a + i);
      cuts.sort((x, y) => x - y);
      cuts.push(b);
      for (const y of cuts) {
        if (y > x && trimRange(f, x, y)[0] < trimRange(f, x, y)[1]) {
          const [cx] = trimRange(f, x, y);
          const formal = cx === lineStart;
          const decided = pending || (decideAt >= 0 && decideAt < x);
          const r = parseVerbClause(doc, x, y, decided, formal);
          const bare = r ? null : BARE_VERB.exec(f.slice(x, y));
          const heading = r || bare ? null : sectionVerb(f.slice(...trimRange(f, x, y)));
          if (r) {
            out.push(...r);
            // the clause's own verb (an acting post inside `任命A为副市长、代理市长` does not count)
            const own = r.find((e) => e.action !== "决定代理") ?? r[0]!;
            carry = carryOf(own.action);
          } else if (bare && !isNegativeBefore(f.slice(Math.max(a, x + bare.index - PREFIX_WINDOW), x + bare.index))) {
            // `会议任命：张三为…，李四为…`: a bare verb before its list
            const v = verbOf(bare[1]!)!;
            const dec = decided || (decideAt >= 0 && decideAt < x + bare.index);
            carry = carryOf(issuedAs(v.action!, dec ? "决定" : ""));
          } else if (heading && heading !== "决定") {
            // `… 六、批准 刘伟辞去…`: a section heading inside a flattened list
            carry = modeOf(heading);
          } else if (
            /决定[ ]*$/.test(f.slice(x, y)) &&
            isVerbDecide(f, f.lastIndexOf("决定", y)) &&
            !isNegativeBefore(f.slice(Math.max(x, y - PREFIX_WINDOW), y))
          ) {
            // `…会议决定：胡衡华为…代理市长`: a bare 决定 before verbless clauses
            carry = modeOf("决定");
          } else if (carry) {
            // `任命A为…，B为…`, `分别免去A的…职务；B的…职务`: the verb carries over
            const c = parseListClause(doc, x, y, carry);
            const more = c ? null : morePosts(doc, x, y, lastR);
            if (c || more) {
              // the list went on past clauses no rule read: those are lost entries
              for (let k = 0; k < unread.length; k += 2) st.unread?.(unread[k]!, unread[k + 1]!);
              unread.length = 0;
            }
            if (c) out.push(...c.map((e) => ({ ...e, formal })));
            else if (more) out.push(...more);
            else if (CARRIED_CLAUSE.test(f.slice(...trimRange(f, x, y)))) unread.push(...trimRange(f, x, y));
            else if (!/^[ ]*(并|同时)?(报|报请|报送)/.test(f.slice(x, y))) carry = null;
          }
          if (r) lastR = r;
          else if (!carry) lastR = null;
        }
        x = y + 1;
      }
    }
    pending = false;
    if (f[b] === "。" || f[b] === "!" || f[b] === "?" || f[b] === " ") {
      carry = null;
      unread.length = 0;
    }
    a = b + 1;
  }
  // `…会议决定:` at the end of a line opens a 决定 scope over the next line
  const tail = f.slice(Math.max(ls, le - 8), le);
  st.pendingDecide = /决定[::]$/.test(tail) && isVerbDecide(f, le - 3);
  return out;
}

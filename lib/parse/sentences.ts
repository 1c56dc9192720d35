// Sentences: a line is cut into sentences (。;!? or, in text flattened onto one
// line, a space before a list number) and each sentence into clauses (`，`,
// `：`, `、` before a verb, a space before a list clause). A clause is read by
// its own verb (verbClauses.ts); else a bare verb, a heading or a bare 决定
// before a list gives the clauses after it their action (carried verb, read by
// listRows.ts). A leading 决定 covers the clauses up to `;`/`。`.

import { isNegativeBefore, isVerbDecide, listClauseStartsAt, numberedAt, numberPrefixLength } from "./lexicon";
import { morePosts, parseListClause } from "./listRows";
import { type Doc, type Lookback, PREFIX_WINDOW, type RawEntry, type RuleInfo, runEnd, trimRange } from "./reading";
import type { ActionKind } from "./types";
import { parseVerbClause } from "./verbClauses";
import { issuedAs, LIST_MARKS, type Mode, modeOf, sectionVerb, VOCABULARY, verbOf } from "./vocabulary";

export const CARRIED_VERB: RuleInfo = {
  name: "carried verb",
  reason: "`任命A为…，B为…`, `分别免去A的…职务；B的…职务`: the verb of the clause before carries over a `，`/`；` list",
};
export const BARE_INTRO: RuleInfo = {
  name: "bare verb before its list",
  reason: "`会议任命：张三为…，李四为…`: a verb with no clause of its own gives the clauses after it their action",
};
export const FLAT_HEADING: RuleInfo = {
  name: "heading inside a flattened list",
  reason: "`… 六、批准 刘伟辞去…`: a section heading inside a list printed on one line carries its verb",
};
export const BARE_DECIDE: RuleInfo = {
  name: "bare 决定 before its list",
  reason: "`…会议决定：胡衡华为…代理市长`: a bare 决定 gives the verbless clauses after it the committee's actions",
};
export const SENTENCE_RULES: readonly RuleInfo[] = [CARRIED_VERB, BARE_INTRO, FLAT_HEADING, BARE_DECIDE];

/** State carried from line to line by the sentence scanner. */
export interface ScanState {
  /** the previous line ended with `决定:`: its scope covers the first sentence of this line */
  pendingDecide: boolean;
  /** persons of the last clause read (`…，接受其辞去…`), reset at each line */
  back: Lookback;
  /** gets a clause of a verb's list that no rule reads when the list goes on after it */
  unread?: (start: number, end: number) => void;
}

/** The mode that verbless clauses after a verb clause inherit from it: its own slot (an appointment also reads `B代理…`). */
function carryOf(action: ActionKind): Mode | null {
  const slot = VOCABULARY.verbs.find((v) => v.action === action && v.slot)?.slot;
  if (!slot) return null;
  const mode: Mode = { appoint: "", remove: "", resign: "", acting: "" };
  mode[slot] = action;
  if (slot === "appoint") mode.acting = "决定代理";
  return mode;
}

const BARE_VERB = VOCABULARY.bareIntro;

/** A clause that a carried verb should have read (`，John Smith为…`): marks of a clause, no verb. */
const CARRIED_CLAUSE = new RegExp(
  `^[^${[...new Set(VOCABULARY.sentenceWords.map((w) => w[0]))].join("")}]{1,60}(?:${LIST_MARKS.filter((m) => m.slot !== "acting")
    .map((m) => m.mark)
    .join("|")})`,
);

/** `…会议决定:` ending a line (tested on every line: compiled once). */
const DECIDE_COLON_END = /决定[::]$/;

const SUB_SPLIT = new RegExp(`[,:《》]|、(?=关于|${VOCABULARY.sentenceVerbs})`, "g");
const VERB = VOCABULARY.clauseVerb;

/**
 * End of the sentence that starts at `from`: a 。;!? or, in text flattened
 * onto one line, a space before a list number (`… 二、任命 …`).
 */
function sentenceEnd(f: string, from: number, to: number): number {
  for (let i = runEnd(NO_STOP, f, from, to); i < to; i = runEnd(NO_STOP, f, i + 1, to))
    if (f.charCodeAt(i) !== 0x20 || (i > from && numberedAt(f, i))) return i;
  return to;
}
/** A run without a sentence stop (。;!?), a space or a line break. */
const NO_STOP = /[^。;!? \n]*/y;

/** Where a sentence [a, b) is cut into clauses (the end `b` last). */
function clauseCuts(f: string, a: number, b: number, sent: string): number[] {
  SUB_SPLIT.lastIndex = 0;
  const cuts: number[] = [];
  let sm: RegExpExecArray | null;
  while ((sm = SUB_SPLIT.exec(sent))) cuts.push(a + sm.index);
  const matched = cuts.length;
  // `…副市长 王峰为…`: clauses printed one after the other with a space between
  for (let i = sent.indexOf(" "); i >= 0; i = sent.indexOf(" ", i + 1))
    if (i > 0 && sent[i + 1] !== " " && listClauseStartsAt(f, a + i + 1)) cuts.push(a + i);
  // the matches come in order: only cuts at spaces among them need a sort
  if (cuts.length > matched && matched > 0) cuts.sort((x, y) => x - y);
  cuts.push(b);
  return cuts;
}

/** Scans the verb sentences of one line [ls, le). */
export function scanLine(doc: Doc, ls: number, le: number, st: ScanState): RawEntry[] {
  const f = doc.folded;
  const out: RawEntry[] = [];
  const lineStart = ls + numberPrefixLength(f, ls, le);
  let pending = st.pendingDecide;
  let carry: Mode | null = null;
  let carryRule = CARRIED_VERB.name;
  let lastR: RawEntry[] | null = null;
  const unread: number[] = [];
  st.back.lastPersons = null;
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
      for (const y of clauseCuts(f, a, b, sent)) {
        const [cx, cy] = trimRange(f, x, y);
        if (y > x && cx < cy) {
          const formal = cx === lineStart;
          const decided = pending || (decideAt >= 0 && decideAt < x);
          const r = parseVerbClause(doc, st.back, x, y, decided, formal);
          const bare = r ? null : BARE_VERB.exec(f.slice(x, y));
          const heading = r || bare ? null : sectionVerb(f.slice(cx, cy));
          if (r) {
            out.push(...r);
            // the clause's own verb (an acting post inside `任命A为副市长、代理市长` does not count)
            const own = r.find((e) => e.action !== "决定代理") ?? r[0]!;
            carry = carryOf(own.action);
            carryRule = CARRIED_VERB.name;
          } else if (bare && !isNegativeBefore(f.slice(Math.max(a, x + bare.index - PREFIX_WINDOW), x + bare.index))) {
            // `会议任命：张三为…，李四为…`: a bare verb before its list
            const dec = decided || (decideAt >= 0 && decideAt < x + bare.index);
            carry = carryOf(issuedAs(verbOf(bare[1]!)!.action!, dec ? "决定" : ""));
            carryRule = BARE_INTRO.name;
          } else if (heading && heading !== "决定") {
            // `… 六、批准 刘伟辞去…`: a section heading inside a flattened list
            carry = modeOf(heading);
            carryRule = FLAT_HEADING.name;
          } else if (
            /决定[ ]*$/.test(f.slice(x, y)) &&
            isVerbDecide(f, f.lastIndexOf("决定", y)) &&
            !isNegativeBefore(f.slice(Math.max(x, y - PREFIX_WINDOW), y))
          ) {
            // `…会议决定：胡衡华为…代理市长`: a bare 决定 before verbless clauses
            carry = modeOf("决定");
            carryRule = BARE_DECIDE.name;
          } else if (carry) {
            // `任命A为…，B为…`, `分别免去A的…职务；B的…职务`: the verb carries over
            const c = parseListClause(doc, st.back, x, y, carry, carryRule);
            const more = c ? null : morePosts(doc, x, y, lastR);
            if (c || more) {
              // the list went on past clauses no rule read: those are lost entries
              for (let k = 0; k < unread.length; k += 2) st.unread?.(unread[k]!, unread[k + 1]!);
              unread.length = 0;
            }
            if (c)
              for (const e of c) {
                e.formal = formal;
                out.push(e);
              }
            else if (more) out.push(...more);
            else if (CARRIED_CLAUSE.test(f.slice(cx, cy))) unread.push(cx, cy);
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
  st.pendingDecide = DECIDE_COLON_END.test(tail) && isVerbDecide(f, le - 3);
  return out;
}

// Stage 3: sections. A heading (一、决定任命 / 五、免去 / 六、批准) sets the
// action of the verbless list clauses under it, until the next heading or the
// first line that is not a list clause. A section whose list stops mid-way is
// reported with a "truncated-list" warning.

import { listClauseStartsAt } from "./lexicon";
import { parseListClause, parseTableRow } from "./listRows";
import { type Doc, type Lookback, type RawEntry, type RuleInfo, runEnd } from "./reading";
import { LIST_MARKS, type Mode, modeOf, VOCABULARY } from "./vocabulary";

export interface Section {
  verb: string;
  mode: Mode;
  /** normalised offset of the heading */
  at: number;
  /** clauses parsed so far */
  clauses: number;
  /** some clause of the list ended with ; or 。 */
  punctuated: boolean;
  /** last character of the last list line consumed */
  lastChar: string;
  /** normalised offset of the end of the last list line */
  lastEnd: number;
}

export const SECTION_HEADING: RuleInfo = {
  name: "section heading",
  reason:
    "a heading (一、决定任命, 五、免去, 六、批准) gives the verbless clauses under it their action, until the next heading or the first line that is no list clause",
};

export function openSection(verb: string, at: number): Section {
  return { verb, mode: modeOf(verb), at, clauses: 0, punctuated: false, lastChar: "", lastEnd: at };
}

/** Marks of a verbless list clause (`为`, `的…职务`, `辞去`, `代理`). */
const CLAUSE_MARK = new RegExp(LIST_MARKS.map((m) => m.mark).join("|"));
/** A sentence verb other than 决定 itself: a line with its own decision. */
const OWN_VERB = new RegExp(VOCABULARY.sentenceWords.filter((w) => w !== "决定").join("|"));

/** Runs without a clause's end (。;) and without a gap (a space or a comma) between clauses. */
const NO_CLAUSE_END = /[^。;\n]*/y;
const NO_GAP = /[^ ,\n]*/y;

/**
 * Feeds one line [ls, le) to the section. Returns the entries, or null when no
 * clause of the line reads (the caller decides whether the list ends there).
 * `unread` gets the clauses of a partly read line that no rule reads.
 */
export function feedSection(
  sec: Section,
  doc: Doc,
  back: Lookback,
  ls: number,
  le: number,
  unread?: (start: number, end: number) => void,
): RawEntry[] | null {
  const f = doc.folded;
  const out: RawEntry[] = [];
  let parsed = 0;
  const failed: number[] = [];
  // under a bare `决定：` only verbless lines belong to the list; a line with its
  // own verb is read as a sentence (where the 决定 covers its first clauses)
  if (sec.verb === "决定" && OWN_VERB.test(f.slice(ls, le))) return null;
  let a = ls;
  while (a < le) {
    let b = runEnd(NO_CLAUSE_END, f, a, le);
    // clauses printed one after the other with only a space between
    // (and `张三为…副院长，李四为…审判员；`: clauses joined by a comma); the scan
    // stays inside [a, b) so that long lists stay linear
    for (let i = runEnd(NO_GAP, f, a + 1, b); i < b; i = runEnd(NO_GAP, f, i + 1, b)) {
      const c = f.charCodeAt(i);
      if ((c === 0x20 /* space */ && f.charCodeAt(i + 1) !== 0x20) || c === 0x2c /* , */)
        if (listClauseStartsAt(f, i + 1)) {
          b = i;
          break;
        }
    }
    if (b > a) {
      const r =
        parseListClause(doc, back, a, b, sec.mode, SECTION_HEADING.name) ??
        parseTableRow(doc, back, a, b, sec.mode, sec.verb, SECTION_HEADING.name);
      if (r) {
        for (const e of r) out.push(e);
        parsed++;
      } else if (CLAUSE_MARK.test(f.slice(a, b))) failed.push(a, b);
    }
    a = b + 1;
  }
  if (!parsed) return null;
  if (unread) for (let k = 0; k < failed.length; k += 2) unread(failed[k]!, failed[k + 1]!);
  sec.clauses += parsed;
  const last = f[le - 1] ?? "";
  if (last === ";" || last === "。") sec.punctuated = true;
  sec.lastChar = last;
  sec.lastEnd = le;
  return out;
}

/** Why a closed section looks cut, or null when it ended cleanly. */
export function truncation(sec: Section, atEndOfText: boolean): string | null {
  if (sec.clauses === 0) return null;
  const last = sec.lastChar;
  if (last === "。") return null;
  if (last === ";" || last === "," || last === "、") return atEndOfText ? "the list ends on a separator, not on 。" : null;
  // ends on a character: cut mid-clause when the list is otherwise punctuated
  if (sec.punctuated && atEndOfText) return "the last clause is cut mid-way";
  return null;
}

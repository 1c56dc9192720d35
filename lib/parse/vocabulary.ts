// The verbs of personnel decisions, as data. Every pattern of the parser that
// needs a verb (sentence verbs, section headings, a bare verb before its list,
// line-join tests, title words, words that are no name) is built from VERBS by
// `compileVocabulary`, so adding a verb is one row here (plus its test).
// Written in Simplified script; matched against folded text (fold.ts).

import { CN_NUM } from "./chars";
import type { ActionKind } from "./types";

/** Which slot of a list's mode a verb fills: what verbless clauses under it do. */
export type Slot = "appoint" | "remove" | "resign" | "acting";

/** The actions a list section (or a verb carried over a comma list) gives to verbless clauses of each form. */
export type Mode = Record<Slot, ActionKind | "">;

/** Who decides: a bare verb (任命), a decision of the committee (决定…) or an approval of another body's decision (批准…). */
export type Issuer = "" | "决定" | "批准";

/**
 * What a verb carries, i.e. how the clause after it is read:
 * - `为`: `任命 A 为 B` (persons, 为, positions)
 * - `的职务`: `免去 A 的 B 职务` (also `免去A重庆市…职务` without 的, and the post before the name)
 * - `辞去`: `接受 A 辞去 B 职务`
 * - `辞职请求`: `接受 A 的辞职请求` (the post is in the request reported before it)
 * - `代理`: `A 代理 B 职务` (persons before the verb)
 * - `决定范围`: a leading 决定 covers the clauses after it up to `;`/`。`, and reads `决定 A 为 B` itself
 */
export type Construction = "为" | "的职务" | "辞去" | "辞职请求" | "代理" | "决定范围";

export interface Verb {
  /** the verb as printed (Simplified script) */
  word: string;
  /** the FORMAT.md action of a clause it reads (or the slot it fills under a heading); null for 决定任免-like words that fill no slot */
  action: ActionKind | null;
  /** the slot of a list's mode it fills, or null when it fills none (任免, 决定, 批准 as a heading) */
  slot: Slot | null;
  /** the issuer mode it implies for the verbless clauses under it */
  issuer: Issuer;
  /** how a clause with this verb is read (empty: only a heading or a list intro) */
  carries: readonly Construction[];
  /** may head a list section (`一、决定任命`, `六、批准`) */
  heading: boolean;
  /** a bare verb before its list: `in-clause` (`会议任命：张三为…`, also at a line's end), `line-end` (`决定接受辞职如下：` ending a line only) */
  intro?: "in-clause" | "line-end";
  /** the word alone names no personnel decision (决定, 批准, 接受 before something else) */
  generic?: boolean;
}

const V = (
  word: string,
  action: ActionKind | null,
  slot: Slot | null,
  issuer: Issuer,
  carries: readonly Construction[],
  heading: boolean,
  more: Pick<Verb, "intro" | "generic"> = {},
): Verb => ({ word, action, slot, issuer, carries, heading, ...more });

/**
 * The verb table. `carries` non-empty: a sentence verb the clause readers look
 * for. A compound (`决定任命`) with empty `carries` is read in running text as
 * its parts (决定 opens a scope, 任命 reads the clause).
 */
export const VERBS: readonly Verb[] = [
  // appoint
  V("任命", "任命", "appoint", "", ["为"], true, { intro: "in-clause" }),
  V("决定任命", "决定任命", "appoint", "决定", [], true, { intro: "in-clause" }),
  V("批准任命", "批准任命", "appoint", "批准", ["为"], true, { intro: "in-clause" }),
  V("决定批准任命", "批准任命", "appoint", "批准", [], true, { intro: "in-clause" }),
  // remove
  V("免去", "免去", "remove", "", ["的职务"], true, { intro: "in-clause" }),
  V("决定免去", "决定免去", "remove", "决定", [], true, { intro: "in-clause" }),
  V("批准免去", "批准免去", "remove", "批准", ["的职务"], true, { intro: "in-clause" }),
  V("决定批准免去", "批准免去", "remove", "批准", [], true, { intro: "in-clause" }),
  V("免职", "免去", "remove", "", [], true),
  V("决定免职", "决定免去", "remove", "决定", [], true),
  V("批准免职", "批准免去", "remove", "批准", [], true),
  V("撤销", "撤销职务", "remove", "", ["的职务"], true),
  V("撤销职务", "撤销职务", "remove", "", [], true, { intro: "line-end" }),
  V("决定撤销", "撤销职务", "remove", "决定", [], true),
  V("决定撤销职务", "撤销职务", "remove", "决定", [], true),
  V("罢免", "罢免", "remove", "", ["的职务"], true, { intro: "line-end" }),
  // resign
  V("接受", "接受辞职", "resign", "", ["辞去", "辞职请求"], true, { generic: true }),
  V("接受辞职", "接受辞职", "resign", "", [], true, { intro: "line-end" }),
  V("接受辞去职务", "接受辞职", "resign", "", [], true),
  V("决定接受", "接受辞职", "resign", "决定", [], true, { intro: "line-end" }),
  V("批准辞职", "批准辞职", "resign", "批准", [], true, { intro: "line-end" }),
  V("批准辞去职务", "批准辞职", "resign", "批准", [], true),
  // acting
  V("代理", "决定代理", "appoint", "", ["代理"], true),
  V("决定代理", "决定代理", "appoint", "决定", [], true, { intro: "line-end" }),
  // both, or what follows decides
  V("任免", null, null, "", [], true),
  V("决定任免", null, null, "决定", [], true),
  V("批准任免", null, null, "批准", [], true),
  V("决定批准", null, null, "批准", [], true),
  V("批准", "批准辞职", null, "批准", ["辞去"], true, { generic: true }),
  V("决定", "决定任命", null, "决定", ["决定范围"], true, { generic: true }),
];

/** The marks of a verbless list clause and the slot of the heading's mode each takes. */
export const LIST_MARKS: readonly { mark: string; slot: Slot }[] = [
  { mark: "为", slot: "appoint" },
  { mark: "的", slot: "remove" },
  { mark: "辞去", slot: "resign" },
  { mark: "代理", slot: "acting" },
];

/** What each issuer gives the verbless clauses under a heading that fills no slot of its own (`六、批准`). */
export const ISSUER_MODES: Record<Issuer, Mode> = {
  "": { appoint: "任命", remove: "免去", resign: "接受辞职", acting: "决定代理" },
  决定: { appoint: "决定任命", remove: "决定免去", resign: "接受辞职", acting: "决定代理" },
  批准: { appoint: "批准任命", remove: "批准免去", resign: "批准辞职", acting: "决定代理" },
};

/** Words after a bare verb that announce its list (`任命如下`, `免去下列人员`). */
const INTRO_TAIL = "如下|下列人员|以下人员|下列同志|以下同志";
/** `决定任命的人员`, `免去职务的人员名单`: words after a heading's verb. */
const HEADING_TAIL = "[ ]*(?:职务)?[ ]*的?[ ]*(?:人员名单|名单|人员|事项|同志)?";
const LIST_NUMBER = `(?:[${CN_NUM}]{1,3}[、.．,]|\\([${CN_NUM}0-9]{1,3}\\)|[0-9]{1,2}[、.．])?`;

/** Alternation of words, longest first (so that `批准任命` wins over `批准` at the same offset). */
function alt(words: Iterable<string>): string {
  return [...new Set(words)].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).join("|");
}

export interface Vocabulary {
  verbs: readonly Verb[];
  byWord: ReadonlyMap<string, Verb>;
  /** sentence verbs, for scanning a clause (global) */
  clauseVerb: RegExp;
  /** the words that open a sentence of a decision (任命, 免去, 决定, 接受, 批准, 撤销, 罢免) */
  sentenceWords: readonly string[];
  /** `sentenceWords` as an alternation */
  sentenceVerbs: string;
  /** sentence verbs and the two-character list marks (辞去, 代理): a verb broken by a line end is one of these */
  verbsAndMarks: ReadonlySet<string>;
  /** every word of the table and the marks (辞去, 辞职): a title about personnel, a word that is no name */
  personnelWords: string;
  /** the heading verb of a line that is a section heading */
  sectionHeading: RegExp;
  /** a heading with the first clause on the same line (`一、决定任命：张三为…`) */
  inlineHeading: RegExp;
  /** a bare verb ending a clause before its list (`会议任命：`), group 1 the verb */
  bareIntro: RegExp;
  /** a bare verb ending a line with a colon (`决定接受辞职如下:`), group 1 the verb */
  lineEndIntro: RegExp;
  /** the marks of a verbless list clause, global */
  listMark: RegExp;
}

/** Builds every verb pattern of the parser from a verb table. */
export function compileVocabulary(verbs: readonly Verb[]): Vocabulary {
  const byWord = new Map(verbs.map((v) => [v.word, v]));
  const clause = verbs.filter((v) => v.carries.length > 0);
  // a compound of two sentence words (批准任命) is covered by its parts where only the word's presence matters
  const simple = clause.filter((v) => !clause.some((w) => w !== v && v.word.includes(w.word)));
  const marks = new Set(LIST_MARKS.map((m) => m.mark));
  const sentence = simple.filter((v) => !marks.has(v.word)).map((v) => v.word);
  const marks2 = [...marks].filter((m) => m.length === 2);
  const headings = alt(verbs.filter((v) => v.heading).map((v) => v.word));
  const inClause = verbs.filter((v) => v.intro === "in-clause").map((v) => v.word);
  const lineEnd = verbs.filter((v) => v.intro).map((v) => v.word);
  return {
    verbs,
    byWord,
    clauseVerb: new RegExp(alt(clause.map((v) => v.word)), "g"),
    sentenceWords: sentence,
    sentenceVerbs: alt(sentence),
    verbsAndMarks: new Set([...sentence, ...marks2]),
    personnelWords: alt([...verbs.filter((v) => !v.generic && v.slot !== null).map((v) => v.word), "任免", "辞去", "辞职"]),
    sectionHeading: new RegExp(`^${LIST_NUMBER}[ ]*(${headings})${HEADING_TAIL}[ ]*[::]?$`),
    inlineHeading: new RegExp(`^${LIST_NUMBER}[ ]*(${headings})${HEADING_TAIL}[ ]*[:][ ]*(?=\\S)`),
    bareIntro: new RegExp(`(${alt(inClause)})(?:${INTRO_TAIL})?[ ]*$`),
    lineEndIntro: new RegExp(`(${alt(lineEnd)})(?:${INTRO_TAIL}|名单如下)?[:]$`),
    listMark: new RegExp(alt(marks), "g"),
  };
}

/** The parser's vocabulary. */
export const VOCABULARY = compileVocabulary(VERBS);

/** The verb row of a word of the table (headings, intros, sentence verbs). */
export function verbOf(word: string, vocabulary: Vocabulary = VOCABULARY): Verb | undefined {
  return vocabulary.byWord.get(word);
}

/** The actions a heading (or a bare verb before its list) gives to the verbless clauses of each form. */
export function modeOf(word: string, vocabulary: Vocabulary = VOCABULARY): Mode {
  const v = vocabulary.byWord.get(word);
  const mode: Mode = { ...ISSUER_MODES[v?.issuer ?? ""] };
  if (v?.slot && v.action) mode[v.slot] = v.action;
  return mode;
}

/** The slot a heading's table rows (`张三  重庆市…副市长`) fill: appoint unless the heading removes or takes a resignation. */
export function tableSlot(word: string, vocabulary: Vocabulary = VOCABULARY): Slot {
  const slot = vocabulary.byWord.get(word)?.slot;
  return slot === "remove" || slot === "resign" ? slot : "appoint";
}

/** `任命` under 决定 is 决定任命; an action of no plain form keeps itself (撤销职务). */
export function issuedAs(action: ActionKind, issuer: Issuer): ActionKind {
  if (!issuer) return action;
  for (const slot of ["appoint", "remove", "resign", "acting"] as const)
    if (ISSUER_MODES[""][slot] === action || ISSUER_MODES.决定[slot] === action) return ISSUER_MODES[issuer][slot] || action;
  return action;
}

/** Returns the heading's verb when the line is a section heading (`一、决定任命`, `(二)免去`, `六、批准：`). */
export function sectionVerb(folded: string, vocabulary: Vocabulary = VOCABULARY): string | null {
  const m = vocabulary.sectionHeading.exec(folded) ?? spacedHeading(folded, vocabulary);
  return m ? m[1]! : null;
}

/** `一、决 定 任 命`: a heading printed with spaces between its characters. */
function spacedHeading(folded: string, vocabulary: Vocabulary): RegExpExecArray | null {
  if (folded.length > 24 || folded.indexOf(" ") < 0) return null;
  return vocabulary.sectionHeading.exec(folded.replace(/ +/g, ""));
}

export function isSectionHeading(folded: string): boolean {
  return VOCABULARY.sectionHeading.test(folded) || spacedHeading(folded, VOCABULARY) !== null;
}

/** `一、决定任命：张三为…；`: a heading with the first clause on the same line. */
export function inlineSection(folded: string): { verb: string; length: number } | null {
  const m = VOCABULARY.inlineHeading.exec(folded);
  return m ? { verb: m[1]!, length: m[0].length } : null;
}

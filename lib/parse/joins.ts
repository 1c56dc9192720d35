// Line joins: where a printed line break falls inside a clause (a narrow
// column, a hard wrap, a name or a verb broken by the line end), the lines are
// joined back. Each reason to join is a named rule; the first that applies
// joins and is recorded on the line (Line.joins), so `--explain` can say why.

import { isOneOf } from "./chars";
import { fold } from "./fold";
import { endsComplete, isListClauseStart, isNumberedItem, isPost } from "./lexicon";
import type { RuleInfo } from "./reading";
import { isSectionHeading, VOCABULARY } from "./vocabulary";

/** The sentence verbs of the vocabulary (任命|免去|决定|…), for the join tests. */
const VERBS = VOCABULARY.sentenceVerbs;

/** A line ends a sentence or a block when its last character is one of these. */
export const TERMINAL = new Set(["。", ";", "!", "?", ")", "]", "】", "」", "』", "”", '"', ":", "…", ">", "|"]);

/** A short line with no punctuation that is not a list clause: a title or headline. */
function isTitleLike(folded: string): boolean {
  if (folded.length > 40) return false;
  if (/[,、。;:]/.test(folded.replace(/[0-9]:[0-9]/g, ""))) return false;
  // a list clause without punctuation is a title when it is complete (`卢映川辞去北京市副市长职务`)
  return !isListClauseStart(folded) || endsComplete(folded);
}

/** `蒋佩` + `伏为重庆市…`: a name broken at the end of a line. */
function isBrokenName(cur: string, next: string): boolean {
  return cur.length <= 3 && /^[\u3400-\u9fff]+$/.test(cur) && !isListClauseStart(next) && isListClauseStart(cur + next);
}

const VERB_THEN_PART = new RegExp(`^.*(?:${VERBS})([\\u3400-\\u9fff]{1,3})$`);
const PART_THEN_MARK = /^(?:为|的|辞去|同志)/;
/** `…决定任命姜国` + `杰为重庆市…`: a name broken at the end of a line, right after its verb. */
function nameBrokenAfterVerb(cur: string, next: string): boolean {
  const a = VERB_THEN_PART.exec(cur.slice(-8));
  if (!a) return false;
  // the rest of the name (0–3 characters) then 为 / 的 / 辞去 / 同志
  for (let k = 0; k <= 3; k++) {
    const len = a[1]!.length + k;
    if (k > 0 && !/[\u3400-\u9fff]/.test(next.charAt(k - 1))) return false;
    if (len >= 2 && len <= 4 && PART_THEN_MARK.test(next.slice(k))) return true;
  }
  return false;
}

/**
 * `冉诗玉为…检察委员` + `会委员;`: a list clause wrapped at a column width right
 * after a word that looks like a complete post; the rest is a short fragment
 * that ends the clause and is no clause itself.
 */
function tailOfClause(cur: string, next: string): boolean {
  if (!isListClauseStart(cur.slice(0, 300)) || VERB_OR_TITLE.test(next.slice(0, 24))) return false;
  if (next.length <= 24 && /[;。,]$/.test(next) && !/[为的]/.test(next.slice(0, 6))) return true;
  return wordAcross(cur, next);
}

const VERB_OR_TITLE = new RegExp(`${VERBS}|会议|公告`);

/** `…会议决` + `定李炳军…`: a verb broken by the line end. */
function verbAcross(cur: string, next: string): boolean {
  const a = cur.charAt(cur.length - 1);
  const b = next.charAt(0);
  return VOCABULARY.verbsAndMarks.has(a + b);
}

/** `会议任命:` inside a line: a bare verb before its list. */
const VERB_COLON = new RegExp(`(?:${VERBS}):`);

const SPAN_WORDS =
  /委员会|人民法院|人民检察院|人民政府|常务委员会|法院|检察院|委员|院长|庭长|局长|主任|审判员|检察员|秘书长|检察长|审判庭|分院|中级|高级|职务/g;
/** A word of the vocabulary runs across the line break (`…检察委员` + `会委员`). */
function wordAcross(cur: string, next: string): boolean {
  const tail = cur.slice(-6);
  const w = tail + next.slice(0, 6);
  SPAN_WORDS.lastIndex = 0;
  for (let m = SPAN_WORDS.exec(w); m; SPAN_WORDS.lastIndex = m.index + 1, m = SPAN_WORDS.exec(w))
    if (m.index < tail.length && m.index + m[0].length > tail.length) return true;
  return false;
}

/** The characters that end a sentence or a clause, or close a quotation or a parenthesis. */
const SENTENCE_ENDS = '。;!?)]】」”":：；！？）';

/**
 * The column width of text hard-wrapped by a layout (most lines of 8–60
 * characters have the same length), or 0 when the text is not wrapped.
 */
export function columnWidth(t: string): number {
  const count = new Map<number, number>();
  let lines = 0;
  let from = 0;
  while (from <= t.length) {
    let nl = t.indexOf("\n", from);
    if (nl < 0) nl = t.length;
    let a = from;
    let b = nl;
    while (a < b && t.charCodeAt(a) === 32) a++;
    while (b > a && t.charCodeAt(b - 1) === 32) b--;
    const len = b - a;
    // lines that end a sentence, a clause or a post are not evidence of a wrap
    if (len >= 8 && len <= 60 && !isOneOf(t.charCodeAt(b - 1), SENTENCE_ENDS) && !endsComplete(fold(t.slice(Math.max(a, b - 12), b)))) {
      lines++;
      count.set(len, (count.get(len) ?? 0) + 1);
    }
    from = nl + 1;
  }
  let best = 0;
  let bestN = 0;
  for (const [len, n] of count) {
    const around = n + (count.get(len - 1) ?? 0) + (count.get(len + 1) ?? 0);
    if (around > bestN) {
      best = len;
      bestN = around;
    }
  }
  return bestN >= 5 && bestN >= lines * 0.4 ? best : 0;
}

/** `…会议决定任命` + `姜国杰为…`: a sentence broken right after its verb. */
const VERB_END = new RegExp(`(?:${VOCABULARY.sentenceWords.map((w) => (w === "决定" ? "(?<![的项])决定" : w)).join("|")})$`);
/** A line that opens with a sentence verb. */
const VERB_START = new RegExp(`^(?:${VERBS})`);

/** `重庆市高级人民法院副院长:张三`: rows of a list printed as position, colon, names. */
const COLON_ROW = /^[^:,。;]{4,40}[:][^:,。;]{2,30}[;。]?$/;

const VERB_OR_LIST = new RegExp(`${VERBS}|名单|如下`);

/**
 * `重庆市高级人民法院副院长:` + `张三、李四`: a `职务:姓名` row whose names
 * went to the next line (a narrow column). The line before the colon is a
 * whole position, the next line names only.
 */
function colonRowBroken(cur: string, next: string): boolean {
  return (
    /^[^:,。;、 ]{4,40}:$/.test(cur) &&
    !/^(?:一|二|三|四|五|六|七|八|九|十|[0-9(])/.test(cur) &&
    !VERB_OR_LIST.test(cur) &&
    endsComplete(cur.slice(-13, -1)) &&
    /^[^ :,。;、为的]{2,4}(?:[ ]?[^ :,。;、为的]{1,3})?(?:、[^ :,。;、为的]{2,4}(?:[ ]?[^ :,。;、为的]{1,3})?)*[;。]?$/.test(next)
  );
}

/**
 * `张三、李四、赵` + `六、孙七为…`: a list of names broken inside a name that
 * ends in a numeral; the next line only looks like a numbered item. A real
 * heading (`六、批准`) names a verb right after its number.
 */
function numeralNameBroken(cur: string, next: string): boolean {
  return (
    /[^、 ]、[^、 0-9一二三四五六七八九十:,。;()]$/.test(cur) &&
    /^[一二三四五六七八九十]、[^、 ]/.test(next) &&
    !HEADING_AFTER_NUMBER.test(next) &&
    /^.、[^:,。;]{0,40}?(?:为|的)/.test(next)
  );
}

const HEADING_AFTER_NUMBER = new RegExp(`^.、(?:${VERBS}|代理|其他|关于)`);

/** `会议决定任命现任重庆市财政局局长` + `李四为…`: the name follows the post it holds. */
const HELD_BEFORE_NAME = /(?:任命|免去)(?:现任|原任)[^,。;:]{2,40}$/;

/** `…关于任命李国英为水利部部长` + `的决定`: a long title broken over two lines. */
function titleBroken(cur: string, next: string): boolean {
  return (
    cur.length <= 80 &&
    /关于/.test(cur) &&
    !/[,。;:]|决定$/.test(cur) &&
    (/^[^,。;:()]{0,30}的决定$/.test(next) || (cur.endsWith("的") && next === "决定"))
  );
}

/**
 * `甲一为某某区人民法院(某某法庭)` + `副院长、审判员;`: a list clause broken right after
 * an organ's alias in parentheses; the next line starts with the posts.
 */
function postsAfterAlias(cur: string, next: string): boolean {
  const alias = /\([^()]{2,30}\)$/.exec(cur);
  if (!alias || !isListClauseStart(cur.slice(0, 300)) || endsComplete(cur.slice(-12 - alias[0].length, -alias[0].length))) return false;
  const first = /^([^、,;。 ]+)/.exec(next);
  return !!first && isPost(first[1]!.replace(/职务$/, ""));
}

/** `甲一、乙二、王` + `　伟为…`: a line wrapped at the padding inside a two-character name. */
function paddedNameBroken(cur: string, next: string): boolean {
  return /(?:^|[、,:;])[\u3400-\u9fff]$/.test(cur.slice(-2)) && /^[\u3400-\u9fff](?:[、,;:为的(辞代]|同志)/.test(next);
}

const TITLE_END = /(?:公告|任免名单|名单|的决定|主席令)$/;
/** `重庆市人民代表大会常务委员会公` + `告`: a title hard-wrapped before its last characters. */
function titleWordBroken(cur: string, next: string): boolean {
  return next.length <= 3 && !/[ ,。;:、]/.test(next) && !TITLE_END.test(cur) && TITLE_END.test(cur.slice(-8) + next);
}

/** `赵六为…副院长` + an indented `审判委员会委员、审判员`: posts continued on the next line. */
export function continuesPosts(cur: string, next: string): boolean {
  if (!isListClauseStart(cur.slice(0, 300))) return false;
  const first = /^[、,]?[ ]*([^、,;。 ]+)/.exec(next);
  return !!first && isPost(first[1]!.replace(/职务$/, ""));
}

// ---------------------------------------------------------------------------
// the rules

/** The current line (its folded head and tail) and the next line, as a join rule sees them. */
export interface JoinSite {
  /** the current output line, folded: its head and tail when it is long (every test looks at its start or its end) */
  cur: string;
  curHead: string;
  curTail: string;
  curLen: number;
  curHeading: number;
  /** the current line holds a 。,;: */
  curPunct: boolean;
  /** `isPublishStamp(cur)` (needed while `curLen` < 80) and `isPublishStamp(next)`: the caller tests each printed line once */
  curStamp: boolean;
  nextStamp: boolean;
  /** the current line is the page's first */
  first: boolean;
  /** the next printed line, cleaned and folded */
  next: string;
  nextHeading: number;
  nextIndented: boolean;
  /** the column width of hard-wrapped text (0: not wrapped) and the length of the last printed line joined into `cur` */
  wrapWidth: number;
  lastPiece: number;
  /** memo of the shared guards of the run-on rules */
  memo?: { open?: boolean; allowed?: boolean };
}

export interface JoinRule extends RuleInfo {
  apply(s: JoinSite): boolean;
}

const last = (s: JoinSite) => s.curTail.charAt(s.curTail.length - 1);
const plainLines = (s: JoinSite) => s.curHeading === 0 && s.nextHeading === 0;
const ofWidth = (s: JoinSite) => s.wrapWidth > 0 && Math.abs(s.lastPiece - s.wrapWidth) <= 1;

/** A line of the column width that does not end on a complete post runs on. */
function wrapped(s: JoinSite): boolean {
  return ofWidth(s) && !endsComplete(s.curTail.slice(-12)) && !/(?:公告|名单|主席令|决定|通知|报告)$/.test(s.curTail);
}

/** The current line is open at its end: no sentence end, no heading, the next line not indented unless it continues posts. */
function open(s: JoinSite): boolean {
  const memo = (s.memo ??= {});
  memo.open ??= !TERMINAL.has(last(s)) && plainLines(s) && (!s.nextIndented || continuesPosts(s.cur, s.next));
  return memo.open;
}

/** What no run-on may cross: headings, list numbers, a new list clause (unless a wrap or a broken word), colon rows, table rows. */
function runOnAllowed(s: JoinSite): boolean {
  const memo = (s.memo ??= {});
  if (memo.allowed !== undefined) return memo.allowed;
  const { cur, next: f } = s;
  memo.allowed =
    !isSectionHeading(cur) &&
    !isSectionHeading(f) &&
    !isNumberedItem(f) &&
    !(/^[0-9]/.test(f) && endsComplete(cur.slice(-12))) &&
    (!isListClauseStart(f) ||
      wrapped(s) ||
      nameBrokenAfterVerb(cur, f) ||
      HELD_BEFORE_NAME.test(cur.slice(-50)) ||
      ((!endsComplete(cur.slice(-12)) || (last(s) === "职" && f.charAt(0) === "务")) && wordAcross(cur, f)) ||
      verbAcross(cur, f) ||
      ((VERB_END.test(cur.slice(-8)) || VERB_START.test(f)) && s.curPunct)) &&
    !(COLON_ROW.test(cur) && (COLON_ROW.test(f) || /^[^:,。;、 ]{4,40}:$/.test(f))) &&
    !(f.indexOf("|") >= 0 && cur.length < 200 && cur.indexOf("|") >= 0);
  return memo.allowed;
}

/** A rule of the run-on family: the line is open, `test` holds, and nothing forbids the run-on. */
const runOn = (name: string, reason: string, test: (s: JoinSite) => boolean): JoinRule => ({
  name,
  reason,
  apply: (s) => open(s) && test(s) && runOnAllowed(s),
});

export const TITLE_WORD_BROKEN: JoinRule = {
  name: "title word broken",
  reason: "`…常务委员会公` + `告`: a title hard-wrapped before its last characters",
  apply: (s) => s.nextHeading === 0 && titleWordBroken(s.cur, s.next),
};

export const LIST_RUNS_ON: JoinRule = {
  name: "list under a verb runs on",
  reason: "`会议任命:刘文为…院长;` filling the column + `陈智为…`: the list under the verb runs on past the line end",
  apply: (s) =>
    ofWidth(s) &&
    (last(s) === ";" || last(s) === ",") &&
    VERB_COLON.test(s.cur) &&
    isListClauseStart(s.next) &&
    !isSectionHeading(s.next) &&
    !isNumberedItem(s.next) &&
    !VERB_START.test(s.next) &&
    plainLines(s),
};

/** The join rules, in order: the first that applies joins the next line to the current one. */
export const JOIN_RULES: readonly JoinRule[] = [
  LIST_RUNS_ON,
  TITLE_WORD_BROKEN,
  {
    name: "posts after an alias",
    reason: "`甲一为某某区人民法院(某某法庭)` + `副院长、审判员;`: a clause broken right after an organ's alias in parentheses",
    apply: (s) => plainLines(s) && postsAfterAlias(s.cur, s.next),
  },
  {
    name: "padded name broken",
    reason: "`甲一、乙二、王` + `　伟为…`: a line wrapped at the padding inside a two-character name",
    apply: (s) => plainLines(s) && paddedNameBroken(s.cur, s.next),
  },
  {
    name: "colon row broken",
    reason: "`重庆市高级人民法院副院长:` + `张三、李四`: a `职务:姓名` row whose names went to the next line",
    apply: (s) => plainLines(s) && colonRowBroken(s.cur, s.next),
  },
  {
    name: "name ending in a numeral broken",
    reason: "`张三、李四、赵` + `六、孙七为…`: a list of names broken inside a name ending in a numeral (not item 六)",
    apply: (s) => plainLines(s) && numeralNameBroken(s.cur, s.next),
  },
  {
    name: "decision title broken",
    reason: "`…关于任命李国英为水利部部长` + `的决定`: a long title broken over two lines",
    apply: (s) => plainLines(s) && titleBroken(s.cur, s.next),
  },
  runOn("sentence runs on", "the line has punctuation or is long (no title) and does not end a sentence", (s) => !isTitleLike(s.cur)),
  runOn("column wrap", "hard-wrapped text: a line of the column width that does not end on a complete post", wrapped),
  runOn("name broken", "`蒋佩` + `伏为重庆市…`: a name broken at the end of a line", (s) => isBrokenName(s.cur, s.next)),
  runOn("post before its name", "`任命现任…局长` + `李四为…`: the name follows the post it holds", (s) =>
    HELD_BEFORE_NAME.test(s.cur.slice(-50)),
  ),
  runOn(
    "常务委员 + 会",
    "`…常务委员` + `会第…次会议`: the committee's name broken",
    (s) => /常务委员$/.test(s.cur) && s.next.charAt(0) === "会" && !s.next.startsWith("会议"),
  ),
  runOn("name broken after its verb", "`…决定任命姜国` + `杰为…`: a name broken right after its verb", (s) =>
    nameBrokenAfterVerb(s.cur, s.next),
  ),
  runOn("tail of a clause", "`冉诗玉为…检察委员` + `会委员;`: a list clause wrapped after a word that looks like a complete post", (s) =>
    tailOfClause(s.cur, s.next),
  ),
  runOn("verb broken", "`…会议决` + `定李炳军…`: a verb broken by the line end", (s) => verbAcross(s.cur, s.next)),
  runOn(
    "word broken",
    "`…检察委员` + `会委员`: a word of the vocabulary runs across the line break",
    (s) => !endsComplete(s.cur.slice(-12)) && !/[院局会府部厅]$/.test(s.cur) && wordAcross(s.cur, s.next),
  ),
  runOn("line opens with a separator", "the next line opens with `、` or `，`", (s) => /^[、,]/.test(s.next)),
  runOn("posts continued", "`赵六为…副院长` + an indented `审判委员会委员、审判员`: posts continued on the next line", (s) =>
    continuesPosts(s.cur, s.next),
  ),
];

/** A publish stamp (`2017年03月13日15:39 来源:…`) is a line of its own: never joined either way. */
export const KEEP_STAMP_APART: RuleInfo = { name: "publish stamp apart", reason: "a web page's publish stamp is a line of its own" };

/** The rule that joins the next line to the current one, or null when the line break stays. */
export function joinRule(s: JoinSite): JoinRule | null {
  // the first line only for a broken title word: a page often opens with its title
  if (s.first) return TITLE_WORD_BROKEN.apply(s) ? TITLE_WORD_BROKEN : null;
  if ((s.curLen < 80 && s.curStamp) || s.nextStamp) return null;
  // most lines end a sentence: of the rules, only a broken title word joins after a `。` (every
  // other rule needs the line open at its end, or ending on `;` `,` `:` `)` or a name's character,
  // or holding no `。`; joins.test.ts tries each rule after a `。`)
  if (s.curTail.endsWith("。")) return TITLE_WORD_BROKEN.apply(s) ? TITLE_WORD_BROKEN : null;
  // a list line ends on `;`: then only the list under a verb runs on or a broken title word joins
  // (every other rule needs the line open at its end, or ending on `)`, `:` or a name's
  // character, or holding no `;`; joins.test.ts tries each rule after a `;`)
  if (s.curTail.endsWith(";")) {
    if (LIST_RUNS_ON.apply(s)) return LIST_RUNS_ON;
    return TITLE_WORD_BROKEN.apply(s) ? TITLE_WORD_BROKEN : null;
  }
  for (const rule of JOIN_RULES) if (rule.apply(s)) return rule;
  return null;
}

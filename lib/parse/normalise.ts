// Stage 1: normalise. NFKC (per code point, cached), punctuation unification,
// markdown residue, page headers, inline pinyin glosses, lines broken inside a
// clause joined. Every character of the result keeps the offset of the input
// character it came from, so spans can be mapped back to the original string.
import { fold } from "./fold";
import { DATELINE, endsComplete, isListClauseStart, isNumberedItem, isPost, PUBLISH_STAMP } from "./lexicon";
import { isSectionHeading, VOCABULARY } from "./vocabulary";

/** The sentence verbs of the vocabulary (任命|免去|决定|…), for the join tests. */
const VERBS = VOCABULARY.sentenceVerbs;

export interface Line {
  /** [start, end) in `text` */
  start: number;
  end: number;
  /** markdown heading level (`##` → 2), 0 when none */
  heading: number;
  /** the printed line started with an indentation (a new paragraph) */
  indented: boolean;
}

export interface Normalised {
  source: string;
  /** the normalised text, lines separated by "\n" */
  text: string;
  /** `text` with Traditional characters folded to Simplified (same length) */
  folded: string;
  /** map[i] = offset in `source` of the character that produced text[i]; map[text.length] = source.length */
  map: Int32Array;
  lines: Line[];
  /** a page header dropped from the text that prints the page's date (`重庆日报 2024年11月29日 星期五`) */
  pageHeader?: string;
}

const nfkcCache = new Map<number, string>();

/** Characters that NFKC leaves alone but that we unify or drop. */
function extraUnify(s: string): string {
  switch (s) {
    case "\t":
    case "\u00a0":
    case "\u3000":
      return " ";
    case "\u200b":
    case "\u200c":
    case "\u200d":
    case "\u2060":
    case "\ufeff":
    case "\r":
      return "";
    // Direction controls (U+202E inside 重庆市人民政府 hid the entry; issue 16): dropped like the zero-width ones.
    case "\u061c":
    case "\u200e":
    case "\u200f":
    case "\u202a":
    case "\u202b":
    case "\u202c":
    case "\u202d":
    case "\u202e":
    case "\u2066":
    case "\u2067":
    case "\u2068":
    case "\u2069":
      return "";
    case "\uff61":
      return "。";
    case "\u2014":
    case "\u2015":
      return "—";
    default:
      return s;
  }
}

function nfkcOf(cp: number): string {
  let r = nfkcCache.get(cp);
  if (r === undefined) {
    const s = String.fromCodePoint(cp);
    // circled and parenthesised list numbers (①, ❶, ⒈) read as `(1)` like ⑴ does
    if ((cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x24f5 && cp <= 0x24fe)) {
      const base = cp >= 0x2460 && cp <= 0x2473 ? cp - 0x2460 : cp >= 0x2776 ? (cp - 0x2776) % 10 : cp - 0x24f5;
      r = `(${base + 1})`;
      nfkcCache.set(cp, r);
      return r;
    }
    r = extraUnify(s.normalize("NFKC"));
    if (r.length === 1) r = extraUnify(r);
    nfkcCache.set(cp, r);
  }
  return r;
}

interface Pass1 {
  text: string;
  map: Int32Array;
}

const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/** NFKC per code point with an offset map. CRLF/CR become LF. */
function pass1(source: string): Pass1 {
  const n = source.length;
  let out = new Uint16Array(n + 16);
  let map = new Int32Array(n + 16);
  let changed = false;
  let j = 0; // output length so far
  const grow = (need: number) => {
    if (need <= map.length) return;
    const size = Math.max(need, map.length * 2);
    const m2 = new Int32Array(size);
    m2.set(map);
    map = m2;
    const o2 = new Uint16Array(size);
    o2.set(out);
    out = o2;
  };
  for (let i = 0; i < n; ) {
    const c = source.charCodeAt(i);
    // fast path: printable ASCII, LF, CJK unified ideographs and common CJK punctuation stay as they are
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002) {
      out[j] = c;
      map[j++] = i;
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = source.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let r: string;
    if (c === 0x0d) r = source.charCodeAt(i + 1) === 0x0a ? "" : "\n";
    else r = nfkcOf(cp);
    if (r.length !== width || r !== source.slice(i, i + width)) changed = true;
    if (j + r.length + 1 > map.length) grow(j + r.length + 16 + (n - i));
    for (let k = 0; k < r.length; k++) {
      out[j] = r.charCodeAt(k);
      map[j++] = i;
    }
    i += width;
  }
  const text = changed ? utf16.decode(out.subarray(0, j)) : source;
  grow(j + 1);
  map[j] = n;
  return { text, map: map.subarray(0, j + 1) };
}

// ---------------------------------------------------------------------------
// line-level cleaning

const HEADING = /^[ ]*(#{1,6})[ ]*/;
/** Removed inside a line: pinyin glosses `會(huì)`, markdown emphasis `**`, and the padding of a two-character name (`王 伟为…`, `、李 明、`). */
const DROP_IN_LINE =
  /(?<=[\u3400-\u9fff])[ ]?\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)|\*{2,}|_{2,}|(?<=(?:^|[、,:;( 为命去定受准])[\u3400-\u9fff])[ ](?=[\u3400-\u9fff](?:[、,;:为的(辞代]|同志|$))/g;
/** Markdown bullets and quotes at the start of a line. */
const BULLET = /^(?:(?:[-*+>]|\d{1,2}\.(?=[ ]))[ ]+)+/;
const PAGE_TURN = /^[([【]?[上下][接转轉](第)?[0-9A-Za-z一二三四五六七八九十]{1,3}版[)\]】]?$/;
const PAGE_NO = /^(第)?[A-Z]?[0-9]{1,3}(版)?$|^-[ ]*[0-9]{1,3}[ ]*-$/;
const EDITOR = /(责任编辑|責任編輯|美术编辑|美術編輯|版式设计|版面编辑|版面編輯|值班编辑|本版编辑|校对)[::]?/;
const MASTHEAD =
  /(日报|日報|晚报|晨报|时报|時報).{0,20}[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日.{0,6}星期|星期[一二三四五六日天].{0,12}(日报|日報|版)|^[^ ,。;:]{0,8}(日报|日報|晚报|晨报|时报|時報)[ ]*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$|^星期[一二三四五六日天]$/;
/** A line ends a sentence or a block when its last character is one of these. */
const TERMINAL = new Set(["。", ";", "!", "?", ")", "]", "】", "」", "』", "”", '"', ":", "…", ">", "|"]);

function isPageHeader(line: string): boolean {
  if (line.length > 60) return false;
  if (PAGE_TURN.test(line) || PAGE_NO.test(line)) return true;
  if (line.indexOf("。") < 0 && (EDITOR.test(line) || MASTHEAD.test(line))) return true;
  return false;
}

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

const PUNCT = /[。,;:]/;
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
    const end = t.slice(Math.max(a, b - 12), b);
    if (len >= 8 && len <= 60 && !/[。;!?)\]】」”":：；！？）]$/.test(end) && !endsComplete(fold(end))) {
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
function continuesPosts(cur: string, next: string): boolean {
  if (!isListClauseStart(cur.slice(0, 300))) return false;
  const first = /^[、,]?[ ]*([^、,;。 ]+)/.exec(next);
  return !!first && isPost(first[1]!.replace(/职务$/, ""));
}

interface RawLine {
  /** kept ranges in pass-1 text */
  ranges: number[];
  heading: number;
  indented: boolean;
  text: string; // cleaned text (for tests of its shape)
}

function cleanLine(t1: string, s: number, e: number, sink?: { pageHeader?: string }): RawLine | null {
  let raw = t1.slice(s, e);
  const indented = /^( {2,}|\u3000)/.test(raw) || /^ +[^ ]/.test(raw);
  let heading = 0;
  let offset = s;
  const h = HEADING.exec(raw);
  if (h?.[1]) {
    heading = h[1].length;
    offset += h[0].length;
    raw = raw.slice(h[0].length);
  }
  // trim
  let a = 0;
  let b = raw.length;
  while (a < b && raw.charCodeAt(a) === 32) a++;
  while (b > a && raw.charCodeAt(b - 1) === 32) b--;
  if (a === b) return null;
  raw = raw.slice(a, b);
  offset += a;
  if (isPageHeader(raw)) {
    // `责任编辑:某某新华社北京5月6日电 …`: a story's dateline run into the byline before it stays
    const dateline = EDITOR.test(raw) ? DATELINE.exec(raw) : null;
    if (!dateline) {
      if (sink && sink.pageHeader === undefined && /[0-9]{4}年/.test(raw)) sink.pageHeader = raw;
      return null;
    }
    raw = raw.slice(dateline.index);
    offset += dateline.index;
  }
  // a markdown table: the separator row goes, the outer bars of a row go, the
  // inner bars stay as cell gaps (read by the table-row parser)
  if (raw.charCodeAt(0) === 124 && raw.length > 1 && raw.charCodeAt(raw.length - 1) === 124) {
    if (/^[|:\- ]+$/.test(raw)) return null;
    raw = raw.slice(1, -1);
    offset += 1;
    let c = 0;
    while (c < raw.length && raw.charCodeAt(c) === 32) c++;
    let d = raw.length;
    while (d > c && raw.charCodeAt(d - 1) === 32) d--;
    raw = raw.slice(c, d);
    offset += c;
    if (!raw) return null;
  }
  const ranges: number[] = [];
  let from = 0;
  let text = "";
  const bullet = BULLET.exec(raw);
  if (bullet && !/^\d/.test(bullet[0])) {
    raw = raw.slice(bullet[0].length);
    offset += bullet[0].length;
  }
  if (raw.indexOf("(") >= 0 || raw.indexOf("*") >= 0 || raw.indexOf("__") >= 0 || raw.indexOf(" ") >= 0) {
    DROP_IN_LINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DROP_IN_LINE.exec(raw))) {
      ranges.push(offset + from, offset + m.index);
      text += raw.slice(from, m.index);
      from = m.index + m[0].length;
    }
  }
  ranges.push(offset + from, offset + raw.length);
  text += raw.slice(from);
  return { ranges, heading, indented, text };
}

export function normalise(source: string): Normalised {
  const p1 = pass1(source);
  const t1 = p1.text;
  const n1 = t1.length;
  const map = new Int32Array(n1 + 1);
  const pieces: string[] = [];
  const lines: Line[] = [];
  let j = 0;
  let cur: Line | null = null;
  // folded text of the current output line (for join decisions): its first and last HEAD characters
  const HEAD = 200;
  let curHead = "";
  let curTail = "";
  let curLen = 0;
  const addCur = (x: string) => {
    if (curHead.length < HEAD) curHead += x.slice(0, HEAD - curHead.length);
    curTail = x.length >= HEAD ? x.slice(-HEAD) : (curTail + x).slice(-HEAD);
    curLen += x.length;
  };

  const emit = (ranges: number[]) => {
    for (let r = 0; r < ranges.length; r += 2) {
      const a = ranges[r]!;
      const b = ranges[r + 1]!;
      if (a >= b) continue;
      pieces.push(t1.slice(a, b));
      map.set(p1.map.subarray(a, b), j);
      j += b - a;
    }
  };

  const sink: { pageHeader?: string } = {};
  const wrapWidth = columnWidth(t1);
  let lastPiece = 0; // length of the last raw line added to `cur`
  let curPunct = false; // `curText` holds a 。,;: (kept incrementally: curText can grow long)
  let pos = 0;
  while (pos <= n1) {
    let nl = t1.indexOf("\n", pos);
    if (nl < 0) nl = n1;
    const rl = pos < nl ? cleanLine(t1, pos, nl, sink) : null;
    if (rl) {
      const f = fold(rl.text);
      let join = false;
      if (cur && cur !== lines[0]) {
        // the current line as its head and tail only (a paragraph joined from
        // many lines grows long; every test here looks at its start or its end)
        const curText = curLen <= HEAD ? curHead : curLen <= 2 * HEAD ? curHead + curTail.slice(2 * HEAD - curLen) : curHead + curTail;
        const last = curTail.charAt(curTail.length - 1);
        // a line of the column width that does not end on a complete post runs on
        const wrapped =
          wrapWidth > 0 &&
          Math.abs(lastPiece - wrapWidth) <= 1 &&
          !endsComplete(curTail.slice(-12)) &&
          !/(?:公告|名单|主席令|决定|通知|报告)$/.test(curTail);
        // `会议任命:刘文为…院长;` filling the column + `陈智为…`: the list under
        // the verb runs on past the line end
        const listRunsOn =
          wrapWidth > 0 &&
          Math.abs(lastPiece - wrapWidth) <= 1 &&
          (last === ";" || last === ",") &&
          VERB_COLON.test(curText) &&
          isListClauseStart(f) &&
          !isSectionHeading(f) &&
          !isNumberedItem(f) &&
          !VERB_START.test(f);
        // a publish stamp (`2017年03月13日15:39 来源:…`) is a line of its own
        const stamp = curLen < 80 && PUBLISH_STAMP.test(curText);
        join =
          !stamp &&
          !(f.length < 80 && PUBLISH_STAMP.test(f)) &&
          ((listRunsOn && cur.heading === 0 && rl.heading === 0) ||
            (titleWordBroken(curText, f) && rl.heading === 0) ||
            (postsAfterAlias(curText, f) && cur.heading === 0 && rl.heading === 0) ||
            (paddedNameBroken(curText, f) && cur.heading === 0 && rl.heading === 0) ||
            ((colonRowBroken(curText, f) || numeralNameBroken(curText, f) || titleBroken(curText, f)) &&
              cur.heading === 0 &&
              rl.heading === 0) ||
            (!TERMINAL.has(last) &&
              cur.heading === 0 &&
              rl.heading === 0 &&
              (!rl.indented || continuesPosts(curText, f)) &&
              (!isTitleLike(curText) ||
                wrapped ||
                isBrokenName(curText, f) ||
                HELD_BEFORE_NAME.test(curText.slice(-50)) ||
                (/常务委员$/.test(curText) && f.charAt(0) === "会" && !f.startsWith("会议")) ||
                nameBrokenAfterVerb(curText, f) ||
                tailOfClause(curText, f) ||
                verbAcross(curText, f) ||
                (!endsComplete(curText.slice(-12)) && !/[院局会府部厅]$/.test(curText) && wordAcross(curText, f)) ||
                /^[、,]/.test(f) ||
                continuesPosts(curText, f)) &&
              !isSectionHeading(curText) &&
              !isSectionHeading(f) &&
              !isNumberedItem(f) &&
              !(/^[0-9]/.test(f) && endsComplete(curText.slice(-12))) &&
              (!isListClauseStart(f) ||
                wrapped ||
                nameBrokenAfterVerb(curText, f) ||
                HELD_BEFORE_NAME.test(curText.slice(-50)) ||
                ((!endsComplete(curText.slice(-12)) || (last === "职" && f.charAt(0) === "务")) && wordAcross(curText, f)) ||
                verbAcross(curText, f) ||
                ((VERB_END.test(curText.slice(-8)) || VERB_START.test(f)) && curPunct)) &&
              !(COLON_ROW.test(curText) && (COLON_ROW.test(f) || /^[^:,。;、 ]{4,40}:$/.test(f))) &&
              !(f.indexOf("|") >= 0 && curText.length < 200 && curText.indexOf("|") >= 0)));
      } else if (cur && rl.heading === 0 && titleWordBroken(curHead, f)) {
        // the first line too: a page often opens with its title
        join = true;
      }
      if (join && cur) {
        if (rl.indented && !/^[、,]/.test(f) && continuesPosts(curHead, f) && endsComplete(curTail.slice(-20))) {
          // posts continued on the next line: the line break separates two posts
          pieces.push("、");
          map[j] = j > 0 ? map[j - 1]! + 1 : 0;
          j++;
          addCur("、");
        }
        emit(rl.ranges);
        cur.end = j;
        addCur(f);
        lastPiece = f.length;
        curPunct ||= PUNCT.test(f);
      } else {
        if (cur) {
          // line separator, mapped to the end of the previous line
          pieces.push("\n");
          map[j] = j > 0 ? map[j - 1]! + 1 : 0;
          j++;
        }
        const start = j;
        emit(rl.ranges);
        cur = { start, end: j, heading: rl.heading, indented: rl.indented };
        lines.push(cur);
        curHead = "";
        curTail = "";
        curLen = 0;
        addCur(f);
        lastPiece = f.length;
        curPunct = PUNCT.test(f);
      }
    }
    pos = nl + 1;
  }
  const text = pieces.join("");
  map[j] = source.length;
  // separators were mapped to "end of previous line + 1", clamp into the source
  const m = map.subarray(0, j + 1);
  for (let k = 0; k < j; k++) if (m[k]! > source.length) m[k] = source.length;
  const out: Normalised = { source, text, folded: fold(text), map: m, lines };
  if (sink.pageHeader !== undefined) out.pageHeader = sink.pageHeader;
  return out;
}

/** Maps a [start, end) range of normalised text back to the source. */
export function toSourceSpan(n: Normalised, start: number, end: number): [number, number] {
  const s = n.map[start]!;
  if (end <= start) return [s, s];
  const lastSrc = n.map[end - 1]!;
  const code = n.source.charCodeAt(lastSrc);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return [s, Math.min(n.source.length, lastSrc + width)];
}

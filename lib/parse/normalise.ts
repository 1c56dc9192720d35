// Stage 1: normalise. NFKC (per code point, cached), punctuation unification,
// markdown residue, page headers, inline pinyin glosses, lines broken inside a
// clause joined. Every character of the result keeps the offset of the input
// character it came from, so spans can be mapped back to the original string.
import { FOLD_TABLE, fold } from "./fold";
import { columnWidth, continuesPosts, type JoinRule, type JoinSite, joinRule } from "./joins";
import { DATELINE, endsComplete, isPublishStamp } from "./lexicon";
import { unitsToString } from "./units";

export interface Line {
  /** [start, end) in `text` */
  start: number;
  end: number;
  /** markdown heading level (`##` → 2), 0 when none */
  heading: number;
  /** the printed line started with an indentation (a new paragraph) */
  indented: boolean;
  /** printed lines joined into this one: the join rule and the offset where the joined text starts */
  joins?: { rule: string; at: number }[];
}

export interface Normalised {
  source: string;
  /** the normalised text, lines separated by "\n" */
  text: string;
  /** `text` with Traditional characters folded to Simplified (same length) */
  folded: string;
  /** map.at(i) = offset in `source` of the character that produced text[i]; map.at(text.length) = source.length */
  map: OffsetMap;
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

/**
 * The fold table held by this module: the loops below read it per unit, and a
 * binding read once costs nothing per unit (an imported name may be an
 * accessor when the module is loaded as CommonJS, e.g. under tsx).
 */
const foldTable = FOLD_TABLE;
const foldUnit = (c: number) => foldTable[c] || c;

interface Pass1 {
  text: string;
  /** the code units of `text` (a view of the shared buffer when it was large enough) */
  units: Uint16Array;
  /** the text holds a unit that folds to another (without one, every line is its own folded form) */
  traditional: boolean;
  /** map[i] = offset in the source of text[i]; null when that is i itself (no unit added or dropped) */
  map: Int32Array | null;
}

/**
 * NFKC of BMP code units whose result is one code unit, as a table: 0 when not
 * computed yet, 0xffff when the result is not one unit (empty, several units,
 * CR). Filled on first sight; a table lookup is much cheaper than a Map.
 */
const single = new Uint16Array(0x10000);
const MULTI = 0xffff;

function singleOf(c: number): number {
  const r = nfkcOf(c);
  const code = c === 0x0d || (c >= 0xd800 && c <= 0xdfff) || r.length !== 1 ? MULTI : r.charCodeAt(0);
  single[c] = code;
  return code;
}

/**
 * One array of code units kept between calls, written by pass 1 and then
 * compacted in place into the output (which never runs ahead of the pass-1
 * units it reads: see Output.copy): a fresh array as long as a big text is
 * memory the system maps and zeroes page by page, which cost as much as the
 * copy into it. Texts up to SCRATCH_MAX units reuse it.
 */
let scratch = new Uint16Array(0);
const SCRATCH_MAX = 1 << 25;

/** An array of at least `size` units, with stale content: callers write before they read. */
function unitBuffer(size: number): Uint16Array {
  if (scratch.length >= size) return scratch;
  const units = new Uint16Array(size);
  if (size <= SCRATCH_MAX) scratch = units;
  return units;
}

/** NFKC per code point with an offset map. CRLF/CR become LF. */
function pass1(source: string): Pass1 {
  const n = source.length;
  let out = unitBuffer(n + 16);
  // units of `out` (and of `map`) in use: the buffer may be longer
  let capacity = n + 16;
  // the offset map is written only from the first unit added or dropped on (before it, offsets are identical)
  let map: Int32Array | null = null;
  let changed = false;
  let traditional = false;
  let j = 0; // output length so far
  for (let i = 0; i < n; ) {
    const c = source.charCodeAt(i);
    // fast paths: CJK unified ideographs (most of a page, tested first; the only ones of these
    // that may fold), printable ASCII, LF and common CJK punctuation stay as they are
    if (c >= 0x4e00 && c <= 0x9fff) {
      if (foldTable[c]) traditional = true;
      out[j] = c;
      if (map) map[j] = i;
      j++;
      i++;
      continue;
    }
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x3001 || c === 0x3002) {
      out[j] = c;
      if (map) map[j] = i;
      j++;
      i++;
      continue;
    }
    // one unit in, one unit out (full-width punctuation, compatibility forms): from the table
    const one = single[c] || singleOf(c);
    if (one !== MULTI) {
      if (one !== c) changed = true;
      if (foldTable[one]) traditional = true;
      out[j] = one;
      if (map) map[j] = i;
      j++;
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
    if (!map && (r.length !== width || width !== 1)) {
      // from here on offsets differ: the map starts, identical so far
      map = new Int32Array(capacity);
      for (let k = 0; k < j; k++) map[k] = k;
    }
    if (j + r.length + 1 > capacity) {
      // grown here rather than in a closure, so that `out`, `map` and `j` stay plain locals
      const size = Math.max(j + r.length + 16 + (n - i), capacity * 2);
      capacity = size;
      const o2 = new Uint16Array(size);
      o2.set(out.subarray(0, j));
      out = o2;
      if (map) {
        const m2 = new Int32Array(size);
        m2.set(map);
        map = m2;
      }
    }
    for (let k = 0; k < r.length; k++) {
      out[j] = r.charCodeAt(k);
      if (foldTable[out[j]!]) traditional = true;
      if (map) map[j] = i;
      j++;
    }
    i += width;
  }
  const text = changed ? unitsToString(out.subarray(0, j)) : source;
  return { text, units: out.subarray(0, j), traditional, map: map ? map.subarray(0, j) : null };
}

// ---------------------------------------------------------------------------
// line-level cleaning

const HEADING = /^[ ]*(#{1,6})[ ]*/;
/** Punctuation inside a line: a sentence, not a title. */
const PUNCT = /[。,;:]/;
/** Removed inside a line: pinyin glosses `會(huì)`, markdown emphasis `**`, and the padding of a two-character name (`王 伟为…`, `、李 明、`). */
const DROP_IN_LINE =
  /(?<=[\u3400-\u9fff])[ ]?\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)|\*{2,}|_{2,}|(?<=(?:^|[、,:;( 为命去定受准])[\u3400-\u9fff])[ ](?=[\u3400-\u9fff](?:[、,;:为的(辞代]|同志|$))/g;
/** What any DROP_IN_LINE match holds (one scan instead of four searches). */
const MAY_DROP = /[( *]|__/;
/** Markdown bullets and quotes at the start of a line. */
const BULLET = /^(?:(?:[-*+>]|\d{1,2}\.(?=[ ]))[ ]+)+/;
/** The first character of a bullet (a cheap test before BULLET). */
const BULLET_START = /^[-*+>\d]/;
const PAGE_TURN = /^[([【]?[上下][接转轉](第)?[0-9A-Za-z一二三四五六七八九十]{1,3}版[)\]】]?$/;
const PAGE_NO = /^(第)?[A-Z]?[0-9]{1,3}(版)?$|^-[ ]*[0-9]{1,3}[ ]*-$/;
const EDITOR = /(责任编辑|責任編輯|美术编辑|美術編輯|版式设计|版面编辑|版面編輯|值班编辑|本版编辑|校对)[::]?/;
const MASTHEAD =
  /(日报|日報|晚报|晨报|时报|時報).{0,20}[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日.{0,6}星期|星期[一二三四五六日天].{0,12}(日报|日報|版)|^[^ ,。;:]{0,8}(日报|日報|晚报|晨报|时报|時報)[ ]*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$|^星期[一二三四五六日天]$/;

/** A character that every EDITOR or MASTHEAD match holds (编辑, 设计, 校对; 报, 星期): lines without one skip both patterns. */
const HEADER_CHAR = /[辑輯计对报報期]/;

function isPageHeader(line: string): boolean {
  if (line.length > 60) return false;
  if (PAGE_TURN.test(line) || PAGE_NO.test(line)) return true;
  if (line.indexOf("。") < 0 && HEADER_CHAR.test(line) && (EDITOR.test(line) || MASTHEAD.test(line))) return true;
  return false;
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
  // two spaces or an ideographic space, or spaces then text (character codes: this runs on every line)
  const c0 = raw.charCodeAt(0);
  const indented = c0 === 0x3000 || (c0 === 0x20 && raw.length > 1);
  let heading = 0;
  let offset = s;
  const h = raw.indexOf("#") >= 0 ? HEADING.exec(raw) : null;
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
  const bullet = BULLET_START.test(raw) ? BULLET.exec(raw) : null;
  if (bullet && !/^\d/.test(bullet[0])) {
    raw = raw.slice(bullet[0].length);
    offset += bullet[0].length;
  }
  // most lines drop nothing: one range, the line itself (an array grown by push reserves far more)
  if (!MAY_DROP.test(raw)) return { ranges: [offset, offset + raw.length], heading, indented, text: raw };
  const ranges: number[] = [];
  let from = 0;
  let text = "";
  DROP_IN_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DROP_IN_LINE.exec(raw))) {
    ranges.push(offset + from, offset + m.index);
    text += raw.slice(from, m.index);
    from = m.index + m[0].length;
  }
  ranges.push(offset + from, offset + raw.length);
  text += raw.slice(from);
  return { ranges, heading, indented, text };
}

/**
 * The normalised text as it is built: its code units, their folded form and
 * the source offset of each, in typed arrays (one decode at the end instead of
 * a string per piece).
 */
class Output {
  chars: Uint16Array;
  /** the folded units, made on the first unit that folds to another (most text has none) */
  folded: Uint16Array | null = null;
  length = 0;
  readonly offsets: OffsetMap;

  /** units of `chars` (and `folded`) in use: `chars` may be the longer shared buffer */
  private capacity: number;

  /** the pass-1 units the ranges are copied from */
  private readonly from: Uint16Array;

  constructor(from: Uint16Array, capacity: number, pass1Map: Int32Array | null, sourceLength: number) {
    this.from = from;
    this.chars = unitBuffer(capacity);
    this.capacity = capacity;
    this.offsets = new OffsetMap(pass1Map, sourceLength);
  }

  private reserve(more: number): void {
    const need = this.length + more + 1;
    if (need <= this.capacity) return;
    const size = Math.max(need, this.capacity * 2);
    this.capacity = size;
    const chars = new Uint16Array(size);
    chars.set(this.chars.subarray(0, this.length));
    this.chars = chars;
    if (this.folded) {
      const folded = new Uint16Array(size);
      folded.set(this.folded.subarray(0, this.length));
      this.folded = folded;
    }
  }

  /**
   * Copies [a, b) of the pass-1 units (its source offsets are recorded as one
   * run). `plain`: the caller knows no unit of it folds to another. The output
   * never runs ahead of the units it reads (each line's kept ranges come from
   * that line, and a separator takes the place of the line break before them),
   * so `chars` may be the pass-1 buffer itself.
   */
  copy(a: number, b: number, plain: boolean): void {
    this.reserve(b - a);
    const chars = this.chars;
    const from = this.from;
    this.offsets.run(this.length, a);
    let j = this.length;
    let k = a;
    if (plain && !this.folded) {
      // (a loop, not copyWithin/set: a line's range is short, and a call into the runtime costs more than the copy)
      for (; k < b; k++) chars[j++] = from[k]!;
      this.length = j;
      return;
    }
    // until a unit folds to another, only the units are written
    if (!this.folded)
      for (; k < b; k++) {
        const c = from[k]!;
        chars[j] = c;
        if (foldUnit(c) !== c) {
          this.startFolding(j, c);
          j++;
          k++;
          break;
        }
        j++;
      }
    const folded = this.folded;
    if (folded)
      for (; k < b; k++) {
        const c = from[k]!;
        chars[j] = c;
        folded[j++] = foldUnit(c);
      }
    this.length = j;
  }

  /** The first unit that folds: the folded units so far equal the units. */
  private startFolding(j: number, c: number): void {
    const folded = new Uint16Array(this.capacity);
    folded.set(this.chars.subarray(0, j));
    folded[j] = foldUnit(c);
    this.folded = folded;
  }

  /** Adds a separator (`\n`, `、`) mapped just after the previous character. */
  separator(code: number): void {
    this.reserve(1);
    const j = this.length;
    this.chars[j] = code;
    if (this.folded) this.folded[j] = code;
    this.offsets.separatorAt(j);
    this.length = j + 1;
  }
}

/**
 * Offsets in the source of the normalised text, as runs: the text is made of
 * ranges copied from the pass-1 text (whose offsets are the pass-1 map's, or
 * the indices themselves) and separators (mapped just after the character
 * before them). A lookup is a binary search over the runs; no array as long as
 * the text is written.
 */
export class OffsetMap {
  /** normalised offset where each run starts (the first `runs` items) */
  private starts = new Int32Array(1024);
  /** pass-1 offset of the run's first unit, or -1 - (source offset) for a separator */
  private from = new Int32Array(1024);
  private runs = 0;
  /** normalised length (set when the text is complete) */
  length = Number.POSITIVE_INFINITY;

  constructor(
    private readonly pass1Map: Int32Array | null,
    private readonly sourceLength: number,
  ) {}

  private push(at: number, from: number): void {
    if (this.runs === this.starts.length) {
      const starts = new Int32Array(this.runs * 2);
      starts.set(this.starts);
      this.starts = starts;
      const f = new Int32Array(this.runs * 2);
      f.set(this.from);
      this.from = f;
    }
    this.starts[this.runs] = at;
    this.from[this.runs++] = from;
  }

  run(at: number, pass1Offset: number): void {
    this.push(at, pass1Offset);
  }

  separatorAt(at: number): void {
    // the character before is in the last run
    const last = this.runs - 1;
    let src = 0;
    if (last >= 0) {
      const f = this.from[last]!;
      const k = f + (at - 1 - this.starts[last]!);
      src = (f < 0 ? -1 - f : this.pass1Map ? this.pass1Map[k]! : k) + 1;
    }
    this.push(at, -1 - src);
  }

  /** The source offset of normalised offset `i` (the source length at the end of the text). */
  at(i: number): number {
    if (i >= this.length) return this.sourceLength;
    // separators were mapped to "end of previous line + 1": clamped into the source
    return Math.min(this.raw(i), this.sourceLength);
  }

  /** the run of the last lookup: spans are mapped in about text order, so a lookup mostly falls in it or the next */
  private last = 0;

  private raw(i: number): number {
    const starts = this.starts;
    const runs = this.runs;
    // (runs are never empty: their starts increase strictly)
    let lo = this.last;
    if (!(lo < runs && starts[lo]! <= i && (lo + 1 === runs || starts[lo + 1]! > i))) {
      lo++;
      if (!(lo < runs && starts[lo]! <= i && (lo + 1 === runs || starts[lo + 1]! > i))) {
        lo = 0;
        let hi = runs - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= i) lo = mid;
          else hi = mid - 1;
        }
      }
    }
    this.last = lo;
    const f = this.from[lo]!;
    if (f < 0) return -1 - f;
    const k = f + (i - starts[lo]!);
    return this.pass1Map ? this.pass1Map[k]! : k;
  }
}

export function normalise(source: string): Normalised {
  const p1 = pass1(source);
  const t1 = p1.text;
  const n1 = t1.length;
  const out = new Output(p1.units, n1 + 16, p1.map, source.length);
  const lines: Line[] = [];
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

  const emit = (ranges: number[], plain: boolean) => {
    for (let r = 0; r < ranges.length; r += 2) if (ranges[r]! < ranges[r + 1]!) out.copy(ranges[r]!, ranges[r + 1]!, plain);
  };

  const sink: { pageHeader?: string } = {};
  const wrapWidth = columnWidth(t1);
  let lastPiece = 0; // length of the last raw line added to `cur`
  let curPunct = false; // `curText` holds a 。,;: (kept incrementally: curText can grow long)
  let curStamp = false; // `curText` is a publish stamp: the line's own test, tested again after a join
  // one join site for every line, its fields set per line (no object of 14 fields per line)
  const site: JoinSite = {
    cur: "",
    curHead: "",
    curTail: "",
    curLen: 0,
    curHeading: 0,
    curPunct: false,
    curStamp: false,
    nextStamp: false,
    first: false,
    next: "",
    nextHeading: 0,
    nextIndented: false,
    wrapWidth,
    lastPiece: 0,
    memo: undefined,
  };
  let pos = 0;
  while (pos <= n1) {
    let nl = t1.indexOf("\n", pos);
    if (nl < 0) nl = n1;
    const rl = pos < nl ? cleanLine(t1, pos, nl, sink) : null;
    if (rl) {
      const f = p1.traditional ? fold(rl.text) : rl.text;
      const nextStamp = isPublishStamp(f);
      let join: JoinRule | null = null;
      if (cur) {
        const first = cur === lines[0];
        // the current line as its head and tail only (a paragraph joined from
        // many lines grows long; every test looks at its start or its end)
        const curText =
          first || curLen <= HEAD ? curHead : curLen <= 2 * HEAD ? curHead + curTail.slice(2 * HEAD - curLen) : curHead + curTail;
        site.cur = curText;
        site.curHead = curHead;
        site.curTail = curTail;
        site.curLen = curLen;
        site.curHeading = cur.heading;
        site.curPunct = curPunct;
        site.curStamp = curStamp;
        site.nextStamp = nextStamp;
        site.first = first;
        site.next = f;
        site.nextHeading = rl.heading;
        site.nextIndented = rl.indented;
        site.lastPiece = lastPiece;
        site.memo = undefined;
        join = joinRule(site);
      }
      if (join && cur) {
        (cur.joins ??= []).push({ rule: join.name, at: out.length });
        if (rl.indented && !/^[、,]/.test(f) && continuesPosts(curHead, f) && endsComplete(curTail.slice(-20))) {
          // posts continued on the next line: the line break separates two posts
          out.separator(0x3001);
          addCur("、");
        }
        emit(rl.ranges, f === rl.text);
        cur.end = out.length;
        addCur(f);
        lastPiece = f.length;
        curPunct ||= PUNCT.test(f);
        curStamp = curLen < 80 && isPublishStamp(curHead);
      } else {
        // line separator, mapped to the end of the previous line
        if (cur) out.separator(0x0a);
        const start = out.length;
        emit(rl.ranges, f === rl.text);
        cur = { start, end: out.length, heading: rl.heading, indented: rl.indented };
        lines.push(cur);
        curHead = "";
        curTail = "";
        curLen = 0;
        addCur(f);
        lastPiece = f.length;
        curPunct = PUNCT.test(f);
        curStamp = nextStamp;
      }
    }
    pos = nl + 1;
  }
  const j = out.length;
  const text = unitsToString(out.chars.subarray(0, j));
  const folded = out.folded ? unitsToString(out.folded.subarray(0, j)) : text;
  out.offsets.length = j;
  const result: Normalised = { source, text, folded, map: out.offsets, lines };
  if (sink.pageHeader !== undefined) result.pageHeader = sink.pageHeader;
  return result;
}

/** Maps a [start, end) range of normalised text back to the source. */
export function toSourceSpan(n: Normalised, start: number, end: number): [number, number] {
  const s = n.map.at(start);
  if (end <= start) return [s, s];
  const lastSrc = n.map.at(end - 1);
  const code = n.source.charCodeAt(lastSrc);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return [s, Math.min(n.source.length, lastSrc + width)];
}

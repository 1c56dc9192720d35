// The parser: page text → announcements with entries (FORMAT.md), each entry
// with the span of its clause in the original input.
//
//   normalise → segment (titles, numbers, meetings, dates) → sections →
//   clauses → positions → entries
//
// Pure functions only: no I/O, no database.

import { dedupe } from "./entries";
import { CONGRESS_ANCHOR, endsComplete, isListClauseStart, isPublishStamp } from "./lexicon";
import { lineAt, lineStarts } from "./lines";
import { type Normalised, normalise, toSourceSpan } from "./normalise";
import { type Doc, newLookback, type RawEntry } from "./reading";
import { feedSection, openSection, type Section, truncation } from "./sections";
import {
  fullDateIn,
  isPassageLine,
  issuerOfMeeting,
  issuerOfTitle,
  type Meeting,
  meetingsIn,
  numberOf,
  partialDateIn,
  placeMeeting,
  titleKind,
} from "./segment";
import { type ScanState, scanLine } from "./sentences";
import type { ParsedAnnouncement, ParsedEntry, ParseResult, ParseWarning } from "./types";
import { inlineSection, LIST_MARKS, sectionVerb, VOCABULARY } from "./vocabulary";

export type { ActionKind, ParsedAnnouncement, ParsedEntry, ParseResult, ParseWarning } from "./types";
export { ACTION_KINDS } from "./types";

interface Ctx {
  kind: "header" | "report";
  issuer: string | null;
  number: string | null;
  passageDate: string | null;
  meeting: Meeting | null;
  meetingLine: number; // line index of the first meeting mention, -1 when none
  anchorLine: number; // first line naming a congress / decree
  firstDateLine: number; // first line with a full date
  meetingDateLine: number; // first line with a full date and 会议
  stampDate: string | null; // a web page's publish stamp: the story's date, the decision's only when nothing else is printed
  decree: boolean;
  fresh: boolean;
  startLine: number;
  endLine: number;
  entries: CtxEntry[];
}

interface CtxEntry extends RawEntry {
  ctx: Ctx;
  line: number;
}

function newCtx(kind: Ctx["kind"], line: number): Ctx {
  return {
    kind,
    issuer: null,
    number: null,
    passageDate: null,
    meeting: null,
    meetingLine: -1,
    anchorLine: kind === "header" ? line : -1,
    firstDateLine: -1,
    meetingDateLine: -1,
    stampDate: null,
    decree: false,
    fresh: true,
    startLine: line,
    endLine: line,
    entries: [],
  };
}

/** `决定任命如下:` ending a line: the list under it follows. */
const DANGLING_LIST = VOCABULARY.lineEndIntro;
/** A short unpunctuated line inside a list: a page label (`要闻`, `重庆新闻`, `·综合·`). */
const PAGE_LABEL = /^[ ·•\-—]*[\u3400-\u9fff0-9A-Za-z]{1,6}[ ·•\-—]*$/;
/** Bodies other than a congress that appoint and dismiss (their news is no congress decision). */
const OTHER_APPOINTER =
  /国务院任免|国务院(?:决定)?任命|国务院免去|中共中央(?:决定|批准|任命)|中央军委(?:决定|任命)|(?:市委|省委|党委|党组|组织部|人民政府|市政府|省政府|区政府|县政府)(?:决定|任命|任免)/;
/** The header row of a list printed as a table (`姓名 | 职务`). */
const TABLE_HEAD = /^(?:序号|姓名|职务|性别|民族|任职|免职|职位|备注|[ |])+$/;
/** A line that is only the name of a standing committee (above a title, or a signature). */
const ISSUER_LINE = /^[\u3400-\u9fff]{0,24}(?:人民代表大会常务委员会|人大常委会)$/;
/** How many unreadable lines in a row a list may hold before it is taken to have ended (from the second on, only lines shaped like a whole clause). */
const MAX_HELD = 8;
/** A line of spaces only (tested on every line: compiled once). */
const BLANK = /^[\s]*$/;
const COLON = 0x3a; // `:` (NFKC of `：`)
/** A line that ends a clause or a list. */
const TERMINAL_END = /[。;]$/;

/** A line with no verb or sentence of its own: it may be a list line that no rule reads. */
function mayBeListLine(f: string): boolean {
  return f.length <= 200 && !NOT_A_LIST_LINE.test(f);
}
const NOT_A_LIST_LINE = new RegExp(`${VOCABULARY.sentenceVerbs}|会议|公告|[。!?].|,`);
const LIST_MARK = new RegExp(LIST_MARKS.map((m) => m.mark).join("|"));

/** A line that reads like one clause of a list: marks of a clause and a complete post at its end. */
function looksLikeListClause(f: string): boolean {
  return mayBeListLine(f) && LIST_MARK.test(f) && endsComplete(f.replace(/[;。,、 ]+$/, ""));
}

/** The line of `text` around `offset`, as printed (cut to 200 characters). */
function sourceLine(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text
    .slice(start, end < 0 ? text.length : end)
    .trim()
    .slice(0, 200);
}

const DECREE_CONTEXT = /主席令|主席.{0,8}根据.{0,30}(常务委员会|人大常委会)的决定/;

export function parseAnnouncements(input: string): ParseResult {
  return run(input, false).result;
}

/** How one entry was read: the rules that read its clause and the line joins inside its clause. */
export interface EntryTrace {
  rules: string[];
  /** join rules of the printed lines joined inside the clause, with the source offset where the joined line starts */
  joins: { rule: string; offset: number }[];
}

/** `parseAnnouncements` with, for each entry of each announcement (same order), how it was read. */
export function parseTraced(input: string): { result: ParseResult; traces: EntryTrace[][] } {
  return run(input, true);
}

function run(input: string, trace: boolean): { result: ParseResult; traces: EntryTrace[][] } {
  const n = normalise(input);
  const doc: Doc = { text: n.text, folded: n.folded, plain: n.folded === n.text };
  const warnings: ParseWarning[] = [];
  const ctxs: Ctx[] = [];
  let header: Ctx | null = null;
  let report = newCtx("report", 0);
  ctxs.push(report);
  let section: Section | null = null;
  let sectionCtx: Ctx | null = null;
  const scan: ScanState = { pendingDecide: false, back: newLookback() };
  const all: CtxEntry[] = [];
  const lines = n.lines;
  // the page's own date, from a masthead dropped as a page header
  let docYearRef: string | null = n.pageHeader ? (fullDateIn(n.pageHeader.normalize("NFKC"))?.iso ?? null) : null;

  const warn = (code: ParseWarning["code"], at: number, message: (line: number) => string, text?: string) => {
    const offset = toSourceSpan(n, at, at + 1)[0];
    const line = lineOf(n, input, offset);
    warnings.push({ code, message: message(line), offset, line, text: text ?? sourceLine(input, offset) });
  };
  const unreadable = (a: number, b: number) => {
    const [s, e] = toSourceSpan(n, a, b);
    const printed = input.slice(s, e).replace(/\s+/g, " ").trim().slice(0, 200);
    const whole = /^\n?$/.test(n.text.charAt(a - 1)) && /^\n?$/.test(n.text.charAt(b));
    warn("unreadable-line", a, (line) => `${whole ? "line" : "a clause on line"} ${line} could not be read: ${printed}`, printed);
  };
  // lines of a list that no rule reads, held until the list goes on after them (each
  // is then a warning: its entries are missing) or ends (they are read as text)
  let held: number[] = [];
  scan.unread = unreadable;
  const releaseHeld = (ctx: Ctx, atEnd: boolean) => {
    for (const hi of held) {
      const H = lines[hi]!;
      const r = scanLine(doc, H.start, H.end, scan);
      add(ctx, r, hi);
      const hf = n.folded.slice(H.start, H.end);
      if (r.length) continue;
      if (atEnd && section && hi === held[held.length - 1] && !TERMINAL_END.test(hf) && isListClauseStart(hf)) {
        const head = toSourceSpan(n, section.at, section.at + 1)[0];
        const verb = section.verb;
        warn(
          "truncated-list",
          H.start,
          (line) => `list under "${verb}" (line ${lineOf(n, input, head)}) stops mid-way at line ${line}: the last clause is cut mid-way`,
        );
      } else if (looksLikeListClause(hf)) unreadable(H.start, H.end);
    }
    held = [];
  };

  const closeSection = (atEnd: boolean) => {
    if (!section) return;
    const endsHeld = held.length > 0;
    if (endsHeld) releaseHeld(sectionCtx ?? report, atEnd);
    const why = endsHeld ? null : truncation(section, atEnd);
    if (why) {
      const head = toSourceSpan(n, section.at, section.at + 1)[0];
      const verb = section.verb;
      warn(
        "truncated-list",
        section.lastEnd - 1,
        (line) => `list under "${verb}" (line ${lineOf(n, input, head)}) stops mid-way at line ${line}: ${why}`,
      );
    }
    section = null;
    sectionCtx = null;
  };

  // one string per distinct organ and post: a page repeats them many times, and
  // entries that share them keep less alive (fewer survivors for the garbage collector)
  const strings = new Map<string, string>();
  const intern = (s: string) => {
    const had = strings.get(s);
    if (had !== undefined) return had;
    strings.set(s, s);
    return s;
  };
  const add = (ctx: Ctx, es: RawEntry[], line: number) => {
    const headline = line === 0 || lines[line]!.heading > 0;
    for (const e of es) {
      e.org = intern(e.org);
      e.post = intern(e.post);
      // the reader made the object with these fields (setting them keeps its shape)
      const ce = e as CtxEntry;
      if (headline) ce.headline = true;
      ce.ctx = ctx;
      ce.line = line;
      ctx.entries.push(ce);
      all.push(ce);
    }
    if (es.length) ctx.fresh = false;
  };

  for (let li = 0; li < lines.length; li++) {
    const L = lines[li]!;
    const p = n.text.slice(L.start, L.end);
    // text without Traditional characters is its own folded form (one slice, not two)
    const f = doc.plain ? p : n.folded.slice(L.start, L.end);
    const verb = sectionVerb(f);
    const tk = verb ? null : titleKind(f);

    if (L.heading > 0 && !verb && !tk) {
      const subtitle = header?.fresh;
      if (!subtitle && L.heading <= 2) {
        closeSection(false);
        header = null;
        report = newCtx("report", li);
        ctxs.push(report);
      }
    }
    if (OTHER_APPOINTER.test(f) && !CONGRESS_ANCHOR.test(f)) {
      // `国务院任免国家工作人员`, `中共中央决定`: another body's appointments, reported on the same page
      closeSection(false);
      header = null;
      report = newCtx("report", li);
      ctxs.push(report);
    }
    // a title under a fresh title (`…公告` `第12号` then `…任免名单`, or `关于…的决定`) names the same announcement
    if (tk && header?.fresh) {
      header.issuer ??= issuerOfTitle(p, f);
      header.number ??= numberOf(p, f, true);
    } else if (tk) {
      closeSection(false);
      header = newCtx("header", li);
      ctxs.push(header);
      header.issuer = issuerOfTitle(p, f);
      header.number = numberOf(p, f, true);
      header.decree = /主席令/.test(f);
    }
    if (!header && report.entries.length && report.meeting) {
      // a news page reporting a second meeting (another province, another day)
      const other = meetingsIn(p, f, L.start).find((m) => m.place && m.text !== report.meeting!.text);
      if (other) {
        report = newCtx("report", li);
        ctxs.push(report);
      }
    }
    const ctx: Ctx = header ?? report;
    ctx.endLine = li;

    // metadata
    const full = fullDateIn(f);
    const stamp = isPublishStamp(f);
    if (full) {
      docYearRef ??= full.iso;
      if (stamp) ctx.stampDate ??= full.iso;
      else {
        if (ctx.firstDateLine < 0) ctx.firstDateLine = li;
        if (ctx.meetingDateLine < 0 && f.indexOf("会议") >= 0) ctx.meetingDateLine = li;
      }
    }
    if (!ctx.meeting) {
      const ms = meetingsIn(p, f, L.start);
      const withPlace = ms.find((m) => m.place) ?? ms[0];
      if (withPlace) {
        ctx.meeting = withPlace;
        ctx.meetingLine = li;
      }
    } else if (ctx.meeting && !ctx.meeting.place) {
      const better = meetingsIn(p, f, L.start).find((m) => m.place);
      if (better) ctx.meeting = better;
    }
    if (ctx.anchorLine < 0 && CONGRESS_ANCHOR.test(f)) ctx.anchorLine = li;
    // (every decree context names 主席: most lines are rejected without the pattern)
    if (f.indexOf("主席") >= 0 && DECREE_CONTEXT.test(f)) {
      ctx.decree = true;
      // `签署第9号主席令`: the decree's number printed in a news report
      const no = /(第[0-9一二三四五六七八九十百零〇]+号)主席令/.exec(f);
      if (no && !ctx.number) ctx.number = p.slice(no.index, no.index + no[1]!.length);
    }

    if (tk) continue;
    if (header?.fresh) {
      const num = numberOf(p, f, false);
      if (num) {
        header.number ??= num;
        continue;
      }
      if (isPassageLine(f)) {
        header.passageDate = fullDateIn(f)?.iso ?? null;
        continue;
      }
      if (L.heading > 0 && !verb) continue;
      // the issuer printed on a line of its own above the decision's title
      if (ISSUER_LINE.test(f)) continue;
    }

    if (verb) {
      closeSection(false);
      section = openSection(verb, L.start);
      sectionCtx = ctx;
      ctx.fresh = false;
      // a list under 一、决定任命 … headings is a congress list by its form
      if (ctx.anchorLine < 0) ctx.anchorLine = li;
      continue;
    }
    const inline = inlineSection(f);
    if (inline) {
      closeSection(false);
      section = openSection(inline.verb, L.start);
      sectionCtx = ctx;
      ctx.fresh = false;
      if (ctx.anchorLine < 0) ctx.anchorLine = li;
      const r = feedSection(section, doc, scan.back, L.start + inline.length, L.end);
      if (r) {
        add(ctx, r, li);
        continue;
      }
      closeSection(false);
    }
    if (section) {
      const r = feedSection(section, doc, scan.back, L.start, L.end, unreadable);
      if (r) {
        // the list goes on: the lines held before this one are lost clauses of it
        for (const hi of held) unreadable(lines[hi]!.start, lines[hi]!.end);
        held = [];
        add(sectionCtx ?? ctx, r, li);
        scan.pendingDecide = false;
        continue;
      }
      // a page's section label left by a page break (`要闻`, `3`) does not end the list
      if (PAGE_LABEL.test(f) || TABLE_HEAD.test(f)) continue;
      // `★甲一为…`, `John Smith为…`: a line shaped like a list clause that no rule reads
      if (held.length < MAX_HELD && (held.length < 1 ? mayBeListLine(f) : looksLikeListClause(f))) {
        held.push(li);
        continue;
      }
      closeSection(false);
    }
    const r = scanLine(doc, L.start, L.end, scan);
    add(ctx, r, li);
    // (the pattern ends in a colon: a line that does not is rejected without trying it at every position)
    const dl = f.charCodeAt(f.length - 1) === COLON ? DANGLING_LIST.exec(f) : null;
    if (dl) {
      section = openSection(dl[1]!, L.end - 1);
      sectionCtx = ctx;
    } else if (scan.pendingDecide) {
      // `…会议决定：` + `陈鸣波为…副市长。`: verbless lines under a bare 决定
      section = openSection("决定", L.end - 1);
      sectionCtx = ctx;
    }
    if (ctx.kind === "header" && !BLANK.test(f) && !isPassageLine(f)) ctx.fresh = false;
  }
  closeSection(true);

  // entries of news text count only where a congress or a decree is named
  const isEligible = (ctx: Ctx) => ctx.kind === "header" || ctx.anchorLine >= 0;
  // (no copy of every entry when every context that holds entries counts, as on most pages)
  const eligible = ctxs.every((c) => !c.entries.length || isEligible(c)) ? all : all.filter((e) => isEligible(e.ctx));
  const kept = dedupe(eligible);

  const byCtx = new Map<Ctx, CtxEntry[]>();
  for (const e of kept) {
    const list = byCtx.get(e.ctx);
    if (list) list.push(e);
    else byCtx.set(e.ctx, [e]);
  }
  const announcements: ParsedAnnouncement[] = [];
  const traces: EntryTrace[][] = [];
  for (const ctx of ctxs) {
    const mine = byCtx.get(ctx);
    if (!mine) continue;
    announcements.push(buildAnnouncement(n, ctx, mine, docYearRef));
    if (trace) traces.push(mine.map((e) => traceOf(n, e)));
  }
  return { result: { announcements, warnings }, traces };
}

/** The rules of an entry and the joins of the lines its clause spans. */
function traceOf(n: Normalised, e: RawEntry): EntryTrace {
  const joins: EntryTrace["joins"] = [];
  // the first line that ends after the clause starts
  let lo = 0;
  let hi = n.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.lines[mid]!.end <= e.start) lo = mid + 1;
    else hi = mid;
  }
  for (let li = lo; li < n.lines.length; li++) {
    const L = n.lines[li]!;
    if (L.start >= e.end) break;
    if (L.end <= e.start || !L.joins) continue;
    for (const j of L.joins) if (j.at >= e.start && j.at < e.end) joins.push({ rule: j.rule, offset: toSourceSpan(n, j.at, j.at + 1)[0] });
  }
  return { rules: e.rules, joins };
}

function buildAnnouncement(n: Normalised, ctx: Ctx, entries: CtxEntry[], yearRef: string | null): ParsedAnnouncement {
  const lines = n.lines;
  const lineText = (i: number) => (i >= 0 && i < lines.length ? n.folded.slice(lines[i]!.start, lines[i]!.end) : "");
  let date: string | null = ctx.passageDate;
  if (!date && ctx.kind === "header") {
    const li = ctx.meetingDateLine >= 0 ? ctx.meetingDateLine : ctx.firstDateLine;
    if (li >= 0) date = fullDateIn(lineText(li))?.iso ?? null;
  }
  if (!date) {
    let firstEntryLine = Infinity;
    for (const e of entries) firstEntryLine = Math.min(firstEntryLine, e.line);
    // the meeting's line (`…会议20日下午闭幕`), else the nearest line before the first entry
    // that prints a day; a day without month or year, or 昨天, counts from the story's own date
    const ref = ctx.stampDate ?? yearRef;
    const candidates = [ctx.meetingLine];
    for (let li = firstEntryLine; li >= Math.max(ctx.startLine, firstEntryLine - 6); li--) candidates.push(li);
    for (const li of candidates) {
      if (li < 0) continue;
      const t = lineText(li);
      // a publish stamp is the page's date, not the decision's
      if (isPublishStamp(t)) continue;
      date = partialDateIn(t, ref);
      if (date) break;
    }
  }
  date ??= ctx.stampDate;
  if (ctx.meeting && !ctx.meeting.place)
    ctx.meeting =
      placeMeeting(
        ctx.meeting,
        entries.map((e) => e.org),
      ) ?? ctx.meeting;
  const meeting = ctx.meeting?.text ?? null;
  let issuer = ctx.issuer;
  if (ctx.decree)
    issuer = /[國會]/.test(n.text.slice(lines[ctx.startLine]!.start, lines[ctx.endLine]!.end))
      ? "中華人民共和國主席"
      : "中华人民共和国主席";
  if (!issuer && ctx.meeting) issuer = issuerOfMeeting(ctx.meeting);
  if (!issuer) issuer = "";
  const startOff = lines[ctx.startLine]!.start;
  let endOff = lines[ctx.endLine]!.end;
  for (const e of entries) endOff = Math.max(endOff, e.end);
  const out: ParsedEntry[] = entries.map((e) => {
    const pe: ParsedEntry = { person: e.person, action: e.action, org: e.org, post: e.post, span: toSourceSpan(n, e.start, e.end) };
    if (e.org_alias) pe.org_alias = e.org_alias;
    return pe;
  });
  return {
    issuer,
    number: ctx.number,
    date,
    meeting,
    span: toSourceSpan(n, startOff, endOff),
    entries: out,
  };
}

const lineStartsCache = new WeakMap<object, number[]>();

/** 1-based line number of an offset in the input (line starts computed once per input). */
function lineOf(key: object, text: string, offset: number): number {
  let starts = lineStartsCache.get(key);
  if (!starts) {
    starts = lineStarts(text);
    lineStartsCache.set(key, starts);
  }
  return lineAt(starts, offset);
}

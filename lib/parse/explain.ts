// Why the parser read each entry: the named rules that read its clause (with
// their reasons), the line joins inside it and its span in the input. Used by
// `npm run -s parse -- --explain FILE` and the announcement page.

import { MERGED } from "./entries";
import { type EntryTrace, parseTraced } from "./index";
import { JOIN_RULES, KEEP_STAMP_APART, TITLE_WORD_BROKEN } from "./joins";
import { lineAt, lineStarts } from "./lines";
import { LIST_RULES } from "./listRows";
import type { RuleInfo } from "./reading";
import { SECTION_HEADING } from "./sections";
import { SENTENCE_RULES } from "./sentences";
import type { ParsedAnnouncement, ParsedEntry, ParseWarning } from "./types";
import { APPROVED, DECIDED, PRONOUN, VERB_RULES } from "./verbClauses";

/** Every named rule of the parser, by name. */
export const RULES: ReadonlyMap<string, RuleInfo> = new Map(
  [
    ...VERB_RULES,
    DECIDED,
    APPROVED,
    PRONOUN,
    ...LIST_RULES,
    ...SENTENCE_RULES,
    SECTION_HEADING,
    MERGED,
    ...JOIN_RULES,
    TITLE_WORD_BROKEN,
    KEEP_STAMP_APART,
  ].map((r) => [r.name, { name: r.name, reason: r.reason }]),
);

export interface ExplainedEntry {
  entry: ParsedEntry;
  /** the rules that read it, in the order they applied */
  rules: RuleInfo[];
  /** printed lines joined inside its clause: the join rule and the 1-based input line that was joined on */
  joins: (RuleInfo & { line: number })[];
  /** 1-based input lines of its clause, first and last */
  lines: [number, number];
}

export interface ExplainedAnnouncement {
  announcement: ParsedAnnouncement;
  entries: ExplainedEntry[];
}

const ruleInfo = (name: string): RuleInfo => RULES.get(name) ?? { name, reason: "" };

/** Parses `input` and explains every entry. */
export function explainAnnouncements(input: string): { announcements: ExplainedAnnouncement[]; warnings: ParseWarning[] } {
  const { result, traces } = parseTraced(input);
  const starts = lineStarts(input);
  const lineOf = (offset: number) => lineAt(starts, offset);
  const explain = (entry: ParsedEntry, t: EntryTrace): ExplainedEntry => ({
    entry,
    rules: t.rules.map(ruleInfo),
    joins: t.joins.map((j) => ({ ...ruleInfo(j.rule), line: lineOf(j.offset) })),
    lines: [lineOf(entry.span[0]), lineOf(Math.max(entry.span[0], entry.span[1] - 1))],
  });
  return {
    announcements: result.announcements.map((a, i) => ({
      announcement: a,
      entries: a.entries.map((e, k) => explain(e, traces[i]![k]!)),
    })),
    warnings: result.warnings,
  };
}

/** A stored entry to find among the explained ones: its span in the text, person and action. */
export interface StoredEntry {
  start: number;
  end: number;
  person: string;
  action: string;
}

/**
 * Explains the stored entries of a text by parsing it again: for each, the
 * explained entry of the same span (and person and action when the clause
 * holds several), or null when the parser no longer reads it there.
 */
export function explainStored(input: string, stored: StoredEntry[]): (ExplainedEntry | null)[] {
  const bySpan = new Map<string, ExplainedEntry[]>();
  for (const a of explainAnnouncements(input).announcements)
    for (const e of a.entries) {
      const key = `${e.entry.span[0]}:${e.entry.span[1]}`;
      const list = bySpan.get(key);
      if (list) list.push(e);
      else bySpan.set(key, [e]);
    }
  return stored.map((x) => {
    const same = bySpan.get(`${x.start}:${x.end}`) ?? [];
    return (
      same.find((e) => e.entry.person === x.person && e.entry.action === x.action) ?? same.find((e) => e.entry.action === x.action) ?? null
    );
  });
}

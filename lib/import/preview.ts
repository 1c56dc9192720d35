// What an import would store, computed before anything is written: the dry-run report of
// importSource (counts of new people and organs, inside a rolled-back transaction) plus the
// parsed announcements with their clauses marked in the text, for the import page.
import type { Db } from "../db/client";
import { parseAnnouncements } from "../parse";
import { markSpans } from "../queries/highlight";
import { announcementFingerprint, type ImportReport, importSource, type SourceInput } from "./importSource";
import { SOURCE_ERROR_ZH, sourceText } from "./text";

/** Announcements shown in full per file; the rest are counted (they are still imported). */
export const PREVIEW_ANNOUNCEMENTS = 30;
/** Characters of an announcement's text shown with its clauses marked. */
export const PREVIEW_TEXT_CHARS = 20_000;

export interface PreviewEntry {
  person: string;
  action: string;
  org: string;
  post: string;
}

export interface PreviewPiece {
  text: string;
  /** Indexes into `entries` of the entries read from this clause; empty for plain text. */
  entries: number[];
}

export interface PreviewAnnouncement {
  issuer: string;
  number: string | null;
  date: string | null;
  meeting: string | null;
  /** Already stored from another page: importing adds nothing for it. */
  known: boolean;
  entries: PreviewEntry[];
  /** The announcement's text, cut into plain and marked (clause) pieces. */
  pieces: PreviewPiece[];
  /** The text was longer than PREVIEW_TEXT_CHARS and is shown cut. */
  textCut: boolean;
}

export interface PreviewWarning {
  code: string;
  message: string;
  /** 1-based line of the text the warning points at, and that line as printed. */
  line: number;
  excerpt: string;
}

export interface SourcePreview {
  report: ImportReport;
  /** The parser's warnings, each with the line it points at (e.g. where a list is cut). */
  warnings: PreviewWarning[];
  /** The refusal in Chinese (the English detail is report.error). */
  errorZh?: string;
  announcements: PreviewAnnouncement[];
  /** Announcements not shown in `announcements` (beyond PREVIEW_ANNOUNCEMENTS). */
  hiddenAnnouncements: number;
  /** Organs named in the entries that are not stored yet. */
  newOrganizationNames: string[];
  /** Would importing change anything? (false for duplicates, refusals and pages without a new announcement) */
  importable: boolean;
}

export async function previewSource(db: Db, input: SourceInput): Promise<SourcePreview> {
  const report = await importSource(db, input, { dryRun: true });
  const base: SourcePreview = {
    report,
    warnings: [],
    announcements: [],
    hiddenAnnouncements: 0,
    newOrganizationNames: [],
    importable: false,
  };
  if (report.status === "failed") return { ...base, errorZh: report.errorCode ? SOURCE_ERROR_ZH[report.errorCode] : "无法读取此文件。" };
  if (report.status !== "preview") return base;

  const { text } = sourceText(input.bytes);
  const parsed = parseAnnouncements(text);
  const fingerprints = parsed.announcements.map(announcementFingerprint);
  const stored = new Set(
    (await db.announcement.findMany({ where: { fingerprint: { in: fingerprints } }, select: { fingerprint: true } })).map(
      (a) => a.fingerprint,
    ),
  );
  const orgNames = [...new Set(parsed.announcements.flatMap((a) => a.entries.map((e) => e.org)))];
  const storedOrgs = new Set(
    (await db.organization.findMany({ where: { name: { in: orgNames } }, select: { name: true } })).map((o) => o.name),
  );

  const announcements = parsed.announcements.slice(0, PREVIEW_ANNOUNCEMENTS).map((a, i): PreviewAnnouncement => {
    const [start, fullEnd] = a.span;
    const end = Math.min(fullEnd, start + PREVIEW_TEXT_CHARS);
    const pieces = markSpans(
      text.slice(start, end),
      a.entries.map((e, k) => ({ start: e.span[0] - start, end: e.span[1] - start, actionId: k })),
    ).map((p) => ({ text: p.text, entries: p.actionIds }));
    return {
      issuer: a.issuer,
      number: a.number,
      date: a.date,
      meeting: a.meeting,
      known: stored.has(fingerprints[i]),
      entries: a.entries.map((e) => ({ person: e.person, action: e.action, org: e.org, post: e.post })),
      pieces,
      textCut: end < fullEnd,
    };
  });
  return {
    ...base,
    warnings: report.warnings.map((w) => ({ ...w, ...lineAt(text, w.offset) })),
    announcements,
    hiddenAnnouncements: Math.max(0, parsed.announcements.length - PREVIEW_ANNOUNCEMENTS),
    newOrganizationNames: orgNames.filter((n) => !storedOrgs.has(n)),
    importable: report.announcements > 0,
  };
}

/** The 1-based line number at a character offset, and that line (cut to 200 characters). */
export function lineAt(text: string, offset: number): { line: number; excerpt: string } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) line++;
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return {
    line,
    excerpt: text
      .slice(start, end < 0 ? text.length : end)
      .trim()
      .slice(0, 200),
  };
}

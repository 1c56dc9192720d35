// One source (a file's bytes) → rows, in one transaction: all of it or none of it.
// Idempotent: the same bytes are stored once (sha256), the same announcement printed
// in two pages is stored once (fingerprint of its metadata and entries).
import { createHash } from "node:crypto";
import type { Db, Tx } from "../db/client";
import { type FreshEntry, relinkNames } from "../derive/relink";
import { insertRowsReturning } from "../derive/rows";
import { orgKind, orgParentName, postRank } from "../domain/orgs";
import { type ParsedAnnouncement, type ParseWarning, parseAnnouncements } from "../parse";
import { type Catalog, catalogFor } from "./catalog";
import { sourceTooManyEntries } from "./limits";
import { refreshStatistics } from "./statistics";
import { type SourceErrorCode, SourceTextError, sourceText } from "./text";

export interface SourceInput {
  /** File name or URL, shown to users as the source. */
  name: string;
  bytes: Uint8Array;
}

export interface ImportReport {
  name: string;
  sha256: string;
  status: "imported" | "preview" | "duplicate" | "failed";
  sourceId?: number;
  encoding?: string;
  announcements: number;
  /** Announcements already stored from another source (same fingerprint). */
  knownAnnouncements: number;
  entries: number;
  newPeople: number;
  newOrganizations: number;
  warnings: ParseWarning[];
  error?: string;
  /** Why the source was refused (status "failed"), for a message in the user's language. */
  errorCode?: SourceErrorCode;
  /** "html" when the source was a web page's HTML and its tags were stripped. */
  format?: "text" | "html";
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function announcementFingerprint(a: ParsedAnnouncement): string {
  const entries = a.entries.map((e) => [e.person, e.action, e.org, e.post].join("|")).sort();
  return sha256(JSON.stringify([a.number, a.date, a.meeting, entries]));
}

function emptyReport(input: SourceInput, hash: string): ImportReport {
  return {
    name: input.name,
    sha256: hash,
    status: "failed",
    announcements: 0,
    knownAnnouncements: 0,
    entries: 0,
    newPeople: 0,
    newOrganizations: 0,
    warnings: [],
  };
}

async function findOrCreateOrganization(
  tx: Tx,
  name: string,
  alias: string | undefined,
  report: ImportReport,
  catalog: Catalog,
): Promise<number> {
  const cached = catalog.organization(name);
  if (cached && (!alias || cached.aliases.split("、").includes(alias))) return cached.id;
  const existing = await tx.organization.findUnique({ where: { name }, select: { id: true, aliases: true } });
  if (existing) {
    let aliases = existing.aliases;
    if (alias && !existing.aliases.split("、").includes(alias)) {
      aliases = existing.aliases ? `${existing.aliases}、${alias}` : alias;
      await tx.organization.update({ where: { id: existing.id }, data: { aliases } });
    }
    catalog.rememberOrganization(name, { id: existing.id, aliases });
    return existing.id;
  }
  report.newOrganizations++;
  // The organ above it in the hierarchy (三中院 → 高院) is created too when it is not stored yet.
  const parentName = orgParentName(name);
  const parentId = parentName && parentName !== name ? await findOrCreateOrganization(tx, parentName, undefined, report, catalog) : null;
  const created = await tx.organization.create({
    data: { name, kind: orgKind(name), aliases: alias ?? "", parentId },
    select: { id: true },
  });
  catalog.rememberOrganization(name, { id: created.id, aliases: alias ?? "" });
  return created.id;
}

async function findOrCreatePost(tx: Tx, organizationId: number, title: string, catalog: Catalog): Promise<number> {
  const cached = catalog.post(organizationId, title);
  if (cached !== undefined) return cached;
  const post = await tx.post.upsert({
    where: { organizationId_title: { organizationId, title } },
    create: { organizationId, title, rank: postRank(title) },
    update: {},
    select: { id: true },
  });
  catalog.rememberPost(organizationId, title, post.id);
  return post.id;
}

/**
 * Puts the stored organs and posts the entries name into the catalog (two queries), so that
 * findOrCreateOrganization / findOrCreatePost only go to the database for new ones.
 */
async function prefetchCatalog(tx: Tx, entries: { org: string; post: string }[], catalog: Catalog) {
  const names = [...new Set(entries.map((e) => e.org))].filter((n) => !catalog.organization(n));
  if (names.length) {
    const orgs = await tx.organization.findMany({ where: { name: { in: names } }, select: { id: true, name: true, aliases: true } });
    for (const o of orgs) catalog.rememberOrganization(o.name, { id: o.id, aliases: o.aliases });
  }
  const wanted = new Map<string, { organizationId: number; title: string }>();
  for (const e of entries) {
    const org = catalog.organization(e.org);
    if (org && catalog.post(org.id, e.post) === undefined)
      wanted.set(`${org.id}\u0000${e.post}`, { organizationId: org.id, title: e.post });
  }
  if (!wanted.size) return;
  const list = [...wanted.values()];
  const posts = await tx.post.findMany({
    where: {
      organizationId: { in: [...new Set(list.map((w) => w.organizationId))] },
      title: { in: [...new Set(list.map((w) => w.title))] },
    },
    select: { id: true, organizationId: true, title: true },
  });
  for (const p of posts) if (wanted.has(`${p.organizationId}\u0000${p.title}`)) catalog.rememberPost(p.organizationId, p.title, p.id);
}

const ANNOUNCEMENT_COLUMNS = [
  "sourceId",
  "issuer",
  "number",
  "date",
  "meeting",
  "spanStart",
  "spanEnd",
  "fingerprint",
  "entryCount",
] as const;

/** Stores the source's announcements not stored yet (one look-up and one multi-row INSERT for all) and collects their entries. */
async function storeAnnouncements(
  tx: Tx,
  sourceId: number,
  list: ParsedAnnouncement[],
  report: ImportReport,
  fresh: FreshEntry[],
  catalog: Catalog,
) {
  const printed = list.map((a) => ({ a, fingerprint: announcementFingerprint(a) }));
  const seen = new Set(
    printed.length
      ? (
          await tx.announcement.findMany({
            where: { fingerprint: { in: [...new Set(printed.map((p) => p.fingerprint))] } },
            select: { fingerprint: true },
          })
        ).map((r) => r.fingerprint)
      : [],
  );
  const toStore: typeof printed = [];
  for (const p of printed) {
    // Known from another source, or printed twice in this one.
    if (seen.has(p.fingerprint)) report.knownAnnouncements++;
    else toStore.push(p);
    seen.add(p.fingerprint);
  }
  if (!toStore.length) return;
  const created = await insertRowsReturning<(typeof ANNOUNCEMENT_COLUMNS)[number], { id: number; fingerprint: string }>(
    tx,
    "Announcement",
    ANNOUNCEMENT_COLUMNS,
    toStore.map(({ a, fingerprint }) => ({
      sourceId,
      issuer: a.issuer,
      number: a.number,
      date: a.date,
      meeting: a.meeting,
      spanStart: a.span[0],
      spanEnd: a.span[1],
      fingerprint,
      entryCount: a.entries.length,
    })),
    ["id", "fingerprint"],
  );
  const idOf = new Map(created.map((r) => [r.fingerprint, Number(r.id)]));
  await prefetchCatalog(
    tx,
    toStore.flatMap(({ a }) => a.entries),
    catalog,
  );
  // People are linked after all announcements of the source are stored (relinkNames):
  // one pass over the names the source brings, whatever order it arrives in.
  for (const { a, fingerprint } of toStore) {
    report.announcements++;
    for (const [ordinal, e] of a.entries.entries()) {
      const organizationId = await findOrCreateOrganization(tx, e.org, e.org_alias, report, catalog);
      const postId = await findOrCreatePost(tx, organizationId, e.post, catalog);
      fresh.push({
        announcementId: idOf.get(fingerprint)!,
        announcementKey: fingerprint,
        ordinal,
        personName: e.person,
        postId,
        organizationId,
        orgName: e.org,
        postTitle: e.post,
        kind: e.action,
        date: a.date,
        spanStart: e.span[0],
        spanEnd: e.span[1],
      });
      report.entries++;
    }
  }
}

/** Thrown inside the transaction to roll back a dry run after computing its report. */
class DryRunRollback extends Error {}

export interface ImportOptions {
  /** Compute the full report (new people, organs, entries) inside a transaction, then roll it back. */
  dryRun?: boolean;
}

/**
 * Imports one source; never throws for bad input, the report says what went wrong.
 * Two imports at once: a unique-constraint race (the same bytes, or the same announcement
 * from two pages) or a busy database makes the loser retry, and the retry sees the winner's
 * rows (status "duplicate", or the announcement counted as known).
 */
export async function importSource(db: Db, input: SourceInput, options: ImportOptions = {}): Promise<ImportReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await importSourceOnce(db, input, options);
    } catch (e) {
      if (attempt >= IMPORT_ATTEMPTS || !isRetryableWriteConflict(e)) throw e;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    }
  }
}

async function importSourceOnce(db: Db, input: SourceInput, options: ImportOptions): Promise<ImportReport> {
  const hash = sha256(input.bytes);
  const report = emptyReport(input, hash);
  const known = await db.source.findUnique({ where: { sha256: hash }, select: { id: true } });
  if (known) return { ...report, status: "duplicate", sourceId: known.id };

  let decoded: ReturnType<typeof sourceText>;
  try {
    decoded = sourceText(input.bytes); // size limit, decoding, HTML → text
  } catch (e) {
    if (e instanceof SourceTextError) return { ...report, error: e.message, errorCode: e.code };
    throw e;
  }
  report.encoding = decoded.encoding;
  report.format = decoded.format;
  const parsed = parseAnnouncements(decoded.text);
  report.warnings = parsed.warnings;
  const tooMany = sourceTooManyEntries(parsed.announcements.reduce((n, a) => n + a.entries.length, 0));
  if (tooMany) return { ...report, error: tooMany, errorCode: "too-many-entries" };

  const catalog = catalogFor(db);
  try {
    await db.$transaction(
      async (tx) => {
        const source = await tx.source.create({
          data: { sha256: hash, name: input.name, encoding: decoded.encoding, byteLength: input.bytes.length, text: decoded.text },
          select: { id: true },
        });
        report.sourceId = source.id;
        const fresh: FreshEntry[] = [];
        await storeAnnouncements(tx, source.id, parsed.announcements, report, fresh, catalog);
        if (fresh.length) report.newPeople += (await relinkNames(tx, [], fresh)).newPeople;
        if (options.dryRun) throw new DryRunRollback();
      },
      { maxWait: 60_000, timeout: 10 * 60_000 },
    );
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
    report.sourceId = undefined;
  }
  if (!options.dryRun) {
    catalog.commit();
    await refreshStatistics(db);
  }
  report.status = options.dryRun ? "preview" : "imported";
  return report;
}

/** SQLite has one writer at a time: a second import waits (busy timeout, 5 s) and retries. */
const IMPORT_ATTEMPTS = 8;

/**
 * Unique-constraint violation (P2002), write conflict (P2034), or a SQLite database locked by
 * another process's import (reported by the adapter as a timeout).
 */
function isRetryableWriteConflict(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown; cause?: unknown };
  if (err?.code === "P2002" || err?.code === "P2034" || err?.code === "P1008") return true;
  const text = `${String(err?.message ?? "")} ${String((err?.cause as { message?: unknown })?.message ?? "")}`;
  // (Rows written by raw multi-row INSERTs report PostgreSQL's own "duplicate key value" message.)
  return /SQLITE_BUSY|database is locked|Operation has timed out|UNIQUE constraint failed|Unique constraint failed|duplicate key value|could not serialize|deadlock detected/i.test(
    text,
  );
}

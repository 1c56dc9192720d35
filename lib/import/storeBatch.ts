// Prepared sources → rows, in one transaction: all of the batch or none of it. The facts (Source,
// Announcement, Organization, Post, Action) are stored here; lib/derive links the batch's entries
// to people once (linkNames, for every name the batch brings) and recomputes the tenures of the
// posts it touches once (recomputeTenures). One file or ten thousand go through the same steps,
// so importing files one by one or in batches gives the same database.
// Idempotent: the same bytes are stored once (sha256), the same announcement printed in two pages
// is stored once (its fingerprint).

import type { Db, Tx } from "../db/client";
import type { CareerBook } from "../derive/careerBook";
import { actionRef } from "../derive/identity";
import { type EntryLink, type FreshEntry, linkNames, recomputeTenures, type StoredFreshEntry } from "../derive/relink";
import { type Cell, insertRowsGivingIds, insertTuplesGivingIds } from "../derive/rows";
import { rederiveTenures } from "../derive/tenures";
import { appendTo } from "../domain/groups";
import { postRank } from "../domain/orgs";
import type { ParsedAnnouncement, ParsedEntry, ParseWarning } from "../parse";
import { stage } from "../profile/stages";
import { type Catalog, catalogFor } from "./catalog";
import { findOrCreateOrganization, learnAlias, noMerges, type OrganMerges, reconcileStoredOrganizations } from "./organs";
import type { Prepared, PreparedSource } from "./prepare";
import type { SourceErrorCode } from "./text";
import { warningsToStore } from "./warnings";

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

export function emptyReport(name: string, sha256: string): ImportReport {
  return {
    name,
    sha256,
    status: "failed",
    announcements: 0,
    knownAnnouncements: 0,
    entries: 0,
    newPeople: 0,
    newOrganizations: 0,
    warnings: [],
  };
}

/** Sources, announcements and entries are written a few hundred at a time (SQL's bound-parameter limit). */
const CHUNK = 500;
/** Source rows hold whole pages: fewer per statement. */
const SOURCES_PER_STATEMENT = 20;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The catalog's organ for a printed name, when it knows the name (and the alias printed after it). */
function knownOrganization(catalog: Catalog, printed: string, alias: string | undefined) {
  const cached = catalog.organization(printed);
  return cached && (!alias || cached.aliases.split("、").includes(alias)) ? cached : undefined;
}

/** The organ of a printed name (one per body, lib/import/organs.ts), learning the alias printed in parentheses after it. */
async function organizationOf(
  tx: Tx,
  printed: string,
  alias: string | undefined,
  announcementId: number,
  report: ImportReport,
  catalog: Catalog,
  merges: OrganMerges,
): Promise<{ id: number; name: string }> {
  const cached = knownOrganization(catalog, printed, alias);
  if (cached) return cached;
  let organ = await findOrCreateOrganization(tx, printed, announcementId, () => report.newOrganizations++);
  if (alias) {
    const before = merges.orgMap.size;
    organ = await learnAlias(tx, organ, alias, announcementId, merges);
    if (merges.orgMap.size !== before) catalog.forget(); // ids of merged organs and their posts are gone
  }
  catalog.rememberOrganization(printed, organ);
  return organ;
}

/** Creates the posts not in the catalog (after prefetchCatalog: not stored) in one statement per few thousand. */
async function createPosts(tx: Tx, wanted: { organizationId: number; title: string }[], catalog: Catalog) {
  const missing = new Map<string, { organizationId: number; title: string; rank: number }>();
  for (const w of wanted) {
    if (catalog.post(w.organizationId, w.title) !== undefined) continue;
    missing.set(`${w.organizationId}\u0000${w.title}`, { ...w, rank: postRank(w.title) });
  }
  if (!missing.size) return;
  const posts = [...missing.values()];
  const ids = await insertRowsGivingIds(tx, "Post", ["organizationId", "title", "rank"], posts);
  for (const [i, p] of posts.entries()) catalog.rememberPost(p.organizationId, p.title, ids[i]);
}

/**
 * Puts the stored organs and posts the entries name into the catalog (a few queries), so that
 * findOrCreateOrganization / createPosts only go to the database for new ones.
 */
async function prefetchCatalog(tx: Tx, entries: { org: string; post: string }[], catalog: Catalog) {
  const names = [...new Set(entries.map((e) => e.org))].filter((n) => !catalog.organization(n));
  for (const chunk of chunks(names)) {
    const printed = await tx.organizationName.findMany({
      where: { name: { in: chunk }, kind: "printed" },
      select: { name: true, organization: { select: { id: true, name: true, aliases: true } } },
    });
    for (const o of printed) catalog.rememberOrganization(o.name, o.organization);
  }
  const wanted: { organizationId: number; title: string }[] = [];
  for (const e of entries) {
    const org = catalog.organization(e.org);
    if (org) wanted.push({ organizationId: org.id, title: e.post });
  }
  await prefetchPosts(tx, wanted, catalog);
}

/** Puts the stored posts among the wanted ones into the catalog. */
async function prefetchPosts(tx: Tx, list: { organizationId: number; title: string }[], catalog: Catalog) {
  const wanted = new Map<string, { organizationId: number; title: string }>();
  for (const w of list) if (catalog.post(w.organizationId, w.title) === undefined) wanted.set(`${w.organizationId}\u0000${w.title}`, w);
  const byOrganization = new Map<number, string[]>();
  for (const w of wanted.values()) appendTo(byOrganization, w.organizationId, w.title);
  for (const chunk of chunks([...byOrganization.keys()], 100)) {
    const titles = [...new Set(chunk.flatMap((id) => byOrganization.get(id)!))];
    for (const titleChunk of chunks(titles)) {
      const posts = await tx.post.findMany({
        where: { organizationId: { in: chunk }, title: { in: titleChunk } },
        select: { id: true, organizationId: true, title: true },
      });
      for (const p of posts) if (wanted.has(`${p.organizationId}\u0000${p.title}`)) catalog.rememberPost(p.organizationId, p.title, p.id);
    }
  }
}

const SOURCE_COLUMNS = ["sha256", "name", "encoding", "byteLength", "text", "url", "publication", "parseWarnings"] as const;

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

/** The columns an import writes to Action (the benchmark's floor writes the same), in actionRow's order. */
export const ACTION_COLUMNS = [
  "announcementId",
  "ordinal",
  "personName",
  "personId",
  "linkReason",
  "postId",
  "kind",
  "date",
  "spanStart",
  "spanEnd",
] as const;

/** An entry's Action row: its values in ACTION_COLUMNS' order. */
function actionRow(e: FreshEntry, link: EntryLink): Cell[] {
  return [e.announcementId, e.ordinal, e.personName, link.personId, link.linkReason, e.postId, e.kind, e.date, e.spanStart, e.spanEnd];
}

/** The sha256 of the given ones that are stored already. */
export async function storedSources(client: Db | Tx, hashes: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const chunk of chunks([...new Set(hashes)])) {
    const rows = await client.source.findMany({ where: { sha256: { in: chunk } }, select: { id: true, sha256: true } });
    for (const r of rows) out.set(r.sha256, r.id);
  }
  return out;
}

/** Thrown inside the transaction to roll back a dry run after computing its reports. */
class DryRunRollback extends Error {}

export interface StoreOptions {
  /** Compute the full reports (new people, organs, entries) inside a transaction, then roll it back. */
  dryRun?: boolean;
  /** The editor session importing from the browser, recorded on each Source (issue 16); none for the CLI. */
  sessionId?: string;
  /** The careers of the run's earlier batches (lib/derive/careerBook.ts): importFiles keeps one per run. */
  book?: CareerBook;
}

/**
 * Stores a batch of prepared sources in one transaction and returns one report per source, in
 * order. Sources refused while preparing get their failure report; sources stored already (or
 * twice in the batch) are duplicates.
 * Two imports at once: a unique-constraint race (the same bytes, or the same announcement from two
 * pages) or a busy database makes the loser retry, and the retry sees the winner's rows (status
 * "duplicate", or the announcement counted as known).
 */
export async function storeBatch(db: Db, batch: Prepared[], options: StoreOptions = {}): Promise<ImportReport[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await storeBatchOnce(db, batch, options);
    } catch (e) {
      if (attempt >= STORE_ATTEMPTS || !isRetryableWriteConflict(e)) throw e;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    }
  }
}

/** SQLite has one writer at a time: a second import waits (busy timeout, 5 s) and retries. */
const STORE_ATTEMPTS = 8;

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

async function storeBatchOnce(db: Db, batch: Prepared[], options: StoreOptions): Promise<ImportReport[]> {
  stage("waiting for parsed files");
  const reports = batch.map((p) => emptyReport(p.name, p.sha256));
  const toStore: { prepared: PreparedSource; report: ImportReport }[] = [];
  const known = await storedSources(
    db,
    batch.map((p) => p.sha256),
  );
  const inBatch = new Set<string>();
  for (const [i, p] of batch.entries()) {
    const report = reports[i];
    if (p.kind === "refused") {
      Object.assign(report, { error: p.error, errorCode: p.errorCode, encoding: p.encoding, format: p.format, warnings: p.warnings });
      if (p.encoding === undefined) delete report.encoding;
      if (p.format === undefined) delete report.format;
      if (p.errorCode === undefined) delete report.errorCode;
      continue;
    }
    if (p.kind === "known" || known.has(p.sha256) || inBatch.has(p.sha256)) {
      report.status = "duplicate";
      report.sourceId = known.get(p.sha256);
      continue;
    }
    inBatch.add(p.sha256);
    Object.assign(report, { encoding: p.encoding, format: p.format, warnings: p.warnings });
    toStore.push({ prepared: p, report });
  }
  if (toStore.length) {
    await reconcileStoredOrganizations(db); // a database stored before organs had keys, once
    const catalog = catalogFor(db);
    stage("stored sources looked up");
    try {
      await db.$transaction(
        async (tx) => {
          await storeSources(tx, toStore, catalog, options.book);
          if (options.sessionId) {
            const ids = toStore.flatMap(({ report }) => (report.sourceId === undefined ? [] : [report.sourceId]));
            await tx.source.updateMany({ where: { id: { in: ids } }, data: { sessionId: options.sessionId } });
          }
          if (options.dryRun) throw new DryRunRollback();
          await options.book?.seal(tx);
          stage("transaction body done");
        },
        { maxWait: 60_000, timeout: 60 * 60_000 },
      );
      stage("commit");
      catalog.commit();
      options.book?.commit();
    } catch (e) {
      options.book?.reset(); // its careers took decisions that were not committed
      if (!(e instanceof DryRunRollback)) throw e;
      for (const { report } of toStore) report.sourceId = undefined;
    }
    for (const { report } of toStore) report.status = options.dryRun ? "preview" : "imported";
  }
  // Sources printed twice in the batch: the second names the first's row.
  const idOf = new Map(toStore.map(({ prepared, report }) => [prepared.sha256, report.sourceId]));
  for (const r of reports) if (r.status === "duplicate" && r.sourceId === undefined) r.sourceId = idOf.get(r.sha256);
  if (!options.dryRun) await fillMissingAddresses(db, batch, reports);
  return reports;
}

/** The same bytes seen again at a stated address: a missing address is filled in, a stored one never replaced. */
async function fillMissingAddresses(db: Db, batch: Prepared[], reports: ImportReport[]) {
  for (const [i, p] of batch.entries()) {
    const id = reports[i].sourceId;
    if (reports[i].status !== "duplicate" || id === undefined || !p.url) continue;
    await db.source.updateMany({ where: { id, url: null }, data: { url: p.url, publication: p.publication ?? null } });
  }
}

/** The batch's rows: sources, new announcements, organs and posts, then people (derive), actions and tenures. */
async function storeSources(
  tx: Tx,
  toStore: { prepared: PreparedSource; report: ImportReport }[],
  catalog: Catalog,
  book: CareerBook | undefined,
) {
  for (const part of chunks(toStore, SOURCES_PER_STATEMENT)) {
    const ids = await insertRowsGivingIds(
      tx,
      "Source",
      SOURCE_COLUMNS,
      part.map(({ prepared: p }) => ({
        sha256: p.sha256,
        name: p.name,
        encoding: p.encoding,
        byteLength: p.byteLength,
        text: p.text,
        url: p.url ?? null,
        publication: p.publication ?? null,
        // what the parser could not read, shown on the announcement page (lib/import/warnings)
        parseWarnings: warningsToStore(p.warnings),
      })),
    );
    for (const [i, { report }] of part.entries()) report.sourceId = ids[i];
  }

  stage("sources stored");
  // Announcements: those stored before (from another page) or printed twice are counted, not stored.
  const seen = new Set<string>();
  for (const chunk of chunks([...new Set(toStore.flatMap(({ prepared }) => prepared.announcements.map((a) => a.fingerprint)))])) {
    const rows = await tx.announcement.findMany({ where: { fingerprint: { in: chunk } }, select: { fingerprint: true } });
    for (const r of rows) seen.add(r.fingerprint);
  }
  const fresh: { prepared: PreparedSource; report: ImportReport; list: PreparedSource["announcements"] }[] = [];
  for (const { prepared, report } of toStore) {
    const list: PreparedSource["announcements"] = [];
    for (const a of prepared.announcements) {
      if (seen.has(a.fingerprint)) report.knownAnnouncements++;
      else list.push(a);
      seen.add(a.fingerprint);
    }
    fresh.push({ prepared, report, list });
  }
  const rows = fresh.flatMap(({ report, list }) =>
    list.map(({ announcement: a, fingerprint }) => ({
      sourceId: report.sourceId!,
      issuer: a.issuer,
      number: a.number,
      date: a.date,
      meeting: a.meeting,
      spanStart: a.span[0],
      spanEnd: a.span[1],
      fingerprint,
      entryCount: a.entries.length,
    })),
  );
  const announcementId = new Map<string, number>();
  for (const part of chunks(rows, 2000)) {
    const ids = await insertRowsGivingIds(tx, "Announcement", ANNOUNCEMENT_COLUMNS, part);
    for (const [i, a] of part.entries()) announcementId.set(a.fingerprint, ids[i]);
  }

  stage("announcements stored");
  // Entries: organs and posts found or created; each entry remembers its source's report.
  await prefetchCatalog(
    tx,
    fresh.flatMap(({ list }) => list.flatMap(({ announcement }) => announcement.entries)),
    catalog,
  );
  // Organs one by one (few are new; the catalog answers the rest), then the new posts in one statement.
  const named: {
    report: ImportReport;
    a: ParsedAnnouncement;
    fingerprint: string;
    personKey: string;
    ordinal: number;
    e: ParsedEntry;
    organizationId: number;
    orgName: string;
  }[] = [];
  stage("organs and posts prefetched");
  const merges = noMerges();
  for (const { report, list } of fresh) {
    for (const { announcement: a, fingerprint, personKeys } of list) {
      report.announcements++;
      for (const [ordinal, e] of a.entries.entries()) {
        // Nearly every entry names an organ the catalog knows: no await (a microtask per entry) for those.
        const organ =
          knownOrganization(catalog, e.org, e.org_alias) ??
          (await organizationOf(tx, e.org, e.org_alias, announcementId.get(fingerprint)!, report, catalog, merges));
        named.push({ report, a, fingerprint, personKey: personKeys[ordinal], ordinal, e, organizationId: organ.id, orgName: organ.name });
      }
    }
  }
  stage("organs found or created");
  // An alias merged organs: entries read before point at the organ they were merged into.
  for (const n of named) n.organizationId = merges.orgMap.get(n.organizationId) ?? n.organizationId;
  // Organs' names as they settled once the batch's printed forms are all recorded.
  const nameOf = new Map<number, string>();
  for (const ids of chunks([...new Set(named.map((n) => n.organizationId))])) {
    for (const o of await tx.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }))
      nameOf.set(o.id, o.name);
  }
  for (const n of named) n.orgName = nameOf.get(n.organizationId) ?? n.orgName;
  stage("organ names settled");
  // Stored posts of organs found under a form not printed before (or merged): only those are not in the catalog yet.
  await prefetchPosts(
    tx,
    named.map((n) => ({ organizationId: n.organizationId, title: n.e.post })),
    catalog,
  );
  await createPosts(
    tx,
    named.map((n) => ({ organizationId: n.organizationId, title: n.e.post })),
    catalog,
  );
  stage("posts created");
  const entries: FreshEntry[] = [];
  const reportOf = new Map<string, ImportReport>(); // entry ref → its source's report
  for (const { report, a, fingerprint, personKey, ordinal, e, organizationId, orgName } of named) {
    entries.push({
      announcementId: announcementId.get(fingerprint)!,
      announcementKey: fingerprint,
      ordinal,
      ref: actionRef(fingerprint, ordinal),
      personName: e.person,
      nameKey: personKey,
      postId: catalog.post(organizationId, e.post)!,
      organizationId,
      orgName,
      postTitle: e.post,
      kind: e.action,
      date: a.date,
      spanStart: e.span[0],
      spanEnd: e.span[1],
    });
    reportOf.set(entries[entries.length - 1].ref, report);
    report.entries++;
  }
  if (!entries.length) return;
  // Organs found to be one body: the tenures of their posts now, the people of their names with the batch's.
  if (merges.postIds.size) {
    await rederiveTenures(tx, [...merges.postIds]);
    book?.tenures.forget(merges.postIds);
  }

  // People: derivation links the batch's entries (and re-links the stored entries of their names) once.
  stage("entries prepared");
  const plan = await linkNames(tx, merges.nameKeys, entries, { book });
  const stored = await storeActions(tx, entries, plan.freshLinks);
  stage("actions stored");
  await recomputeTenures(tx, plan, stored);
  stage("tenures derived");

  // Each new person is counted for the first source (in batch order) that names them.
  const counted = new Set<number>();
  for (const s of stored) {
    if (!plan.newPersonIds.has(s.link.personId) || counted.has(s.link.personId)) continue;
    counted.add(s.link.personId);
    reportOf.get(s.entry.ref)!.newPeople++;
  }
  // (A new person holding only entries stored before: a re-link split a career.)
  toStore[0].report.newPeople += plan.newPeople - counted.size;
}

/** Inserts the batch's Action rows with the person and reason derivation gave them; returns their ids. */
async function storeActions(tx: Tx, entries: FreshEntry[], links: Map<string, EntryLink>): Promise<StoredFreshEntry[]> {
  const linked = entries.map((entry) => ({ entry, link: links.get(entry.ref)! }));
  const ids = await insertTuplesGivingIds(
    tx,
    "Action",
    ACTION_COLUMNS,
    linked.map(({ entry: e, link }) => actionRow(e, link)),
  );
  return linked.map(({ entry, link }, i) => ({ id: ids[i], entry, link }));
}

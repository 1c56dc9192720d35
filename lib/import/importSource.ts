// One source (a file's bytes) → rows, in one transaction: all of it or none of it. The same path
// as a batch of files (storeBatch), with a batch of one.
// Idempotent: the same bytes are stored once (sha256), the same announcement printed in two pages
// is stored once (fingerprint of its metadata and entries).
import type { Db } from "../db/client";
import { prepareSource, type SourceInput } from "./prepare";
import { refreshStatistics } from "./statistics";
import { type ImportReport, storeBatch } from "./storeBatch";

export { announcementFingerprint, type SourceInput, sha256 } from "./prepare";
export type { ImportReport } from "./storeBatch";

export interface ImportOptions {
  /** Compute the full report (new people, organs, entries) inside a transaction, then roll it back. */
  dryRun?: boolean;
  /** The editor session importing from the browser, recorded on the Source (issue 16); none for the CLI. */
  sessionId?: string;
}

/**
 * Imports one source; never throws for bad input, the report says what went wrong.
 * Two imports at once: the loser of a race retries and sees the winner's rows (see storeBatch).
 */
export async function importSource(db: Db, input: SourceInput, options: ImportOptions = {}): Promise<ImportReport> {
  const [report] = await storeBatch(db, [prepareSource(input)], options);
  if (report.status === "imported") await refreshStatistics(db);
  return report;
}

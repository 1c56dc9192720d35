// Imports files one by one (one transaction each), with a progress line per file and a summary.
import { readFileSync } from "node:fs";
import type { Db } from "../db/client";
import { expandPaths } from "./files";
import { type ImportReport, importSource } from "./importSource";

export interface ImportRunSummary {
  files: number;
  imported: number;
  duplicates: number;
  failed: number;
  announcements: number;
  entries: number;
  newPeople: number;
  reports: ImportReport[];
}

export function describeReport(r: ImportReport): string {
  if (r.status === "failed") return `FAILED: ${r.error}`;
  if (r.status === "duplicate") return `already imported (source #${r.sourceId}), nothing changed`;
  const parts = [
    `${r.announcements} announcement(s)`,
    `${r.entries} entries`,
    `${r.newPeople} new people`,
    `${r.newOrganizations} new organs`,
  ];
  if (r.knownAnnouncements) parts.push(`${r.knownAnnouncements} announcement(s) already stored from another source`);
  if (r.announcements === 0 && r.knownAnnouncements === 0) parts.push("no personnel announcement found (text kept)");
  const warn = r.warnings.map((w) => `warning: ${w.message}`);
  return [parts.join(", "), ...warn].join("; ");
}

export async function importFiles(db: Db, paths: string[], log: (line: string) => void = console.log): Promise<ImportRunSummary> {
  const files = expandPaths(paths);
  const summary: ImportRunSummary = {
    files: files.length,
    imported: 0,
    duplicates: 0,
    failed: 0,
    announcements: 0,
    entries: 0,
    newPeople: 0,
    reports: [],
  };
  const width = String(files.length).length;
  for (const [i, file] of files.entries()) {
    let report: ImportReport;
    try {
      report = await importSource(db, { name: file, bytes: readFileSync(file) });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const reason =
        err.code === "ENOENT"
          ? "no such file"
          : err.code === "EACCES"
            ? "permission denied"
            : err.code === "EISDIR"
              ? "is a directory"
              : err.message;
      report = {
        name: file,
        sha256: "",
        status: "failed",
        announcements: 0,
        knownAnnouncements: 0,
        entries: 0,
        newPeople: 0,
        newOrganizations: 0,
        warnings: [],
        error: reason,
      };
    }
    summary.reports.push(report);
    if (report.status === "imported") summary.imported++;
    else if (report.status === "duplicate") summary.duplicates++;
    else summary.failed++;
    summary.announcements += report.announcements;
    summary.entries += report.entries;
    summary.newPeople += report.newPeople;
    log(`[${String(i + 1).padStart(width)}/${files.length}] ${file}: ${describeReport(report)}`);
  }
  log(
    `imported ${summary.imported} of ${summary.files} file(s): ${summary.announcements} announcements, ${summary.entries} entries, ` +
      `${summary.newPeople} new people; ${summary.duplicates} already imported; ${summary.failed} failed`,
  );
  return summary;
}

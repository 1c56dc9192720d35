// A file on disk → a prepared source (lib/import/prepare.ts), or the reason it cannot be read.
import { readFileSync } from "node:fs";
import { type Prepared, prepareSource } from "./prepare";

/** Why a file could not be read, in words (the importer's one line per file). */
export function readFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "ENOENT") return "no such file";
  if (err.code === "EACCES") return "permission denied";
  if (err.code === "EISDIR") return "is a directory";
  return err.message;
}

/** Reads and prepares one file; `known` (sha256 of stored sources) spares parsing what is stored. */
export function prepareFile(path: string, known: ReadonlySet<string> = new Set()): Prepared {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { kind: "refused", name: path, sha256: "", error: readFailure(e), warnings: [] };
  }
  return prepareSource({ name: path, bytes }, known);
}

// One source's bytes → what storing it needs, without the database: its sha256, the decoded
// text, the parsed announcements with their fingerprints, or the reason it is refused. Pure, so
// that it can run in a worker thread (lib/import/parsePool.ts) while the main thread stores.
import { createHash } from "node:crypto";
import { cachedNameKey } from "../domain/names";
import { type ParsedAnnouncement, type ParseWarning, parseAnnouncements } from "../parse";
import { sourceTooManyEntries } from "./limits";
import { type SourceErrorCode, SourceTextError, sourceText } from "./text";

export interface SourceInput {
  /** File name or URL, shown to users as the source. */
  name: string;
  bytes: Uint8Array;
  /** The address the bytes came from (a fetch, --url, the import form); else the page's canonical link. */
  url?: string;
  /** The publication that printed it; else the page's og:site_name. */
  publication?: string;
}

/** Where a source was published, as stored on Source (null: not known). */
interface Provenance {
  url?: string | null;
  publication?: string | null;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function announcementFingerprint(a: ParsedAnnouncement): string {
  const entries = a.entries.map((e) => [e.person, e.action, e.org, e.post].join("|")).sort();
  return sha256(JSON.stringify([a.number, a.date, a.meeting, entries]));
}

/** A source ready to store. */
export interface PreparedSource extends Provenance {
  kind: "parsed";
  name: string;
  sha256: string;
  byteLength: number;
  encoding: string;
  format: "text" | "html";
  text: string;
  /** personKeys: each entry's nameKey, in order (worked out here, in the parse worker, not on the main thread). */
  announcements: { announcement: ParsedAnnouncement; fingerprint: string; personKeys: string[] }[];
  warnings: ParseWarning[];
  entries: number;
}

/** A source refused before anything is stored (unreadable, wrong encoding, too many entries …). */
export interface RefusedSource extends Provenance {
  kind: "refused";
  name: string;
  /** Empty when the bytes could not even be read. */
  sha256: string;
  error: string;
  errorCode?: SourceErrorCode;
  encoding?: string;
  format?: "text" | "html";
  warnings: ParseWarning[];
}

/** A source whose bytes are stored already (found before parsing: nothing to do). */
export interface KnownSource extends Provenance {
  kind: "known";
  name: string;
  sha256: string;
}

export type Prepared = PreparedSource | RefusedSource | KnownSource;

/** Decodes and parses one source; `known` (sha256 of stored sources) spares parsing what is stored. */
export function prepareSource(input: SourceInput, known?: ReadonlySet<string>): Prepared {
  const hash = sha256(input.bytes);
  const stated = { url: input.url ?? null, publication: input.publication ?? null };
  if (known?.has(hash)) return { kind: "known", name: input.name, sha256: hash, ...stated };
  let decoded: ReturnType<typeof sourceText>;
  try {
    decoded = sourceText(input.bytes); // size limit, decoding, HTML → text
  } catch (e) {
    if (e instanceof SourceTextError)
      return { kind: "refused", name: input.name, sha256: hash, error: e.message, errorCode: e.code, warnings: [] };
    throw e;
  }
  const parsed = parseAnnouncements(decoded.text);
  const entries = parsed.announcements.reduce((n, a) => n + a.entries.length, 0);
  const tooMany = sourceTooManyEntries(entries);
  if (tooMany) {
    return {
      kind: "refused",
      name: input.name,
      sha256: hash,
      error: tooMany,
      errorCode: "too-many-entries",
      encoding: decoded.encoding,
      format: decoded.format,
      warnings: parsed.warnings,
    };
  }
  return {
    kind: "parsed",
    name: input.name,
    sha256: hash,
    byteLength: input.bytes.length,
    encoding: decoded.encoding,
    format: decoded.format,
    text: decoded.text,
    announcements: parsed.announcements.map((a) => ({
      announcement: a,
      fingerprint: announcementFingerprint(a),
      personKeys: a.entries.map((e) => cachedNameKey(e.person)),
    })),
    warnings: parsed.warnings,
    entries,
    url: input.url ?? decoded.page?.url ?? null,
    publication: input.publication ?? decoded.page?.publication ?? null,
  };
}

// The character set a web page declares: the HTTP Content-Type header first, then a <meta charset>
// or <meta http-equiv="Content-Type"> in its first bytes (as the HTML standard's prescan does).
import iconv from "iconv-lite";

const GB = new Set(["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"]);
const UTF8 = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);

export function charsetOfContentType(contentType: string | undefined | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m ? m[1].toLowerCase() : null;
}

/** The charset a page's markup declares within its first 2 KB, or null. */
export function charsetOfMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const direct = /<meta\s[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return direct ? direct[1].toLowerCase() : null;
}

export type CharsetFamily = "utf-8" | "gb" | "other";

export function charsetFamily(name: string | null): CharsetFamily | null {
  if (!name) return null;
  if (UTF8.has(name)) return "utf-8";
  if (GB.has(name)) return "gb";
  return "other";
}

/**
 * The bytes to import. UTF-8 and the GB family (GB2312/GBK/GB18030) are read by the importer's own
 * decoder, which checks the bytes themselves; another declared charset that iconv knows (Big5 on
 * Hong Kong and Taiwan sites, for one) is converted to UTF-8 here first.
 */
export function bytesForImport(bytes: Uint8Array, declared: string | null): { bytes: Uint8Array; converted: string | null } {
  if (!declared || charsetFamily(declared) !== "other" || !iconv.encodingExists(declared)) return { bytes, converted: null };
  return { bytes: new Uint8Array(Buffer.from(iconv.decode(Buffer.from(bytes), declared), "utf8")), converted: declared };
}

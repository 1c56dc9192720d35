// bytes → text. Detects the encoding from evidence (BOM, byte patterns, strict
// decoding) and refuses with a reason rather than guessing silently.

export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export type DecodeErrorCode = "empty" | "blank" | "binary" | "unknown-encoding";

export class DecodeError extends Error {
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DecodeError";
  }
}

const MAGIC: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive (or DOCX/XLSX)", [0x50, 0x4b, 0x03, 0x04]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["gzip archive", [0x1f, 0x8b]],
  ["OLE document (DOC/XLS)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["RAR archive", [0x52, 0x61, 0x72, 0x21]],
  ["7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of zero bytes at even and odd positions: UTF-16 text without a BOM has many on one side. */
function zeroBytes(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  return { even: even / Math.max(1, n / 2), odd: odd / Math.max(1, n / 2) };
}

/**
 * UTF-16 without a BOM, from what its code units are: nearly all Chinese characters, CJK and
 * full-width punctuation, or printable ASCII, and some Chinese. Chinese text has few zero bytes
 * (中 is 2D 4E), so the zero-byte test alone misses it; the wrong byte order gives code units
 * all over the Unicode planes (中 read as 2D4E is in no script a text is written in).
 */
function looksLikeUtf16(bytes: Uint8Array, le: boolean): string | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const text = strict(le ? "utf-16le" : "utf-16be", bytes);
  if (text === null) return null;
  const n = Math.min(text.length, 64 * 1024);
  let plausible = 0;
  let chinese = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const han = c >= 0x3400 && c <= 0x9fff;
    if (han) chinese++;
    if (
      han ||
      (c >= 0x20 && c <= 0x7e) ||
      c === 9 ||
      c === 10 ||
      c === 13 ||
      (c >= 0x2000 && c <= 0x206f) || // general punctuation (—, “”, …)
      (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation (、。「」), kana
      (c >= 0xff00 && c <= 0xffef) // full-width forms (（），：)
    )
      plausible++;
  }
  return plausible / n >= 0.97 && chinese / n >= 0.2 ? text : null;
}

/** Control characters other than tab, newline, carriage return and form feed mark binary data. */
function controlCharShare(text: string): number {
  const n = Math.min(text.length, 64 * 1024);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) bad++;
  }
  return bad / Math.max(1, n);
}

/**
 * GB18030 decodes almost any byte soup without error, so only accept it when the
 * double-byte pairs look like real Chinese: lead and trail bytes in the GB2312
 * hanzi/punctuation block (0xA1–0xF7, 0xA1–0xFE), which ordinary text keeps to.
 */
function looksLikeGbChinese(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  const n = Math.min(bytes.length, 256 * 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const t = bytes[i + 1] ?? 0;
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) common++;
    // Four-byte GB18030 sequences have a digit as second byte.
    i += t >= 0x30 && t <= 0x39 ? 3 : 1;
  }
  return pairs > 0 && common / pairs >= 0.9;
}

/** Offset of the first byte that breaks UTF-8, for an error message that says where. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

function finish(text: string, encoding: TextEncodingName): DecodedText {
  if (text.trim() === "") throw new DecodeError("blank", "the file holds only whitespace: there is no text to parse");
  if (controlCharShare(text) > 0.01) {
    throw new DecodeError("binary", `the file looks binary: it decodes as ${encoding} but is full of control characters`);
  }
  return { text, encoding };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new DecodeError("empty", "the file is empty (0 bytes)");

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict("utf-8", bytes.subarray(3));
    if (text === null) throw new DecodeError("unknown-encoding", "the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
    return finish(text, "utf-8-bom");
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    const text = strict(le ? "utf-16le" : "utf-16be", bytes.subarray(2));
    if (text === null)
      throw new DecodeError(
        "unknown-encoding",
        `the file starts with a UTF-16 ${le ? "LE" : "BE"} byte-order mark but is not valid UTF-16`,
      );
    return finish(text, le ? "utf-16le" : "utf-16be");
  }

  for (const [what, magic] of MAGIC) {
    if (startsWith(bytes, magic))
      throw new DecodeError("binary", `the file is a ${what}, not text: save or copy the announcement as plain text`);
  }

  const zeros = zeroBytes(bytes);
  if (zeros.odd > 0.3 && zeros.even < 0.05) {
    const text = strict("utf-16le", bytes);
    if (text !== null) return finish(text, "utf-16le");
  }
  if (zeros.even > 0.3 && zeros.odd < 0.05) {
    const text = strict("utf-16be", bytes);
    if (text !== null) return finish(text, "utf-16be");
  }
  const utf16 = () => {
    const le = looksLikeUtf16(bytes, true);
    const be = looksLikeUtf16(bytes, false);
    if (le !== null && be === null) return finish(le, "utf-16le");
    if (be !== null && le === null) return finish(be, "utf-16be");
    return null;
  };
  if (zeros.even + zeros.odd > 0) {
    const found = utf16();
    if (found) return found;
    throw new DecodeError(
      "binary",
      "the file looks binary: it contains NUL bytes and is not UTF-16 text (UTF-16 without a byte-order mark is read only when " +
        "its characters show the byte order: mostly Chinese text; re-save it as UTF-8, or as UTF-16 with a byte-order mark)",
    );
  }

  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return finish(utf8, "utf-8");
  const found = utf16();
  if (found) return found;

  if (looksLikeGbChinese(bytes)) {
    const gb = strict("gb18030", bytes);
    if (gb !== null) return finish(gb, "gb18030");
  }
  const at = firstInvalidUtf8(bytes);
  const hex = bytes[at]?.toString(16).padStart(2, "0") ?? "??";
  throw new DecodeError(
    "unknown-encoding",
    `the file is not UTF-8, UTF-16 or GB18030 Chinese text (first invalid UTF-8 byte 0x${hex} at byte offset ${at}); re-save it as UTF-8`,
  );
}

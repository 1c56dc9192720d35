// Size limits of an import, stated on the import page and enforced by importSource
// (every source, CLI or browser) and by the upload route (before the body is read).

/** One source (one file or one pasted text). A newspaper page is well under 1 MB. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;
/**
 * Entries in one source. A page holds a few hundred at most; the cap bounds how long one
 * import's transaction can hold the database (about a minute).
 */
export const MAX_SOURCE_ENTRIES = 20_000;
/** One browser upload: all files and the pasted text together. */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
/** Files in one browser upload. */
export const MAX_UPLOAD_FILES = 20;

const MB = 1024 * 1024;

/** "16 MB", "1.5 MB", "820 KB", "12 B". */
export function formatBytes(n: number): string {
  if (n >= MB) return `${Number((n / MB).toFixed(1))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** The reason a source is refused for its size, or null when it fits. */
export function sourceTooLarge(byteLength: number): string | null {
  if (byteLength <= MAX_SOURCE_BYTES) return null;
  return `the file is ${formatBytes(byteLength)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)} per file: split it into pages and import those`;
}

/** The reason a source is refused for the number of entries it holds, or null when it fits. */
export function sourceTooManyEntries(entries: number): string | null {
  if (entries <= MAX_SOURCE_ENTRIES) return null;
  return `the file holds ${entries.toLocaleString("en")} entries; the limit is ${MAX_SOURCE_ENTRIES.toLocaleString("en")} per file: split it into pages and import those`;
}

/** The reason an upload is refused as a whole, or null when it fits. */
export function uploadTooLarge(files: number, totalBytes: number): string | null {
  if (files > MAX_UPLOAD_FILES) return `一次最多上传 ${MAX_UPLOAD_FILES} 个文件（本次 ${files} 个），请分批导入。`;
  if (totalBytes > MAX_UPLOAD_BYTES) {
    return `一次上传合计不能超过 ${formatBytes(MAX_UPLOAD_BYTES)}（本次 ${formatBytes(totalBytes)}），请分批导入。`;
  }
  return null;
}

/** The limits in one sentence, for the import page. */
export const LIMITS_TEXT =
  `每个文件或粘贴文本不超过 ${formatBytes(MAX_SOURCE_BYTES)}、${MAX_SOURCE_ENTRIES.toLocaleString("en")} 项任免事项；一次最多 ${MAX_UPLOAD_FILES} 个文件，合计不超过 ${formatBytes(MAX_UPLOAD_BYTES)}。` +
  "支持 UTF-8、UTF-16（带 BOM；不带 BOM 时须以中文为主，能从内容看出字节顺序）和 GB18030 编码的纯文本或网页源代码（HTML 标签会被去掉）。";

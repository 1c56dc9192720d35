// The parser's warnings as stored with a source (Source.parseWarnings, JSON) and read back
// for the pages that show what was not read (an announcement page: "1 行未能识别：…").
import { z } from "zod";
import type { ParseWarning } from "../parse";

const StoredWarning = z.object({
  code: z.enum(["unreadable-line", "truncated-list"]),
  message: z.string(),
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  text: z.string(),
});
const StoredWarnings = z.array(StoredWarning);

export function warningsToStore(warnings: ParseWarning[]): string {
  return JSON.stringify(warnings.map(({ code, message, offset, line, text }) => ({ code, message, offset, line, text })));
}

/** The stored warnings; a column that does not read (hand-edited, older shape) gives none. */
export function storedWarnings(json: string): ParseWarning[] {
  try {
    const parsed = StoredWarnings.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The warnings that point inside [start, end) of the source text (an announcement's span). */
export function warningsWithin(warnings: ParseWarning[], start: number, end: number): ParseWarning[] {
  return warnings.filter((w) => w.offset >= start && w.offset < end);
}

/** What a page says about a warning, in Chinese. */
export function warningZh(w: { code: string }): string {
  return w.code === "unreadable-line" ? "未能识别（其中的任免事项没有导入）" : "名单在此中断，只导入完整的条目";
}

// bytes → the text that is parsed and stored: lib/text/read (the one reader of every entry
// point) behind the importer's size limit. Refusals are typed (SourceTextError) with a
// message that says what to do.
import { DecodeError, type DecodeErrorCode } from "../text/decode";
import { type ReadText, readText } from "../text/read";
import { sourceTooLarge } from "./limits";

export type SourceErrorCode = DecodeErrorCode | "too-large" | "empty-html" | "too-many-entries";

export class SourceTextError extends Error {
  constructor(
    readonly code: SourceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SourceTextError";
  }
}

/** The decoded text of a source (lib/text/read). */
export type SourceText = ReadText;

export function sourceText(bytes: Uint8Array): SourceText {
  const tooLarge = sourceTooLarge(bytes.length);
  if (tooLarge) throw new SourceTextError("too-large", tooLarge);
  let read: ReadText;
  try {
    read = readText(bytes);
  } catch (e) {
    if (e instanceof DecodeError) throw new SourceTextError(e.code, e.message);
    throw e;
  }
  if (read.format === "html" && read.text === "")
    throw new SourceTextError("empty-html", "the file is the source of a web page with no visible text");
  return read;
}

/** What the import page says for each refusal (the English detail is shown beside it). */
export const SOURCE_ERROR_ZH: Record<SourceErrorCode, string> = {
  empty: "文件是空的（0 字节）。",
  blank: "文件只有空白字符，没有可解析的文字。",
  binary:
    "这不是文本文件（看起来是图片、PDF、压缩包或其他二进制文件；不带 BOM 的 UTF-16 只在内容以中文为主、能看出字节顺序时识别）。请把公告另存为 UTF-8 纯文本，或直接复制文字粘贴。",
  "unknown-encoding":
    "无法识别文件编码：不是 UTF-8、UTF-16 或 GB18030 中文文本（不带 BOM 的 UTF-16 只在内容以中文为主、能看出字节顺序时识别）。请另存为 UTF-8 后再导入。",
  "too-large": "文件过大。请按版面拆分后分别导入。",
  "empty-html": "这是网页源代码，但去掉标签后没有可见文字。",
  "too-many-entries": "文件中的任免事项过多。请按版面拆分后分别导入。",
};

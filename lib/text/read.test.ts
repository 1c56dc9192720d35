import { describe, expect, it } from "vitest";
import { DecodeError } from "./decode";
import { readText } from "./read";

const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT = "一、任命\n甲一为某某市人民政府副市长；\n乙二为某某市高级人民法院副院长。";

describe("readText, the one reader of the parse command, the import command and the upload", () => {
  it("gives the text of a saved web page as its text: scripts, styles and navigation markup dropped, entities decoded", () => {
    const html = [
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>页</title>',
      '<script>var related = "<p>任命丙三为某某市人民政府副市长。</p>";</script><style>p { text-indent: 2em; }</style></head><body>',
      ...TEXT.split("\n").map((l) => `<p>${l.replace(/；/, "&#xFF1B;")}</p>`),
      "<p>&nbsp;</p><div>&ldquo;版权所有&rdquo;&copy;</div></body></html>",
    ].join("\n");
    const r = readText(utf8(html));
    expect(r.format).toBe("html");
    expect(r.text.split("\n").slice(0, 3)).toEqual(TEXT.split("\n"));
    expect(r.text).not.toContain("丙三");
    expect(r.text).toContain("“版权所有”©");
  });

  it("leaves plain text as decoded, with its encoding", () => {
    expect(readText(utf8(TEXT))).toEqual({ text: TEXT, encoding: "utf-8", format: "text" });
  });

  it("refuses bytes that are no text", () => {
    expect(() => readText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toThrow(DecodeError);
  });
});

import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { DecodeError, decodeText } from "./decode";

const SAMPLE = "重庆市人民代表大会常务委员会任免名单\n一、决定任命\n姜国杰为重庆市人民政府副市长";

function errorOf(bytes: Uint8Array): DecodeError {
  try {
    decodeText(bytes);
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error("expected a DecodeError");
}

describe("decodeText", () => {
  it("reads plain UTF-8", () => {
    expect(decodeText(Buffer.from(SAMPLE, "utf8"))).toEqual({ text: SAMPLE, encoding: "utf-8" });
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, "utf8")]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, "utf16le")]);
    const beBody = Buffer.from(SAMPLE, "utf16le").swap16();
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]);
    expect(decodeText(le)).toEqual({ text: SAMPLE, encoding: "utf-16le" });
    expect(decodeText(be)).toEqual({ text: SAMPLE, encoding: "utf-16be" });
  });

  it("detects UTF-16 LE without a BOM from its zero bytes", () => {
    const text = `Appointments 2024: ${SAMPLE}`;
    expect(decodeText(Buffer.from(text, "utf16le"))).toEqual({ text, encoding: "utf-16le" });
  });

  it("detects Chinese UTF-16 without a BOM, in either byte order, though it has almost no zero bytes", () => {
    const text = "重庆市人民代表大会常务委员会任免名单\n决定任命：\n张三为重庆市人民政府副市长；\n免去：\n李四的重庆市教育委员会主任职务。";
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(le).swap16();
    expect(le.filter((b) => b === 0).length / le.length).toBeLessThan(0.1);
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(be)).toEqual({ text, encoding: "utf-16be" });
    // Without any ASCII (no zero byte at all) too.
    const plain = "任命张三为重庆市人民政府副市长免去李四的重庆市教育委员会主任职务";
    expect(decodeText(Buffer.from(plain, "utf16le"))).toEqual({ text: plain, encoding: "utf-16le" });
  });

  it("refuses UTF-16-looking bytes it cannot read, saying what UTF-16 without a BOM needs", () => {
    // UTF-8 Chinese with NUL bytes in it: neither byte order reads as text.
    const odd = Buffer.concat([Buffer.from(SAMPLE, "utf8"), Buffer.from([0, 0]), Buffer.from(SAMPLE, "utf8")]);
    expect(errorOf(odd).message).toMatch(/UTF-16 without a byte-order mark is read only when its characters show the byte order/);
  });

  it("detects GB18030 (GBK) Chinese", () => {
    expect(decodeText(iconv.encode(SAMPLE, "gb18030"))).toEqual({ text: SAMPLE, encoding: "gb18030" });
  });

  it("refuses an empty file and a whitespace-only file", () => {
    expect(errorOf(new Uint8Array()).code).toBe("empty");
    const blank = errorOf(Buffer.from(" \n\t\r\n　", "utf8"));
    expect(blank.code).toBe("blank");
    expect(blank.message).toMatch(/only whitespace/);
  });

  it("names the kind of binary file", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(errorOf(png).message).toMatch(/PNG image/);
    expect(errorOf(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj", "latin1")).message).toMatch(/PDF document/);
    expect(errorOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])).message).toMatch(/ZIP archive/);
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7919) % 256));
    expect(errorOf(noise).code).toBe("binary");
  });

  it("refuses Latin-1 text instead of decoding it as mojibake, and says where", () => {
    const latin1 = Buffer.from("Nomination du préfet de la région: décision du conseil régional, été 2024", "latin1");
    const err = errorOf(latin1);
    expect(err.code).toBe("unknown-encoding");
    expect(err.message).toMatch(/byte offset 16/);
  });
});

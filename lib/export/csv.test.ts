import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvHeaders, csvLine, csvStream } from "./csv";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number; bytes: Uint8Array }> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), chunks: parts.length, bytes };
}

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("重庆市高级人民法院")).toBe("重庆市高级人民法院");
    expect(csvCell("副院长,审判员")).toBe('"副院长,审判员"');
    expect(csvCell('他说"是"')).toBe('"他说""是"""');
    expect(csvCell("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+86 23")).toBe("'+86 23");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell(-1)).toBe("-1");
  });

  it("ends lines with CRLF", () => {
    expect(csvLine(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });
});

describe("csvStream", () => {
  it("starts with the UTF-8 BOM and the header and pulls rows lazily in batches", async () => {
    let produced = 0;
    async function* rows() {
      for (let i = 0; i < 450; i++) {
        produced++;
        yield { name: i % 2 ? "王剑波" : "=1+1", n: i };
      }
    }
    const stream = csvStream(
      [
        { header: "person_name", value: (r: { name: string }) => r.name },
        { header: "n", value: (r: { n: number }) => r.n },
      ],
      rows(),
      200,
    );
    expect(produced).toBe(0);
    const { text, chunks, bytes } = await readAll(stream);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(`${BOM}person_name,n\r\n'=1+1,0\r\n王剑波,1\r\n`)).toBe(true);
    expect(text.split("\r\n")).toHaveLength(1 + 450 + 1);
    expect(chunks).toBe(3);
  });

  it("gives a header-only file for no rows", async () => {
    async function* none() {}
    const { text } = await readAll(csvStream([{ header: "date", value: () => "" }], none()));
    expect(text).toBe(`${BOM}date\r\n`);
  });

  it("names the download in ASCII with a UTF-8 form beside it", () => {
    const h = csvHeaders("任免-actions.csv") as Record<string, string>;
    expect(h["Content-Type"]).toBe("text/csv; charset=utf-8");
    expect(h["Content-Disposition"]).toContain('filename="__-actions.csv"');
    expect(h["Content-Disposition"]).toContain("filename*=UTF-8''%E4%BB%BB%E5%85%8D-actions.csv");
  });
});

// The bad-input catalogue (issue 8): every bad input gets a clear answer, and the database
// is exactly as before (row counts of every table and a checksum of every row).
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { type ImportReport, importSource } from "./importSource";
import { MAX_SOURCE_BYTES } from "./limits";
import { previewSource } from "./preview";
import { CHONGQING_LIST, CHONGQING_LIST_ENTRIES, dbState, LATER_LIST, manyLists, utf8 } from "./testing";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  // Something already stored, which no bad input may lose or change.
  expect((await importSource(t.db, { name: "cqrb-2025-01-16.txt", bytes: utf8(LATER_LIST) })).status).toBe("imported");
});
afterEach(async () => {
  await t.cleanup();
});

/** Runs an import of bytes that must be refused; checks the message and that nothing changed. */
async function refused(name: string, bytes: Uint8Array, code: string, message: RegExp): Promise<ImportReport> {
  const before = await dbState(t.url);
  const preview = await previewSource(t.db, { name, bytes });
  expect(preview.importable).toBe(false);
  expect(preview.errorZh).toBeTruthy();
  const report = await importSource(t.db, { name, bytes });
  expect(report.status).toBe("failed");
  expect(report.errorCode).toBe(code);
  expect(report.error).toMatch(message);
  expect(await dbState(t.url)).toEqual(before);
  return report;
}

function withBom(bom: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom);
  out.set(body, bom.length);
  return out;
}

function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

describe("refused inputs leave the database exactly as before", () => {
  it("empty file", async () => {
    await refused("empty.txt", new Uint8Array(0), "empty", /the file is empty \(0 bytes\)/);
  });

  it("whitespace only (spaces, tabs, CR/LF, ideographic spaces)", async () => {
    await refused("blank.txt", utf8(" \t\r\n\u3000\u3000\n  \n"), "blank", /only whitespace/);
  });

  it("a PNG image", async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0,
    ]);
    await refused("scan.png", png, "binary", /PNG image, not text/);
  });

  it("a PDF document", async () => {
    await refused(
      "gazette.pdf",
      utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
      "binary",
      /PDF document, not text/,
    );
  });

  it("a ZIP archive (a .docx is one)", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0, ...utf8("[Content_Types].xml")]);
    await refused("名单.docx", zip, "binary", /ZIP archive/);
  });

  it("Latin-1 text that is not Chinese", async () => {
    const latin1 = new Uint8Array(
      Buffer.from("Le conseil a nommé M. Dupont préfet délégué; Mme Müller, déléguée à la sécurité. Ça coûte 5 €? Non: 5 £.", "latin1"),
    );
    await refused(
      "latin1.txt",
      latin1,
      "unknown-encoding",
      /not UTF-8, UTF-16 or GB18030 Chinese text \(first invalid UTF-8 byte 0xe9 at byte offset \d+\); re-save it as UTF-8/,
    );
  });

  it("a 50 MB text is refused at once with the limit, without being read", async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(big.length).toBeGreaterThan(MAX_SOURCE_BYTES);
    const report = await refused("whole-archive.txt", big, "too-large", /the file is 50 MB; the limit is 16 MB per file: split it/);
    expect(report.encoding).toBeUndefined(); // never decoded
  });

  it("a file holding more entries than one import may write is refused before anything is written", async () => {
    const lists = manyLists(1001, 20); // 20,020 entries
    await refused("archive.txt", utf8(lists), "too-many-entries", /the file holds 20,020 entries; the limit is 20,000 per file/);
  });

  it("the same file twice: the second time is a no-op that says so", async () => {
    const bytes = utf8(CHONGQING_LIST);
    expect((await importSource(t.db, { name: "a.txt", bytes })).status).toBe("imported");
    const before = await dbState(t.url);
    const preview = await previewSource(t.db, { name: "copy.txt", bytes });
    expect(preview.report.status).toBe("duplicate");
    expect(preview.importable).toBe(false);
    const again = await importSource(t.db, { name: "copy.txt", bytes });
    expect(again.status).toBe("duplicate");
    expect(again.sourceId).toBeGreaterThan(0);
    expect(await dbState(t.url)).toEqual(before);
  });
});

describe("a page with no announcement", () => {
  it("is previewed as nothing to import, and importing it stores its text only", async () => {
    const bytes = new Uint8Array(readFileSync("data/sample/chongqing/000_ef6e8072abe1a15e.txt"));
    const before = await dbState(t.url);
    const preview = await previewSource(t.db, { name: "xinhua.txt", bytes });
    expect(preview.report.status).toBe("preview");
    expect(preview.report.announcements).toBe(0);
    expect(preview.importable).toBe(false); // the import page does not send it
    expect(await dbState(t.url)).toEqual(before);

    const report = await importSource(t.db, { name: "xinhua.txt", bytes });
    expect(report).toMatchObject({ status: "imported", announcements: 0, entries: 0, newPeople: 0, newOrganizations: 0 });
    const after = await dbState(t.url);
    expect(after.counts).toEqual({ ...before.counts, Source: before.counts.Source + 1 });
  });
});

describe("encodings that import correctly", () => {
  const cases: [string, Uint8Array, string][] = [
    ["GB18030", new Uint8Array(iconv.encode(CHONGQING_LIST, "gb18030")), "gb18030"],
    ["UTF-16 LE with BOM", withBom([0xff, 0xfe], new Uint8Array(Buffer.from(CHONGQING_LIST, "utf16le"))), "utf-16le"],
    ["UTF-16 BE with BOM", withBom([0xfe, 0xff], utf16be(CHONGQING_LIST)), "utf-16be"],
    ["UTF-8 with BOM", withBom([0xef, 0xbb, 0xbf], utf8(CHONGQING_LIST)), "utf-8-bom"],
  ];
  for (const [label, bytes, encoding] of cases) {
    it(label, async () => {
      const report = await importSource(t.db, { name: `${encoding}.txt`, bytes });
      expect(report).toMatchObject({ status: "imported", encoding, announcements: 1, entries: CHONGQING_LIST_ENTRIES });
      const source = await t.db.source.findUniqueOrThrow({ where: { id: report.sourceId } });
      expect(source.text).toBe(CHONGQING_LIST);
      const jiang = await t.db.action.findFirstOrThrow({
        where: { personName: "姜国杰" },
        include: { post: { include: { organization: true } } },
      });
      expect([jiang.kind, jiang.post.organization.name, jiang.post.title]).toEqual(["决定任命", "重庆市人民政府", "副市长"]);
      expect(source.text.slice(jiang.spanStart, jiang.spanEnd)).toContain("姜国杰为重庆市人民政府副市长");
    });
  }
});

describe("an announcement cut in the middle of its list", () => {
  it("imports the complete clauses and reports the cut", async () => {
    const cut = CHONGQING_LIST.slice(0, CHONGQING_LIST.indexOf("吴涛为重庆市第三中级") + "吴涛为重庆市第三中级".length);
    const report = await importSource(t.db, { name: "page-1-of-2.txt", bytes: utf8(cut) });
    expect(report.status).toBe("imported");
    expect(report.warnings.map((w) => w.code)).toContain("truncated-list");
    expect(report.warnings.find((w) => w.code === "truncated-list")!.message).toMatch(/stops mid-way/);
    const names = (await t.db.action.findMany({ where: { announcement: { sourceId: report.sourceId } }, orderBy: { ordinal: "asc" } })).map(
      (a) => `${a.personName}:${a.kind}`,
    );
    expect(names).toEqual(["姜国杰:决定任命", "易晓东:决定任命", "蒋佩伏:任命", "蒋佩伏:任命", "蒋佩伏:任命"]);
  });
});

describe("the same announcement inside two different pages", () => {
  it("is stored once: the second page adds its text but no announcement and no action", async () => {
    const page1 = `重庆日报 2024年11月29日 第3版\n\n${CHONGQING_LIST}\n\n（本报记者 何春阳）\n`;
    const page2 = `华龙网 2024-11-29 09:12\n来源：重庆人大\n\n${CHONGQING_LIST}\n\n责任编辑：李娜\n`;
    expect((await importSource(t.db, { name: "cqrb.txt", bytes: utf8(page1) })).entries).toBe(CHONGQING_LIST_ENTRIES);
    const before = await dbState(t.url);
    const preview = await previewSource(t.db, { name: "cqnews.txt", bytes: utf8(page2) });
    expect(preview.importable).toBe(false);
    expect(preview.announcements.map((a) => a.known)).toEqual([true]);
    const report = await importSource(t.db, { name: "cqnews.txt", bytes: utf8(page2) });
    expect(report).toMatchObject({ status: "imported", knownAnnouncements: 1, announcements: 0, entries: 0 });
    expect((await dbState(t.url)).counts).toEqual({ ...before.counts, Source: before.counts.Source + 1 });
  });
});

describe("HTML source instead of text", () => {
  it("strips tags, scripts and styles and imports the visible text", async () => {
    const body = CHONGQING_LIST.split("\n")
      .map((line) => (line ? `<p class="MsoNormal" style="text-indent:2em">${line.replace("副市长", "副&#x5E02;长")}</p>` : ""))
      .join("\n");
    const html = `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>任免名单</title>\n<style>p{margin:0}</style>\n<script>document.cookie="x=1";alert("姜国杰为重庆市人民政府市长")</script></head>\n<body><div id="content">\n${body}\n</div><!-- 页脚 --></body></html>`;
    const report = await importSource(t.db, { name: "cqrd.gov.cn.html", bytes: utf8(html) });
    expect(report).toMatchObject({ status: "imported", format: "html", announcements: 1, entries: CHONGQING_LIST_ENTRIES });
    const source = await t.db.source.findUniqueOrThrow({ where: { id: report.sourceId } });
    expect(source.text).not.toMatch(/[<>]|alert|MsoNormal|页脚/);
    expect(source.text).toContain("姜国杰为重庆市人民政府副市长");
    const jiang = await t.db.action.findFirstOrThrow({ where: { personName: "姜国杰" }, include: { post: true } });
    expect(jiang.post.title).toBe("副市长"); // not the 市长 of the script
  });

  it("refuses a page whose HTML has no visible text", async () => {
    await refused(
      "blank.html",
      utf8(`<!doctype html><html><head><script>var a = 1;</script></head><body><div><br></div></body></html>`),
      "empty-html",
      /no visible text/,
    );
  });
});

describe("names and posts with markup, quotes, SQL and very long strings", () => {
  it("keeps the text byte for byte, stores only what the parser reads as names, and every table survives", async () => {
    const evil = CHONGQING_LIST.replace("易晓东", `<script>alert("x")</script>`)
      .replace("吴涛", `O'Brien"; DROP TABLE "Person"; --`)
      .replace("杨国权", "王".repeat(5000))
      .replace("副主任委员职务", `副主任委员' OR '1'='1职务`);
    const before = await dbState(t.url);
    const report = await importSource(t.db, { name: `"><img src=x onerror=alert(1)>.txt`, bytes: utf8(evil) });
    expect(report.status).toBe("imported");
    const source = await t.db.source.findUniqueOrThrow({ where: { id: report.sourceId } });
    expect(source.text).toBe(evil);
    expect(source.name).toBe(`"><img src=x onerror=alert(1)>.txt`);
    const after = await dbState(t.url);
    expect(Object.keys(after.counts)).toEqual(Object.keys(before.counts)); // no table dropped
    expect(await t.db.person.count({ where: { name: "蒋佩伏" } })).toBe(1);
    for (const a of await t.db.action.findMany({ where: { announcement: { sourceId: report.sourceId } } })) {
      expect(a.personName).not.toMatch(/[<>"';]/);
      expect(a.personName.length).toBeLessThanOrEqual(40);
    }
  });
});

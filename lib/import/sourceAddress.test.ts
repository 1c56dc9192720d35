import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { importSource } from "./importSource";
import { sourceAddress } from "./sourceAddress";
import { CHONGQING_LIST, LATER_LIST, utf8 } from "./testing";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>任免名单</title></head><body>${body
    .split("\n")
    .map((l) => `<p>${l}</p>`)
    .join("")}</body></html>`;

describe("a source keeps the address it came from", () => {
  it("takes the stated address and publication", async () => {
    const r = await importSource(t.db, {
      name: "list.txt",
      bytes: utf8(CHONGQING_LIST),
      url: "https://www.cqrd.gov.cn/a/1.html",
      publication: "重庆人大网",
    });
    const s = await t.db.source.findUniqueOrThrow({ where: { id: r.sourceId } });
    expect(s).toMatchObject({ url: "https://www.cqrd.gov.cn/a/1.html", publication: "重庆人大网" });
  });

  it("reads a saved page's canonical link and site name; a stated address wins over them", async () => {
    const head = `<link rel="canonical" href="https://www.cqrd.gov.cn/article/58.html"><meta property="og:site_name" content="重庆人大">`;
    const a = await importSource(t.db, { name: "saved.html", bytes: utf8(html(head, CHONGQING_LIST)) });
    expect(a.format).toBe("html");
    expect(await t.db.source.findUniqueOrThrow({ where: { id: a.sourceId } })).toMatchObject({
      url: "https://www.cqrd.gov.cn/article/58.html",
      publication: "重庆人大",
    });
    const b = await importSource(t.db, {
      name: "later.html",
      bytes: utf8(html(head, LATER_LIST)),
      url: "https://example.gov.cn/later.html",
    });
    expect((await t.db.source.findUniqueOrThrow({ where: { id: b.sourceId } })).url).toBe("https://example.gov.cn/later.html");
  });

  it("fills in the address of a source imported before without one; never replaces one", async () => {
    const first = await importSource(t.db, { name: "list.txt", bytes: utf8(CHONGQING_LIST) });
    const again = await importSource(t.db, { name: "list.txt", bytes: utf8(CHONGQING_LIST), url: "https://www.cqrd.gov.cn/a/1.html" });
    expect(again.status).toBe("duplicate");
    expect((await t.db.source.findUniqueOrThrow({ where: { id: first.sourceId } })).url).toBe("https://www.cqrd.gov.cn/a/1.html");
    await importSource(t.db, { name: "list.txt", bytes: utf8(CHONGQING_LIST), url: "https://elsewhere.example/2.html" });
    expect((await t.db.source.findUniqueOrThrow({ where: { id: first.sourceId } })).url).toBe("https://www.cqrd.gov.cn/a/1.html");
  });

  it("accepts only http and https addresses", () => {
    expect(sourceAddress(" https://www.cqrd.gov.cn/a b.html ")).toBe("https://www.cqrd.gov.cn/a%20b.html");
    expect(sourceAddress("")).toBeUndefined();
    expect(() => sourceAddress("file:///etc/passwd")).toThrow(/only http and https/);
    expect(() => sourceAddress("data/sample/x.txt")).toThrow(/not a web address/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { isBlockedAddress } from "./addresses";
import { crawl } from "./crawl";
import { FetchError, httpGet } from "./http";
import { judgeLink, pageLinks } from "./links";
import { robotsRule } from "./robots";
import { type FixtureSite, startFixtureSite } from "./testing";

let site: FixtureSite;
let t: TestDb;
beforeAll(async () => {
  site = await startFixtureSite();
  t = await createTestDb();
}, 60_000);
afterAll(async () => {
  await site?.close();
  await t?.cleanup();
});

const options = { allowPrivate: true, delayMs: 20, pageTimeoutMs: 5000, maxBytes: 1024 * 1024 };

describe("fetching a list page and its decision pages", () => {
  it("imports every decision page once (the GB18030 one included) and skips the rest with a reason", async () => {
    const lines: string[] = [];
    const run = await crawl(t.db, [`${site.origin}/list.html`], options, (l) => lines.push(l));
    const outcome = (path: string) => run.pages.find((p) => p.url.endsWith(path));
    expect(outcome("/list.html")?.outcome).toBe("list");
    expect(outcome("/a.html")?.outcome).toBe("imported");
    expect(outcome("/b.html")?.outcome).toBe("imported");
    expect(outcome("/b.html")?.detail).toMatch(/charset gb18030/i);
    expect(outcome("/old.html")?.outcome).toBe("imported");
    expect(outcome("/missing.html")).toMatchObject({ outcome: "failed", detail: "the server answered 404" });
    expect(outcome("/slow.html")).toMatchObject({ outcome: "failed" });
    expect(outcome("/slow.html")?.detail).toMatch(/no complete answer within/);
    expect(outcome("/huge.html")?.detail).toMatch(/more than the limit/);
    expect(outcome("/private/d.html")).toMatchObject({ outcome: "skipped", detail: "robots.txt disallows it" });
    expect(outcome("/x.html")?.detail).toMatch(/^another host/);
    expect(outcome("/news.html")).toMatchObject({ outcome: "skipped", detail: "no personnel announcement on the page" });
    expect(outcome("/about.html")).toBeUndefined();
    expect(run.imported).toBe(3);

    // Stored with the address each came from (after the redirect for the old one) and the publication.
    const a = await t.db.source.findFirstOrThrow({ where: { url: `${site.origin}/a.html` } });
    expect(a.publication).toBe("重庆人大（测试站）");
    const b = await t.db.source.findFirstOrThrow({ where: { url: `${site.origin}/b.html` } });
    expect(b.encoding).toBe("gb18030");
    expect(b.text).toContain("王剑波为重庆市第三中级人民法院院长");
    expect(await t.db.source.count({ where: { url: `${site.origin}/c.html` } })).toBe(1);
    expect(await t.db.action.count({ where: { personName: "王剑波" } })).toBe(1);

    // Polite: robots.txt read, the project named, one request at a time, no request to the other host.
    expect(site.requests.some((r) => r.path === "/robots.txt")).toBe(true);
    expect(site.requests.every((r) => /^Renmian\//.test(r.userAgent))).toBe(true);
    expect(site.maxInFlight()).toBe(1);
    expect(site.requests.some((r) => r.path === "/private/d.html" || r.path === "/x.html" || r.path === "/about.html")).toBe(false);
  }, 120_000);

  it("a second run imports nothing new: the server is asked whether pages changed", async () => {
    const before = await t.db.source.count();
    const run = await crawl(t.db, [`${site.origin}/list.html`], options, () => {});
    expect(run.imported).toBe(0);
    expect(await t.db.source.count()).toBe(before);
    for (const path of ["/a.html", "/b.html", "/old.html"]) expect(run.pages.find((p) => p.url.endsWith(path))?.outcome).toBe("unchanged");
  }, 120_000);

  it("stops at the page limit and says so", async () => {
    const db = await createTestDb();
    try {
      const run = await crawl(db.db, [`${site.origin}/list.html`], { ...options, maxPages: 2 }, () => {});
      expect(run.pages.filter((p) => p.detail.startsWith("page limit reached")).length).toBeGreaterThan(0);
      expect(run.imported).toBe(1);
    } finally {
      await db.cleanup();
    }
  }, 120_000);
});

describe("request forgery", () => {
  const strict = { userAgent: "Renmian/test", allowPrivate: false, maxBytes: 1 << 20, timeoutMs: 2000, maxRedirects: 3 };

  it("refuses loopback, private and link-local addresses, written as IPs or found by DNS", async () => {
    await expect(httpGet(`${site.origin}/a.html`, strict)).rejects.toMatchObject({ code: "blocked-address" });
    await expect(httpGet(site.origin.replace("127.0.0.1", "localhost"), strict)).rejects.toMatchObject({ code: "blocked-address" });
    await expect(httpGet("http://[::1]:9/", strict)).rejects.toBeInstanceOf(FetchError);
    await expect(httpGet("file:///etc/passwd", strict)).rejects.toMatchObject({ code: "bad-scheme" });
    await expect(httpGet("ftp://example.org/", strict)).rejects.toMatchObject({ code: "bad-scheme" });
    const run = await crawl(t.db, [`${site.origin}/list.html`], { ...options, allowPrivate: false }, () => {});
    expect(run.pages[0]).toMatchObject({ outcome: "failed" });
    expect(run.pages[0].detail).toMatch(/private or local address/);
  });

  it("knows which addresses are not public", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "100.64.0.1",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "224.0.0.1",
    ])
      expect(isBlockedAddress(a), a).toBe(true);
    for (const a of ["8.8.8.8", "1.1.1.1", "223.5.5.5", "2400:3200::1", "::ffff:8.8.8.8"]) expect(isBlockedAddress(a), a).toBe(false);
  });
});

describe("links and robots.txt", () => {
  it("follows same-host links whose text reads like a personnel decision", () => {
    const links = pageLinks(
      `<a href="/a.html">任免名单</a><a href="http://other.example/b">任命</a><a href="/c">首页</a><a href="mailto:x@y">公告</a>`,
      "http://site.example/list/",
    );
    expect(links.map((l) => [l.url, judgeLink(l, "http://site.example/list/").follow])).toEqual([
      ["http://site.example/a.html", true],
      ["http://other.example/b", false],
      ["http://site.example/c", false],
      ["mailto:x@y", false],
    ]);
  });

  it("obeys the group for our agent, else *, longest rule first", () => {
    const rule = robotsRule(
      "User-agent: *\nDisallow: /\n\nUser-agent: renmian\nDisallow: /private/\nAllow: /private/ok.html\n",
      "Renmian/0.1",
    );
    expect(rule("/list.html")).toBe(true);
    expect(rule("/private/x.html")).toBe(false);
    expect(rule("/private/ok.html")).toBe(true);
    expect(robotsRule("User-agent: *\nDisallow: /\n", "Renmian/0.1")("/a")).toBe(false);
    expect(robotsRule("User-agent: *\nDisallow:\n", "Renmian/0.1")("/a")).toBe(true);
  });
});

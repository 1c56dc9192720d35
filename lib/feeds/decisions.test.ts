import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { setupSampleDb } from "../queries/testing";
import { atomXml } from "./atom";
import { decisionFeed, type FeedScope } from "./decisions";

const t = setupSampleDb();
const ORIGIN = "http://renmian.test";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// biome-ignore lint/suspicious/noExplicitAny: parsed XML is checked field by field
function parseAtom(xml: string): any {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => ["entry", "link", "category"].includes(name),
  }).parse(xml);
  return doc.feed;
}

/** RFC 4287's required elements: feed id, title, updated, author, self link; entry id, title, updated, link. */
// biome-ignore lint/suspicious/noExplicitAny: parsed XML
function expectValidAtom(feed: any) {
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const k of ["id", "title", "updated"]) expect(feed[k]).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.some((l: Record<string, string>) => l["@rel"] === "self" && l["@type"] === "application/atom+xml")).toBe(true);
  const ids = new Set<string>();
  for (const e of feed.entry ?? []) {
    for (const k of ["id", "title", "updated", "summary"]) expect(e[k], k).toBeTruthy();
    expect(e.updated).toMatch(RFC3339);
    if (e.published) expect(e.published).toMatch(RFC3339);
    expect(e.link[0]["@href"]).toMatch(/^http:\/\/renmian\.test\/announcements\/\d+$/);
    ids.add(e.id);
  }
  expect(ids.size).toBe((feed.entry ?? []).length);
}

async function feedOf(scope: FeedScope) {
  return parseAtom(atomXml(await decisionFeed(t.db, scope, ORIGIN)));
}

describe("Atom feeds of decisions", () => {
  it("lists every announcement, newest stored first, each with its entries and source", async () => {
    const feed = await feedOf({ kind: "all" });
    expectValidAtom(feed);
    expect(feed.entry).toHaveLength(await t.db.announcement.count());
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(`${ORIGIN}/feed.atom`);
    const list = feed.entry.find((e: { title: string }) => e.title.includes("第58号"));
    expect(list.title).toContain("92 项");
    expect(list.summary["#text"] ?? list.summary).toMatch(/来源：/);
    expect(list.published).toBe("2024-11-28T00:00:00+08:00");
  });

  it("follows one organ or one person: only the announcements and entries that concern them", async () => {
    const org = await t.db.organization.findFirstOrThrow({ where: { name: "重庆市第四中级人民法院" } });
    const orgFeed = await feedOf({ kind: "org", id: org.id, name: org.name });
    expectValidAtom(orgFeed);
    expect(orgFeed.entry.length).toBeGreaterThan(0);
    for (const e of orgFeed.entry) {
      const text = String(e.summary["#text"] ?? e.summary);
      const lines = text.split("\n").filter((l) => /^(任命|免去|决定|批准|接受|撤销|罢免)/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.every((l) => l.includes("重庆市第四中级人民法院"))).toBe(true);
    }
    const person = await t.db.person.findFirstOrThrow({ where: { name: "蒋佩伏" } });
    const personFeed = await feedOf({ kind: "person", id: person.id, name: person.name });
    expectValidAtom(personFeed);
    expect(personFeed.title).toBe("蒋佩伏：人事任免");
    expect(
      personFeed.entry.every((e: { summary: unknown }) =>
        String((e.summary as { "#text"?: string })["#text"] ?? e.summary).includes("蒋佩伏"),
      ),
    ).toBe(true);
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    const xml = atomXml({
      id: "x",
      title: 'A & B <script>"',
      self: "http://h/feed.atom?a=1&b=2",
      alternate: "http://h/",
      updated: "2024-11-28T00:00:00Z",
      author: "任免",
      entries: [{ id: "e", title: "\u0001任<免>", updated: "2024-11-28T00:00:00Z", link: "http://h/a", summary: "]]> & done" }],
    });
    const feed = parseAtom(xml);
    expect(feed.title).toBe('A & B <script>"');
    expect(feed.entry[0].title).toBe("任<免>");
  });
});

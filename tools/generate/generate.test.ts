import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "../../lib/parse";
import { type GeneratedPage, generatePages } from ".";

const pagesFor = (actions: number, seed = 1): GeneratedPage[] => [...generatePages({ actions, seed })];
const entries = (pages: GeneratedPage[]) => pages.flatMap((p) => p.announcements.flatMap((a) => a.entries));

describe("generatePages", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = pagesFor(2000, 5).map((p) => p.text);
    expect(pagesFor(2000, 5).map((p) => p.text)).toEqual(a);
    expect(pagesFor(2000, 6).map((p) => p.text)).not.toEqual(a);
  });

  it("writes exactly the number of actions asked for", () => {
    for (const n of [1, 137, 5000]) {
      const pages = pagesFor(n);
      expect(entries(pages)).toHaveLength(n);
      expect(pages.reduce((s, p) => s + p.entryCount, 0)).toBe(n);
    }
  });

  it("spreads lists over thirty years with every kind of decision", () => {
    const pages = pagesFor(20000);
    const years = new Set(pages.map((p) => p.name.slice(0, 4)));
    expect(Math.min(...[...years].map(Number))).toBe(1997);
    expect(Math.max(...[...years].map(Number))).toBe(2026);
    const kinds = new Set(entries(pages).map((e) => e.action));
    for (const k of ["任命", "决定任命", "批准任命", "免去", "决定免去", "批准免去", "接受辞职", "批准辞职", "决定代理"])
      expect(kinds).toContain(k);
    expect(pages.some((p) => p.text.includes("### 一、决定任命"))).toBe(true);
    expect(pages.some((p) => /重庆两江新区人民法院\(重庆自由贸易试验区人民法院\)/.test(p.text))).toBe(true);
  });

  it("gives the same name to different people, and moves people between organs", () => {
    const all = entries(pagesFor(20000));
    const idsByName = new Map<string, Set<number>>();
    const orgsById = new Map<number, Set<string>>();
    for (const e of all) {
      idsByName.set(e.person, (idsByName.get(e.person) ?? new Set()).add(e.personId));
      orgsById.set(e.personId, (orgsById.get(e.personId) ?? new Set()).add(e.org));
    }
    const shared = [...idsByName.values()].filter((ids) => ids.size > 1);
    expect(shared.length).toBeGreaterThan(50);
    expect([...orgsById.values()].filter((orgs) => orgs.size > 1).length).toBeGreaterThan(50);
    expect([...idsByName.keys()].some((n) => n.length === 2)).toBe(true);
  });

  it("prints pages our parser reads back to the generated entries", () => {
    for (const page of pagesFor(3000, 11)) {
      const parsed = parseAnnouncements(page.text).announcements;
      const key = (number: string | null, e: { person: string; action: string; org: string; post: string }) =>
        [number, e.person, e.action, e.org, e.post].join("|");
      const got = parsed.flatMap((a) => a.entries.map((e) => key(a.number, e))).sort();
      const want = page.announcements.flatMap((a) => a.entries.map((e) => key(a.number, e))).sort();
      expect(got, page.name).toEqual(want);
      expect(parsed.map((a) => a.date)).toEqual(page.announcements.map((a) => a.date));
    }
  });
});

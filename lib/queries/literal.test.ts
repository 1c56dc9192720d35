// `_`, `%` and `\` in a filter are text, not LIKE wildcards, on SQLite and (TEST_DATABASE_URL)
// PostgreSQL; and no text filter in lib/ or app/ bypasses literal.ts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { listActions } from "./actions";
import { escapeLike } from "./literal";
import { listOrgs } from "./organs";
import { searchPeople } from "./search";
import { storeAnnouncements } from "./testing";

const CQ = "重庆市人民代表大会常务委员会";
const entry = (person: string, org: string, post: string) => ({ person, action: "任命", org, post });

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  // Names with wildcard characters in them are rare but possible in imported text (a typo, a
  // placeholder); most rows have none, so a wildcard reading would list them all.
  await storeAnnouncements(t.db, "literal.txt", "任命名单", [
    {
      issuer: CQ,
      number: "[六届]第1号",
      date: "2024-01-10",
      meeting: null,
      entries: [
        entry("王_明", "重庆市测试_委员会", "主任"),
        entry("李%华", "重庆市百分%研究院", "院长"),
        entry("张\\强", "重庆市人民政府", "秘书长_助理"),
        entry("赵四", "重庆市第五中级人民法院", "审判员"),
        entry("钱五", "重庆市人民检察院第三分院", "检察员"),
      ],
    },
  ]);
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

describe("text filters take `_`, `%` and `\\` literally", () => {
  it("escapes LIKE's special characters (for PostgreSQL, whose escape is a backslash)", () => {
    expect(escapeLike("a_b%c\\d")).toBe("a\\_b\\%c\\\\d");
  });

  it("person search", async () => {
    const names = async (q: string) => (await searchPeople(t.db, { q })).rows.map((r) => r.name);
    expect(await names("_")).toEqual(["王_明"]);
    expect(await names("%")).toEqual(["李%华"]);
    expect(await names("\\")).toEqual(["张\\强"]);
    expect(await names("_明")).toEqual(["王_明"]);
    expect(await names("王_")).toEqual(["王_明"]); // the prefix tier
    expect(await names("%%")).toEqual([]);
    expect(await names("赵")).toEqual(["赵四"]); // ordinary text still matches
  });

  it("organ list", async () => {
    const organs = async (q: string) => (await listOrgs(t.db, { q })).rows.map((r) => r.name);
    expect(await organs("_")).toEqual(["重庆市测试_委员会"]);
    expect(await organs("%")).toEqual(["重庆市百分%研究院"]);
    expect(await organs("第_")).toEqual([]);
    expect((await organs("人民")).length).toBeGreaterThan(2);
  });

  it("actions table filters", async () => {
    const people = async (f: Record<string, string>) => (await listActions(t.db, f)).rows.map((r) => r.personName);
    expect(await people({ org: "_" })).toEqual(["王_明"]);
    expect(await people({ org: "%" })).toEqual(["李%华"]);
    expect(await people({ post: "_" })).toEqual(["张\\强"]);
    expect(await people({ person: "%" })).toEqual(["李%华"]);
    expect(await people({ person: "_" })).toEqual(["王_明"]);
    expect(await people({ org: "人民", post: "_" })).toEqual(["张\\强"]);
    expect((await people({ org: "人民" })).sort()).toEqual(["张\\强", "赵四", "钱五"].sort());
  });
});

describe("the code", () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return ["node_modules", ".next"].includes(e.name) ? [] : sources(path);
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$|testing\.ts$/.test(e.name) ? [path] : [];
    });
  }

  it("builds every contains/startsWith filter through lib/queries/literal.ts or prefixRange", () => {
    const files = [...sources("lib"), ...sources("app")].filter((f) => !f.endsWith(join("queries", "literal.ts")));
    // A Prisma string filter is an object key followed by its operand; the operand must be likeOperand(…),
    // the match literalContains resolved (m.contains), or the shorthand of a variable that holds one.
    const filter = /[{,]\s*(contains|startsWith|endsWith)\b\s*(:\s*([^,}\n]*))?/g;
    const allowed = /^(likeOperand\(|m\.contains\b)/;
    const offenders = files.flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(filter)]
        .filter((m) => (m[3] === undefined ? !/likeOperand\(/.test(readFileSync(f, "utf8")) : !allowed.test(m[3].trim())))
        .map((m) => `${f}: ${m[0].trim()}`),
    );
    expect(filter.test("{ name: { contains: q } }")).toBe(true); // the check finds a bare filter
    expect(offenders).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });
});

// Page-level check: every gold file of data/sample (always: it is in the repository) and of
// ../shared/corpus (when present), scored like ../shared/tools/score.mjs: entries, and the
// number and date of every announcement. Pages are read as the parse command reads them
// (lib/text/read: a saved web page is stripped to its text).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readText } from "../text/read";
import { parseAnnouncements } from "./index";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SAMPLE = join(REPO, "data", "sample");
// <repo>/../shared/corpus, as score.mjs is run from the repository root
const SHARED = join(REPO, "..", "shared", "corpus");

const norm = (s: string | undefined) =>
  (s ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\([^()]*\)/g, "")
    .replace(/人大常委会/g, "人民代表大会常务委员会")
    .replace(/人大/g, "人民代表大会")
    .replace(/人民政府(?=副?[省市区县州旗]长)/g, "")
    .replace(/([省市区县州旗])\1长/g, "$1长");
type E = { person: string; action: string; org?: string; post?: string };
const key = (e: E) => [norm(e.person), e.action, norm((e.org ?? "") + (e.post ?? ""))].join("|");

function texts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? texts(join(dir, d.name)) : /\.(txt|html?)$/.test(d.name) ? [join(dir, d.name)] : []))
    .sort();
}

type Gold = { announcements: { number: string | null; date: string | null; entries: E[] }[] };

/** Scores every gold-labelled page under `root`: the misses (empty when all is right) and F1. */
function score(root: string): { misses: string[]; f1: number; pages: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pages = 0;
  const misses: string[] = [];
  for (const path of texts(root)) {
    const goldPath = path.replace(/\.(txt|html?)$/, ".gold.json");
    if (!existsSync(goldPath)) continue;
    pages++;
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
    const text = readText(readFileSync(path)).text;
    const out = parseAnnouncements(text);
    for (const e of out.announcements.flatMap((a) => a.entries)) {
      // the span shows the person and the post as printed
      const slice = text
        .slice(e.span[0], e.span[1])
        .normalize("NFKC")
        .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g, "")
        .replace(/\s+/g, "");
      if (!slice.includes(e.person) || !slice.includes(e.post)) misses.push(`span ${path}: ${e.person} ${e.post} «${slice}»`);
    }
    const want = new Map<string, number>();
    for (const e of gold.announcements.flatMap((a) => a.entries)) want.set(key(e), (want.get(key(e)) ?? 0) + 1);
    for (const e of out.announcements.flatMap((a) => a.entries)) {
      const k = key(e);
      if (want.get(k)) {
        want.set(k, want.get(k)! - 1);
        tp++;
      } else {
        fp++;
        misses.push(`+ ${path}: ${k}`);
      }
    }
    for (const [k, n] of want)
      if (n > 0) {
        fn += n;
        misses.push(`- ${path}: ${k}`);
      }
    const got = new Set(out.announcements.map((a) => `${a.number}|${a.date}`));
    for (const a of gold.announcements) if (!got.has(`${a.number}|${a.date}`)) misses.push(`meta ${path}: ${a.number}|${a.date} not found`);
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { misses, f1: (2 * p * r) / Math.max(1e-9, p + r), pages };
}

describe("gold pages in the repository (data/sample)", () => {
  it("reach F1 = 1.0 with every number and date right", () => {
    const { misses, f1, pages } = score(SAMPLE);
    expect(pages).toBeGreaterThan(0);
    expect(misses).toEqual([]);
    expect(f1).toBe(1);
  });
});

describe.skipIf(!existsSync(SHARED))("shared corpus (../shared/corpus)", () => {
  it("reaches F1 = 1.0 with every number and date right", () => {
    const { misses, f1 } = score(SHARED);
    expect(misses).toEqual([]);
    expect(f1).toBe(1);
  });
});

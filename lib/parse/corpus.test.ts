// Page-level check: every gold file of ../shared/corpus, scored like
// ../shared/tools/score.mjs. Skipped when the shared corpus is not there.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeText } from "../text/decode";
import { parseAnnouncements } from "./index";

// <repo>/../shared/corpus, as score.mjs is run from the repository root
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "corpus");

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
    .flatMap((d) => (d.isDirectory() ? texts(join(dir, d.name)) : d.name.endsWith(".txt") ? [join(dir, d.name)] : []))
    .sort();
}

describe.skipIf(!existsSync(ROOT))("shared corpus", () => {
  it("reaches F1 = 1.0", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const path of texts(ROOT)) {
      const goldPath = path.replace(/\.txt$/, ".gold.json");
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { announcements: { entries: E[] }[] };
      const text = decodeText(readFileSync(path)).text;
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
    }
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f1 = (2 * p * r) / Math.max(1e-9, p + r);
    expect(misses).toEqual([]);
    expect(f1).toBe(1);
  });
});

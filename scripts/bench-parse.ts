// npm run bench:parse — parse throughput on generated page text.
// Builds ≥ 50 MB of newspaper-like pages in memory (unrelated news with
// announcements and lists among them), parses 10 MB and the whole text, and in
// the same run times a plain pass over the same text (NFKC + a line scan) as
// the floor. Prints figures only; nothing here asserts on time.
import { parseAnnouncements } from "../lib/parse";
import { generatePageText } from "../tools/bench/parseText";

const TARGET_MB = Number(process.env.BENCH_MB ?? 50);

/** Wall time and this process's CPU time (user + system), in seconds. */
function time<T>(f: () => T): [T, number, number] {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  const r = f();
  const cpu = process.cpuUsage(c);
  return [r, Number(process.hrtime.bigint() - t) / 1e9, (cpu.user + cpu.system) / 1e6];
}

/** The floor: what any parser must at least do, NFKC and one scan over the lines. */
function floorPass(text: string): number {
  const t = text.normalize("NFKC");
  let lines = 0;
  let longest = 0;
  for (let i = 0, j = t.indexOf("\n"); ; j = t.indexOf("\n", i)) {
    const end = j < 0 ? t.length : j;
    lines++;
    if (end - i > longest) longest = end - i;
    if (j < 0) break;
    i = j + 1;
  }
  return lines + longest;
}

const [full, genS] = time(() => generatePageText(TARGET_MB));
const fullMB = Buffer.byteLength(full, "utf8") / 1e6;
const cut = full.lastIndexOf("\n# ", Math.floor(full.length / (fullMB / 10)));
const small = full.slice(0, cut > 0 ? cut : Math.floor(full.length / 5));
const smallMB = Buffer.byteLength(small, "utf8") / 1e6;
console.log(`generated ${fullMB.toFixed(1)} MB of page text in ${genS.toFixed(1)} s`);

parseAnnouncements(small.slice(0, 200_000)); // warm-up
const [, loadProbe] = time(() => floorPass(small.slice(0, 2_000_000)));
const rows: { label: string; wall: number; cpu: number }[] = [];
for (const [label, text, mb] of [
  ["10 MB", small, smallMB],
  [`${Math.round(fullMB)} MB`, full, fullMB],
] as const) {
  const [res, parseS, parseCpu] = time(() => parseAnnouncements(text));
  const [, floorS] = time(() => floorPass(text));
  const entries = res.announcements.reduce((n, a) => n + a.entries.length, 0);
  rows.push({ label, wall: mb / parseS, cpu: mb / parseCpu });
  console.log(
    `${label.padEnd(6)} parse ${parseS.toFixed(2)} s = ${(mb / parseS).toFixed(1)} MB/s (CPU time ${parseCpu.toFixed(2)} s = ${(mb / parseCpu).toFixed(1)} MB/s)` +
      ` | floor (NFKC + line scan) ${floorS.toFixed(2)} s = ${(mb / floorS).toFixed(1)} MB/s` +
      ` | parse/floor ${(parseS / floorS).toFixed(1)}x | ${res.announcements.length} announcements, ${entries} entries`,
  );
}
const [small10, big] = rows as [(typeof rows)[0], (typeof rows)[0]];
console.log(
  `linearity: throughput at ${big.label} / at ${small10.label} = ${(big.wall / small10.wall).toFixed(2)} wall, ${(big.cpu / small10.cpu).toFixed(2)} CPU (1.00 = linear)`,
);
// issue 12: ≥ 20 MB/s (the issue measured 13.4 before the parser's speed work)
const TARGET = 20;
console.log(
  `target ≥ ${TARGET} MB/s: ${big.wall >= TARGET ? "met" : "NOT met"} (wall ${big.wall.toFixed(1)} MB/s, CPU ${big.cpu.toFixed(1)} MB/s)`,
);
if (loadProbe > 0.05)
  console.log(`note: the machine looks busy (a 2 MB floor pass took ${(loadProbe * 1000).toFixed(0)} ms); wall figures are pessimistic`);

// A snapshot of everything the parser returns, for checking that a speed change changes no output:
//   tsx tools/bench/parseSnapshot.ts OUT.json FILE...
// Per file (read like the parse command: readText) and for generated text (the bench's page text,
// `npm run generate` pages): the full result (announcements, spans, warnings) and the traces.
import { readFileSync, writeFileSync } from "node:fs";
import { parseTraced } from "../../lib/parse";
import { readText } from "../../lib/text/read";
import { generatePages } from "../generate";
import { generatePageText } from "./parseText";

const [out, ...files] = process.argv.slice(2).filter((a) => a !== "--");
if (!out) throw new Error("usage: tsx tools/bench/parseSnapshot.ts OUT.json FILE...");
const lines: string[] = [];
const record = (label: string, text: string) => lines.push(`${label}\t${JSON.stringify(parseTraced(text))}`);
for (const f of files) record(f, readText(readFileSync(f)).text);
const benchText = generatePageText(Number(process.env.SNAPSHOT_BENCH_MB ?? 5));
record("bench-text", benchText);
// page by page too: a page on its own is read with no context carried from the pages before
const benchPages = benchText.split("\n# ");
for (let i = 0; i < Math.min(benchPages.length, 40); i++) record(`bench-page-${i}`, (i ? "# " : "") + benchPages[i]);
let k = 0;
for (const page of generatePages({ actions: Number(process.env.SNAPSHOT_ACTIONS ?? 20000), seed: 3 }))
  record(`generated-${k++}`, page.text);
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} results in ${out}`);

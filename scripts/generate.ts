// npm run generate -- --actions 1000000 --out DIR [--seed N]
// Writes generated Chongqing-style announcement pages (one file per meeting, in folders by year)
// and DIR/truth.jsonl: per file, the announcements and entries the parser should find.
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generatePages } from "../tools/generate";

const { values } = parseArgs({
  options: { actions: { type: "string", default: "10000" }, out: { type: "string" }, seed: { type: "string", default: "1" } },
});
if (!values.out) {
  console.error("usage: npm run generate -- --actions N --out DIR [--seed N]");
  process.exit(2);
}
const actions = Number(values.actions);
const seed = Number(values.seed);
if (!Number.isInteger(actions) || actions < 1 || !Number.isInteger(seed)) {
  console.error("generate: --actions must be a positive integer and --seed an integer");
  process.exit(2);
}

const out = values.out;
mkdirSync(out, { recursive: true });
const truth = createWriteStream(join(out, "truth.jsonl"));
const started = Date.now();
let files = 0;
let entries = 0;
let bytes = 0;
for (const page of generatePages({ actions, seed })) {
  const path = join(out, page.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, page.text);
  truth.write(`${JSON.stringify({ file: page.name, announcements: page.announcements })}\n`);
  files++;
  entries += page.entryCount;
  bytes += Buffer.byteLength(page.text);
}
truth.end();
console.log(
  `generate: ${entries} actions in ${files} files (${(bytes / 1e6).toFixed(1)} MB) under ${out}, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

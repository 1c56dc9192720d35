// npm run -s parse -- FILE: prints FORMAT.md's JSON for a text file or a saved web page.
// npm run -s parse -- --explain FILE: per entry, the entry, the rules that read it (with
// their reasons), the line joins inside its clause and its input lines (text, not JSON).
// Unreadable, binary or empty input: one line on stderr, exit 1.
import { readFileSync } from "node:fs";
import { parseAnnouncements } from "../lib/parse";
import { explainAnnouncements } from "../lib/parse/explain";
import { readText } from "../lib/text/read";

function fail(message: string): never {
  process.stderr.write(`parse: ${message.replace(/\s+/g, " ").trim()}\n`);
  process.exit(1);
}

const args = process.argv.slice(2).filter((a) => a !== "--");
const explain = args.includes("--explain");
const file = args.find((a) => a !== "--explain");
if (!file) fail("usage: npm run -s parse -- [--explain] FILE");
let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
// the same reader as the import command and the browser upload: decoded, a web page stripped to its text
let text: string;
try {
  text = readText(bytes).text;
} catch (e) {
  fail(`${file}: ${(e as Error).message}`);
}
if (explain) {
  printExplained(text);
  process.exit(0);
}
const result = parseAnnouncements(text);
// FORMAT.md's fields in its order; entries keep their optional `span`
const announcements = result.announcements.map((a) => ({
  issuer: a.issuer,
  number: a.number,
  date: a.date,
  meeting: a.meeting,
  entries: a.entries,
}));
process.stdout.write(`${JSON.stringify({ announcements }, null, 2)}\n`);
// what the parser could not read goes to stderr, one line each (stdout stays FORMAT.md's JSON)
for (const w of result.warnings) process.stderr.write(`${file}:${w.line}: warning (${w.code}): ${w.message}\n`);

/** `--explain`: each entry with its rules, joins and input lines; warnings last. */
function printExplained(input: string): void {
  const { announcements, warnings } = explainAnnouncements(input);
  const lines = input.split("\n");
  const out: string[] = [];
  for (const [i, { announcement: a, entries }] of announcements.entries()) {
    out.push(
      `announcement ${i + 1}: ${a.issuer || "(issuer not printed)"} ${a.number ?? "(no number)"} ${a.date ?? "(no date)"} ${a.meeting ?? ""}`.trimEnd(),
    );
    for (const [k, x] of entries.entries()) {
      const e = x.entry;
      out.push(`  ${k + 1}. ${e.person} | ${e.action} | ${e.org} | ${e.post}${e.org_alias ? ` (${e.org_alias})` : ""}`);
      const [first, last] = x.lines;
      out.push(
        `     span ${e.span[0]}–${e.span[1]}, line ${first === last ? first : `${first}–${last}`}: ${lines
          .slice(first - 1, last)
          .join(" ")
          .trim()
          .slice(0, 160)}`,
      );
      for (const r of x.rules) out.push(`     rule: ${r.name} — ${r.reason}`);
      for (const j of x.joins) out.push(`     join at line ${j.line}: ${j.name} — ${j.reason}`);
    }
  }
  if (!announcements.length) out.push("no announcement with entries");
  for (const w of warnings) out.push(`warning (${w.code}) line ${w.line}: ${w.message}`);
  process.stdout.write(`${out.join("\n")}\n`);
}

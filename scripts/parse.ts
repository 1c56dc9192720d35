// npm run -s parse -- FILE: prints FORMAT.md's JSON for a text file or a saved web page.
// Unreadable, binary or empty input: one line on stderr, exit 1.
import { readFileSync } from "node:fs";
import { parseAnnouncements } from "../lib/parse";
import { readText } from "../lib/text/read";

function fail(message: string): never {
  process.stderr.write(`parse: ${message.replace(/\s+/g, " ").trim()}\n`);
  process.exit(1);
}

const file = process.argv.slice(2).find((a) => a !== "--");
if (!file) fail("usage: npm run -s parse -- FILE");
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

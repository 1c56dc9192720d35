// Expands the paths given to the importer (files or folders) into the files to read.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** In folders, only text-like files are taken; a file named explicitly is always taken. */
const TEXT_FILE = /\.(txt|text|htm|html)$/i;

export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && TEXT_FILE.test(entry.name)) out.push(path);
    }
  };
  for (const p of paths) {
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) walk(p);
    else out.push(p); // a missing file is reported by the importer, not dropped here
  }
  return out;
}

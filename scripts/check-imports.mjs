// The import rules of the codebase, checked by `npm run lint`:
// - no import cycles between source files (tests included);
// - lib/ never imports app/, scripts/, tools/ or Next.js (the domain runs outside the web app);
//   its tests may use tools/ (the generator of histories);
// - lib/parse/ imports nothing of the database (text in, announcements out);
// - lib/text/ and lib/domain/ import nothing else of lib/ (the leaves of the pipeline).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(process.argv[2] ?? ".");
const SKIP = /(^|\/)(node_modules|generated|\.next|\.git|data|public|test-results|playwright-report)(\/|$)/;
const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const EXTS = ["", ".ts", ".tsx", ".mts", ".mjs", "/index.ts", "/index.tsx"];

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const r = relative(root, p);
    if (SKIP.test(r)) continue;
    if (e.isDirectory()) walk(p, out);
    else if (SOURCE.test(e.name) && !/\.d\.m?ts$/.test(e.name)) out.push(r);
  }
  return out;
}

function resolveSpec(from, spec) {
  let base;
  if (spec.startsWith("@/")) base = join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = resolve(root, dirname(from), spec);
  else return null;
  for (const x of EXTS) {
    const p = base + x;
    if (existsSync(p) && statSync(p).isFile()) return relative(root, p);
  }
  return null;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^;"'`]*?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
const files = walk(root);
const graph = new Map();
const problems = [];
for (const f of files) {
  const src = readFileSync(join(root, f), "utf8");
  const deps = [];
  for (const m of src.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    const target = resolveSpec(f, spec);
    const isTest = /\.test\.tsx?$/.test(f);
    if (f.startsWith("lib/")) {
      if (spec === "next" || spec.startsWith("next/")) problems.push(`${f}: lib/ imports Next.js (${spec})`);
      if (target && /^(app|scripts)\//.test(target)) problems.push(`${f}: lib/ imports ${target}`);
      if (target?.startsWith("tools/") && !isTest) problems.push(`${f}: lib/ imports ${target} (tools are not the product)`);
      if (f.startsWith("lib/parse/") && (spec.includes("prisma") || target?.startsWith("lib/db/") || target?.startsWith("generated/")))
        problems.push(`${f}: the parser imports the database (${spec})`);
      for (const leaf of ["lib/text/", "lib/domain/"])
        if (f.startsWith(leaf) && target?.startsWith("lib/") && !target.startsWith(leaf)) problems.push(`${f}: ${leaf} imports ${target}`);
    }
    if (target) deps.push(target);
  }
  graph.set(f, deps);
}

// Cycles: depth-first search, each cycle reported once (by its smallest rotation).
const seen = new Set();
const cycles = new Set();
function visit(node, stack, onStack) {
  seen.add(node);
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (onStack.has(next)) {
      const cycle = stack.slice(stack.indexOf(next));
      const start = cycle.indexOf([...cycle].sort()[0]);
      cycles.add([...cycle.slice(start), ...cycle.slice(0, start)].join(" → "));
    } else if (!seen.has(next)) visit(next, stack, onStack);
  }
  stack.pop();
  onStack.delete(node);
}
for (const f of graph.keys()) if (!seen.has(f)) visit(f, [], new Set());
for (const c of cycles) problems.push(`import cycle: ${c}`);

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`check-imports: ${problems.length} problem(s) in ${files.length} files`);
  process.exit(1);
}
console.log(`check-imports: ${files.length} files, no cycle, boundaries kept`);

// All queries are parameterised: code that serves users (app/, lib/ outside benchmarks and
// tests) goes through Prisma's query builder or the tagged-template $queryRaw`…${value}`,
// which sends values as parameters. The "Unsafe" variants appear only with a constant SQL
// string (e.g. a PRAGMA), never with SQL built from variables or interpolation.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SKIP_DIR = new Set(["node_modules", "bench", ".next"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIR.has(e.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.ts$|testing\.ts$/.test(e.name) ? [path] : [];
  });
}

describe("queries in app/ and lib/", () => {
  const files = [...sourceFiles("app"), ...sourceFiles("lib")];

  it("finds the code it checks", () => {
    expect(files).toContain(join("lib", "import", "importSource.ts"));
    expect(files.length).toBeGreaterThan(20);
  });

  it("never build SQL from strings ($queryRawUnsafe / $executeRawUnsafe only with a constant)", () => {
    const unsafeCall = /\$(queryRaw|executeRaw)Unsafe\s*(<[^>()]*>)?\(\s*(?!("[^"\n]*"|'[^'\n]*'|`[^`$]*`)\s*[,)])/;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the test text is source code holding a template literal
    expect(unsafeCall.test("db.$queryRawUnsafe(`SELECT * FROM \"Person\" WHERE name = '${name}'`)")).toBe(true);
    expect(unsafeCall.test("db.$executeRawUnsafe(sql, ...values)")).toBe(true);
    expect(unsafeCall.test('db.$queryRawUnsafe("PRAGMA optimize")')).toBe(false);
    const offenders = files.filter((f) => unsafeCall.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("call $queryRaw / $executeRaw only as tagged templates (values become parameters)", () => {
    const offenders = files.filter((f) => /\$(queryRaw|executeRaw)\s*(<[^>`]*>)?\s*\(/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

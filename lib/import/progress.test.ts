import { describe, expect, it } from "vitest";
import { barProgress, lineProgress } from "./progress";
import { emptyReport } from "./storeBatch";

const ok = { ...emptyReport("a.txt", "x"), status: "imported" as const, entries: 60 };
const bad = { ...emptyReport("b.txt", ""), error: "no such file" };

describe("import progress", () => {
  it("redraws one bar on a terminal with files, actions per second and the time left; failures above it", () => {
    let out = "";
    const write = (s: string) => {
      out += s;
      return true;
    };
    const bar = barProgress({ write } as unknown as NodeJS.WriteStream);
    bar.batch([{ report: ok, line: "[1/4] a.txt: …" }], {
      files: 1,
      totalFiles: 4,
      actions: 3000,
      bytes: 100,
      totalBytes: 400,
      seconds: 2,
    });
    expect(out).toContain("1/4 files");
    expect(out).toContain("3,000 actions");
    expect(out).toContain("1,500/s");
    expect(out).toContain("ETA 6s"); // a quarter of the bytes in 2 s: 6 s to go
    expect(out).not.toContain("a.txt");
    bar.batch([{ report: bad, line: "[2/4] b.txt: FAILED: no such file" }], {
      files: 2,
      totalFiles: 4,
      actions: 3000,
      bytes: 100,
      totalBytes: 400,
      seconds: 3,
    });
    expect(out).toContain("[2/4] b.txt: FAILED: no such file\n");
    bar.end("imported 1 of 4 file(s)");
    expect(out.endsWith("imported 1 of 4 file(s)\n")).toBe(true);
  });

  it("writes plain lines otherwise: one per file, then one per batch", () => {
    const lines: string[] = [];
    const plain = lineProgress((l) => lines.push(l));
    plain.batch(
      [
        { report: ok, line: "[1/3] a.txt: 1 announcement(s)" },
        { report: bad, line: "[2/3] b.txt: FAILED: no such file" },
      ],
      { files: 2, totalFiles: 3, actions: 120, bytes: 200, totalBytes: 300, seconds: 60 },
    );
    expect(lines).toEqual([
      "[1/3] a.txt: 1 announcement(s)",
      "[2/3] b.txt: FAILED: no such file",
      "batch 1: 2/3 files, 120 actions, 2 actions/s, ETA 30s",
    ]);
  });
});

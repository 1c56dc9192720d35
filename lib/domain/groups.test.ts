import { describe, expect, it } from "vitest";
import { appendAll, appendTo } from "./groups";

describe("appendTo", () => {
  it("groups values by key in the order given", () => {
    const byPost = new Map<number, string[]>();
    for (const [post, person] of [
      [1, "王伟"],
      [2, "李明"],
      [1, "张华"],
    ] as const)
      appendTo(byPost, post, person);
    expect([...byPost]).toEqual([
      [1, ["王伟", "张华"]],
      [2, ["李明"]],
    ]);
  });
});

describe("appendAll", () => {
  it("appends a list longer than a spread call can take (the history of a common name at 1 M actions)", () => {
    const history = Array.from({ length: 600_000 }, (_, i) => i);
    expect(() => [].push(...(history as never[]))).toThrow(RangeError);
    const rows: number[] = [-1];
    appendAll(rows, history);
    expect(rows.length).toBe(600_001);
    expect(rows.at(-1)).toBe(599_999);
  });
});

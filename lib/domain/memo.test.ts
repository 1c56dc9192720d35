import { describe, expect, it } from "vitest";
import { memoized } from "./memo";

describe("memoized", () => {
  it("computes each key once and returns the same answers as the function", () => {
    const calls: string[] = [];
    const length = memoized((s: string) => {
      calls.push(s);
      return [...s].length;
    });
    expect([length("王伟"), length("欧阳明华"), length("王伟")]).toEqual([2, 4, 2]);
    expect(calls).toEqual(["王伟", "欧阳明华"]);
  });

  it("keeps undefined and null answers without computing them again", () => {
    let calls = 0;
    const parent = memoized((s: string) => {
      calls++;
      return s === "重庆市高级人民法院" ? null : undefined;
    });
    parent("重庆市高级人民法院");
    parent("重庆市高级人民法院");
    parent("某某局");
    parent("某某局");
    expect(calls).toBe(2);
  });

  it("stays within its limit and still answers after emptying", () => {
    let calls = 0;
    const upper = memoized((s: string) => {
      calls++;
      return s.toUpperCase();
    }, 2);
    expect(["a", "b", "c", "a"].map(upper)).toEqual(["A", "B", "C", "A"]);
    expect(calls).toBe(4); // "a" was dropped when the cache was emptied at "c"
  });
});

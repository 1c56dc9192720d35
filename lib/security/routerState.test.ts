import { describe, expect, it } from "vitest";
import { routerStateLooksValid } from "./routerState.mjs";

describe("routerStateLooksValid", () => {
  it("accepts what Next.js's client sends: an encoded tree of segments and parallel routes", () => {
    const tree = ["", { children: ["people", { children: [["id", "12", "d"], { children: ["__PAGE__", {}] }] }] }, null, null, true];
    expect(routerStateLooksValid(encodeURIComponent(JSON.stringify(tree)))).toBe(true);
    expect(routerStateLooksValid(null)).toBe(true);
  });

  it("refuses garbage, broken encoding and shapes that are no tree", () => {
    for (const bad of ["garbage", "%7B", "%E4", "[]", '["",[]]', "[1,{}]", '["",{"children":"x"}]'])
      expect(routerStateLooksValid(bad)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { ACTION_GROUP_KEYS, ACTION_GROUPS, groupOfKind, kindsOfGroups } from "./actionGroups";

// The 11 kinds of FORMAT.md, written out here so the table is checked against the format, not itself.
const FORMAT_KINDS = [
  "任命",
  "决定任命",
  "批准任命",
  "免去",
  "决定免去",
  "批准免去",
  "接受辞职",
  "批准辞职",
  "撤销职务",
  "罢免",
  "决定代理",
];

describe("action groups", () => {
  it("put every kind of FORMAT.md in exactly one group", () => {
    const all = ACTION_GROUP_KEYS.flatMap((g) => [...ACTION_GROUPS[g]]);
    expect([...all].sort()).toEqual([...FORMAT_KINDS].sort());
    for (const k of FORMAT_KINDS) expect(groupOfKind(k)).not.toBeNull();
  });

  it("免 is every removal, not only 免去", () => {
    expect(kindsOfGroups(["免"])).toEqual(["免去", "决定免去", "批准免去", "撤销职务", "罢免"]);
    expect(groupOfKind("罢免")).toBe("免");
    expect(groupOfKind("接受辞职")).toBe("辞");
    expect(groupOfKind("决定代理")).toBe("任");
  });

  it("ignores unknown groups and repeats", () => {
    expect(kindsOfGroups(["辞", "调", "辞"])).toEqual(["接受辞职", "批准辞职"]);
    expect(groupOfKind("任免")).toBeNull();
  });
});

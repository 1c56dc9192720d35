import { describe, expect, it } from "vitest";
import { markSpans } from "./highlight";

const TEXT = "一、决定任命\n姜国杰为重庆市人民政府副市长；\n二、任命\n蒋佩伏为重庆市高级人民法院副院长、审判员。";

describe("markSpans", () => {
  it("cuts the text into plain and marked pieces that join back to the text", () => {
    const a = TEXT.indexOf("姜国杰");
    const b = TEXT.indexOf("蒋佩伏");
    const pieces = markSpans(TEXT, [
      { start: a, end: a + "姜国杰为重庆市人民政府副市长".length, actionId: 1 },
      { start: b, end: TEXT.length - 1, actionId: 2 },
      { start: b, end: TEXT.length - 1, actionId: 3 },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(TEXT);
    const marked = pieces.filter((p) => p.actionIds.length);
    expect(marked.map((p) => p.text)).toEqual(["姜国杰为重庆市人民政府副市长", "蒋佩伏为重庆市高级人民法院副院长、审判员"]);
    expect(marked[1].actionIds).toEqual([2, 3]);
  });

  it("ignores spans outside the text and overlapping spans", () => {
    const pieces = markSpans(TEXT, [
      { start: 0, end: 6, actionId: 1 },
      { start: 3, end: 9, actionId: 2 },
      { start: 500, end: 600, actionId: 3 },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(TEXT);
    expect(pieces.filter((p) => p.actionIds.length).map((p) => p.actionIds)).toEqual([[1]]);
  });
});

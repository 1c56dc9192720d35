import { describe, expect, it } from "vitest";
import type { TenureSpan } from "@/lib/queries/charts";
import { holderSteps, postRows } from "./postRows";

let id = 0;
const span = (post: string, name: string, startDate: string | null, endDate: string | null, current = false): TenureSpan => ({
  tenureId: ++id,
  post: { id: post === "院长" ? 1 : 2, title: post, rank: post === "院长" ? 1 : 5 },
  person: { id: id, name },
  startDate,
  endDate,
  current,
  acting: false,
});

describe("postRows", () => {
  it("draws a post held by one person at a time as a lane, and one with overlapping holders as counts", () => {
    const rows = postRows([
      span("院长", "甲", "2018-01-10", "2023-01-12"),
      span("院长", "乙", "2023-01-12", null, true),
      span("审判员", "丙", "2019-03-01", null, true),
      span("审判员", "丁", "2020-06-01", "2022-06-01"),
      span("审判员", "戊", null, "2021-01-01"),
    ]);
    expect(rows.map((r) => [r.post.title, r.oneSeat, r.maxHolders, r.unknownStart])).toEqual([
      ["院长", true, 1, 0],
      ["审判员", false, 2, 1],
    ]);
  });

  it("counts holders step by step; a hand-over on one day does not count two", () => {
    expect(
      holderSteps(postRows([span("院长", "甲", "2018-01-10", "2023-01-12"), span("院长", "乙", "2023-01-12", null, true)])[0].spans),
    ).toEqual([
      { date: "2018-01-10", count: 1 },
      { date: "2023-01-12", count: 1 },
    ]);
    expect(
      holderSteps([span("审判员", "丙", "2019-03-01", null, true), span("审判员", "丁", "2020-06-01", "2022-06-01")]).map((s) => s.count),
    ).toEqual([1, 2, 1]);
  });
});

import { describe, expect, it } from "vitest";
import { issuerSeries } from "./MonthlyDecisions";

const row = (issuer: string, count: number, month = "2024-11") => ({ month, issuer, count });

describe("issuerSeries", () => {
  it("keeps up to four issuers by their totals, the largest first", () => {
    expect(issuerSeries([row("乙", 2), row("甲", 5), row("乙", 4, "2024-12")])).toEqual(["乙", "甲"]);
  });

  it("folds the smallest issuers beyond three into one series", () => {
    const rows = [row("甲", 9), row("乙", 8), row("丙", 7), row("丁", 2), row("戊", 1)];
    expect(issuerSeries(rows)).toEqual(["甲", "乙", "丙", "其他发布机关"]);
  });
});

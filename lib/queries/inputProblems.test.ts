import { describe, expect, it } from "vitest";
import { isCalendarDate } from "./common";
import { inputProblems, refuseBadInput, rulesFor } from "./inputProblems";

const check = (path: string, query: string) => inputProblems(rulesFor(path)!, new URLSearchParams(query));

describe("isCalendarDate", () => {
  it("accepts days of the calendar only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-13-45")).toBe(false);
    expect(isCalendarDate("2024-04-31")).toBe(false);
    expect(isCalendarDate("2024-4-1")).toBe(false);
  });
});

describe("inputProblems", () => {
  it("names an impossible date without building anything else from it", () => {
    expect(check("/orgs/12", "at=2024-13-45")).toEqual(["查看日期“2024-13-45”不是有效的日期，请按“年-月-日”填写，如 2024-03-15。"]);
  });

  it("refuses a reversed range, and only when both ends are dates", () => {
    expect(check("/actions", "from=2024-05-01&to=2024-01-01")).toEqual(["起始日期 2024-05-01 晚于结束日期 2024-01-01，请交换两个日期。"]);
    expect(check("/actions", "from=2024-01-01&to=2024-05-01")).toEqual([]);
    expect(check("/actions", "from=2024-05-01&to=")).toEqual([]);
  });

  it("refuses page numbers that are not whole numbers in range", () => {
    for (const bad of ["0", "-1", "abc", "1.5", "100001"]) expect(check("/actions", `page=${bad}`)).toHaveLength(1);
    expect(check("/search", "q=王&page=3")).toEqual([]);
  });

  it("says how long an over-long query is, counting characters not bytes", () => {
    expect(check("/search", `q=${"重".repeat(41)}`)).toEqual(["搜索词过长（41 个字符），最多 40 个字符。"]);
    expect(check("/search", `q=${"重".repeat(40)}`)).toEqual([]);
  });

  it("clips a long bad value when echoing it", () => {
    const [message] = check("/actions", `from=${"9".repeat(60)}`);
    expect(message).toContain(`“${"9".repeat(20)}…”`);
  });

  it("checks only the pages it knows", () => {
    expect(rulesFor("/people/3")).toBeNull();
    expect(rulesFor("/orgs/3/roster.csv")).toEqual({ dates: ["at"] });
  });
});

describe("refuseBadInput", () => {
  it("answers a download with a bad date 400 and the reason, and lets a good one through", async () => {
    const refused = refuseBadInput(new URL("http://x/orgs/3/roster.csv?at=2024-02-30"));
    expect(refused?.status).toBe(400);
    expect(await refused?.text()).toContain("查看日期“2024-02-30”不是有效的日期");
    expect(refuseBadInput(new URL("http://x/actions.csv?from=2024-02-29"))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { closesBatch } from "./importFiles";

describe("closesBatch", () => {
  it("keeps a batch open until it is full", () => {
    expect(closesBatch({ entries: 19_900, last: "2003-06-30" }, { entries: 80, first: "2003-07-01" }, 20_000)).toBe(false);
  });

  it("closes a full batch where the dates move on", () => {
    expect(closesBatch({ entries: 19_950, last: "2003-06-30" }, { entries: 120, first: "2003-07-01" }, 20_000)).toBe(true);
  });

  it("keeps a full batch open for more lists of its last date, up to twice its size", () => {
    const batch = { entries: 19_950, last: "2003-06-30" };
    expect(closesBatch(batch, { entries: 120, first: "2003-06-30" }, 20_000)).toBe(false);
    // a file dated before the batch's last date (files out of date order) does not close it either
    expect(closesBatch(batch, { entries: 120, first: "2001-01-01" }, 20_000)).toBe(false);
    expect(closesBatch({ entries: 39_950, last: "2003-06-30" }, { entries: 120, first: "2003-06-30" }, 20_000)).toBe(true);
  });

  it("closes a full batch of files without dates", () => {
    expect(closesBatch({ entries: 19_950, last: null }, { entries: 120, first: "" }, 20_000)).toBe(true);
  });
});

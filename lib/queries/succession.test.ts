import { describe, expect, it } from "vitest";
import { compareTenures, hasOverlaps, neighboursOnPost } from "./succession";

type Row = Parameters<typeof compareTenures>[0];
let id = 0;
const row = (
  personId: number,
  name: string,
  startDate: string | null,
  endDate: string | null,
  status = endDate ? "ended" : "current",
): Row => ({
  id: ++id,
  personId,
  postId: 1,
  startDate,
  endDate,
  status: startDate === null ? "unknown-start" : status,
  person: { name },
});

describe("neighbours on a post", () => {
  it("orders an unknown start by its end date and skips the holder's own earlier (acting) tenure", () => {
    const older = row(1, "张俊文", null, "2019-07-25");
    const acting = row(2, "何平", "2019-07-25", "2020-01-10");
    const full = row(2, "何平", "2020-01-10", "2024-11-28");
    const next = row(3, "宋飞", "2024-11-28", null);
    const sorted = [next, full, older, acting].sort(compareTenures);
    expect(sorted.map((r) => r.id)).toEqual([older.id, acting.id, full.id, next.id]);
    expect(hasOverlaps(sorted)).toBe(false);
    const n = neighboursOnPost(sorted);
    expect(n.get(full.id)).toMatchObject({
      predecessor: { name: "张俊文", tenureId: older.id },
      successor: { name: "宋飞", tenureId: next.id },
    });
    expect(n.get(older.id)!.predecessor).toBeUndefined();
  });

  it("sees that a post with several holders at once (审判员) overlaps", () => {
    const sorted = [
      row(1, "赵虹", "2018-01-01", null),
      row(2, "陈怡", "2019-01-01", null),
      row(3, "彭四川", "2020-01-01", "2024-11-28"),
    ].sort(compareTenures);
    expect(hasOverlaps(sorted)).toBe(true);
    const handover = [row(1, "陈明", "2015-03-20", "2019-07-25"), row(2, "赵立新", "2019-07-25", null)].sort(compareTenures);
    expect(hasOverlaps(handover)).toBe(false);
    // 易晓东 and 彭贵 both removed as 成渝金融法院副院长 in one list: both held it until that day
    const removedTogether = [row(1, "易晓东", null, "2024-11-28"), row(2, "彭贵", null, "2024-11-28")];
    expect(hasOverlaps(removedTogether)).toBe(true);
    // removed without a known start, while the other held the post since before: overlap; after a handover: none
    expect(hasOverlaps([row(1, "甲", "2010-01-01", null), row(2, "乙", null, "2015-01-01")])).toBe(true);
    expect(hasOverlaps([row(1, "甲", "2010-01-01", "2012-01-01"), row(2, "乙", null, "2015-01-01")])).toBe(false);
  });
});

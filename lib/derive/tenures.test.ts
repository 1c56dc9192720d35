import { describe, expect, it } from "vitest";
import { type ActionFact, deriveTenures } from "./tenures";

// Post 1: 重庆市第三中级人民法院院长 (one holder at a time); post 2: its 审判员 (many holders).
let id = 0;
const act = (personId: number, kind: string, date: string, postId = 1, ann = date, ordinal = 0): ActionFact => ({
  id: ++id,
  personId,
  postId,
  kind,
  date,
  announcementKey: ann,
  ordinal,
  singleHolder: postId === 1,
});

const summary = (actions: ActionFact[]) =>
  deriveTenures(actions).map((t) => [t.personId, t.postId, t.startDate, t.endDate, t.status, t.acting]);

describe("deriveTenures", () => {
  it("hands a head post over when the next holder is appointed, and a removal printed later opens nothing", () => {
    expect(summary([act(1, "任命", "2015-03-20"), act(2, "任命", "2019-07-25"), act(1, "免去", "2019-09-26")])).toEqual([
      [1, 1, "2015-03-20", "2019-07-25", "ended", false],
      [2, 1, "2019-07-25", null, "current", false],
    ]);
  });

  it("keeps many holders of 审判员 side by side, and gives an unknown start to a removal never preceded by an appointment", () => {
    expect(summary([act(1, "任命", "2015-03-20", 2), act(2, "任命", "2016-01-10", 2), act(3, "免去", "2017-05-01", 2)])).toEqual([
      [1, 2, "2015-03-20", null, "current", false],
      [2, 2, "2016-01-10", null, "current", false],
      [3, 2, null, "2017-05-01", "unknown-start", false],
    ]);
  });

  it("reads a list that appoints the successor before it removes the predecessor as a handover", () => {
    expect(
      summary([act(1, "任命", "2015-03-20"), act(2, "任命", "2019-07-25", 1, "B", 0), act(1, "免去", "2019-07-25", 1, "B", 1)]),
    ).toEqual([
      [1, 1, "2015-03-20", "2019-07-25", "ended", false],
      [2, 1, "2019-07-25", null, "current", false],
    ]);
  });

  it("ends an acting tenure on a full appointment of the same person, on a many-holder post too", () => {
    expect(summary([act(1, "决定代理", "2020-05-01", 2), act(1, "决定任命", "2020-09-01", 2)])).toEqual([
      [1, 2, "2020-05-01", "2020-09-01", "ended", true],
      [1, 2, "2020-09-01", null, "current", false],
    ]);
  });
});

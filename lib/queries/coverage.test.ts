import { describe, expect, it } from "vitest";
import { asOfDate, coverageByIssuer, organCoverage, unknownStart } from "./coverage";
import { setupSampleDb, storeAnnouncements } from "./testing";

const t = setupSampleDb();
const CQ = "重庆市人民代表大会常务委员会";

describe("coverage per issuer", () => {
  it("counts the announcements held from each issuer, with the first and last date and the undated ones", async () => {
    await storeAnnouncements(t.db, "beijing.txt", "北京市人民代表大会常务委员会 王某", [
      { issuer: "北京市人民代表大会常务委员会", number: null, date: null, meeting: null, entries: [] },
      {
        issuer: "北京市人民代表大会常务委员会",
        number: null,
        date: "2021-01-22",
        meeting: null,
        entries: [{ person: "王某", action: "接受辞职", org: "北京市人民政府", post: "副市长" }],
      },
    ]);
    expect(await coverageByIssuer(t.db)).toEqual([
      { issuer: CQ, announcements: 4, first: "2019-03-28", last: "2024-11-28", undated: 0 },
      { issuer: "北京市人民代表大会常务委员会", announcements: 2, first: "2021-01-22", last: "2021-01-22", undated: 1 },
    ]);
    expect(await coverageByIssuer(t.db, ["北京市人民代表大会常务委员会"])).toHaveLength(1);
    expect(await coverageByIssuer(t.db, [])).toEqual([]);
  });

  it("says which issuers name an organ and how many of their announcements do", async () => {
    const third = await t.db.organization.findUniqueOrThrow({ where: { name: "重庆市第三中级人民法院" } });
    expect(await organCoverage(t.db, third.id)).toEqual([
      {
        issuer: { issuer: CQ, announcements: 4, first: "2019-03-28", last: "2024-11-28", undated: 0 },
        here: { announcements: 2, first: "2019-03-28", last: "2024-11-28" },
      },
    ]);
  });

  it("dates 'now' by the latest announcement held, and tells a start before the data from one not held", () => {
    expect(asOfDate([{ last: "2019-01-01" }, { last: null }, { last: "2024-11-28" }])).toBe("2024-11-28");
    expect(asOfDate([{ last: null }])).toBeNull();
    const cov = { issuer: CQ, announcements: 3, first: "2009-12-03", last: "2024-11-28", undated: 0 };
    expect(unknownStart("2009-12-03", cov)).toBe("before-coverage");
    expect(unknownStart("2024-11-28", cov)).toBe("not-held");
    expect(unknownStart(null, cov)).toBe("not-held");
    expect(unknownStart("2009-12-03", undefined)).toBe("not-held");
  });
});

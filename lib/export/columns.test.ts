import { describe, expect, it } from "vitest";
import { actionsFilterFromParams, walkActions } from "../queries/actions";
import { personTimeline } from "../queries/person";
import { actionProvenance } from "../queries/provenance";
import { setupSampleDb } from "../queries/testing";
import { actionColumns, timelineActionIds, timelineColumns, timelineRows } from "./columns";
import { csvStream } from "./csv";
import { actionsFileName } from "./fileNames";
import { readCsvRecords } from "./testing";

const t = setupSampleDb();

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("the actions CSV for research", () => {
  it("keeps its columns and adds issuer, meeting, group, acting, source address, clause and person address", async () => {
    const sample = await t.db.source.findFirstOrThrow({ where: { name: { contains: "003_" } } });
    await t.db.source.update({ where: { id: sample.id }, data: { url: "https://www.cqrb.cn/2024-11-29/2.html", publication: "重庆日报" } });
    const csv = await text(
      csvStream(
        actionColumns("https://renmian.example"),
        walkActions(t.db, { kinds: ["免去"], org: "重庆市高级人民法院" }, { clauses: true }),
      ),
    );
    const header = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0]
      .split(",");
    expect(header).toEqual([
      "date",
      "announcement_id",
      "announcement_number",
      "person_id",
      "person_name",
      "action",
      "organization",
      "post",
      "action_id",
      "issuer",
      "meeting",
      "action_group",
      "acting",
      "source_url",
      "clause",
      "person_url",
    ]);
    const rows = readCsvRecords(csv);
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(r).toMatchObject({
        issuer: "重庆市人民代表大会常务委员会",
        action_group: "免",
        acting: "no",
        source_url: "https://www.cqrb.cn/2024-11-29/2.html",
        person_url: `https://renmian.example/people/${r.person_id}`,
      });
      expect(r.meeting).toMatch(/第六届人民代表大会常务委员会第十二次会议/);
      // The clause is the entry's text as printed in the source: it names the person.
      expect(r.clause).toContain(r.person_name);
    }
  });

  it("marks acting appointments and the 辞 group", async () => {
    const rows = [];
    for await (const r of walkActions(t.db, {}, { clauses: true })) rows.push(r);
    const records = readCsvRecords(
      await text(
        csvStream(
          actionColumns(""),
          (async function* () {
            yield* rows;
          })(),
        ),
      ),
    );
    const resign = records.find((r) => r.action === "接受辞职");
    expect(resign?.action_group).toBe("辞");
    expect(records.every((r) => r.acting === (r.action === "决定代理" ? "yes" : "no"))).toBe(true);
    expect(records.filter((r) => r.source_url === "").length).toBeGreaterThan(0);
  });

  it("names the file after the filter", () => {
    const f = actionsFilterFromParams(new URLSearchParams("kind=免去&org=重庆市高级人民法院&from=2024-01-01"));
    expect(actionsFileName(f, "2026-12-02")).toBe("renmian-actions-免去-org_重庆市高级人民法院-2024-01-01_to_end-as-of-2026-12-02.csv");
    expect(actionsFileName(actionsFilterFromParams({}), "2026-12-02")).toBe("renmian-actions-all-as-of-2026-12-02.csv");
    expect(actionsFileName(actionsFilterFromParams({ person: "../王/\\x" }), "2026-12-02")).toBe(
      "renmian-actions-person_王_x-as-of-2026-12-02.csv",
    );
  });
});

describe("the timeline CSV", () => {
  it("cites the announcement, source and clause of each start and end", async () => {
    const person = await t.db.person.findFirstOrThrow({ where: { name: "蒋佩伏" } });
    const timeline = (await personTimeline(t.db, person.id))!;
    const rows = timelineRows(timeline, await actionProvenance(t.db, timelineActionIds(timeline)));
    const records = readCsvRecords(
      await text(
        csvStream(
          timelineColumns,
          (async function* () {
            yield* rows;
          })(),
        ),
      ),
    );
    expect(records.length).toBeGreaterThan(1);
    for (const r of records) {
      if (r.start_action) expect(r.start_clause).toContain("蒋佩伏");
      if (r.end_action) expect(r.end_clause).toContain("蒋佩伏");
      if (r.start_action) expect(r.start_issuer).toBe("重庆市人民代表大会常务委员会");
    }
    expect(records.some((r) => r.end_action)).toBe(true);
  });
});

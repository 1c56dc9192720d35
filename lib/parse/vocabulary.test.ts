// The verb table drives every verb pattern: a row added to a copy of it is
// recognised by the patterns compiled from that copy, and the rows of the real
// table read real constructions (invented names).
import { describe, expect, it } from "vitest";
import { rows } from "./testing";
import { compileVocabulary, issuedAs, modeOf, sectionVerb, tableSlot, VERBS, type Verb, VOCABULARY } from "./vocabulary";

const list = (heading: string, line: string) => `江北区人民代表大会常务委员会任免名单
（2025年3月1日江北区第十八届人民代表大会常务委员会第五次会议通过）
${heading}
${line}`;

describe("a verb added to a copy of the table", () => {
  const made: Verb = {
    word: "决定聘任",
    action: "决定任命",
    slot: "appoint",
    issuer: "决定",
    carries: [],
    heading: true,
    intro: "in-clause",
  };
  const vocab = compileVocabulary([...VERBS, made]);

  it("is a section heading, a bare verb before its list and a word that is no name, in the copy only", () => {
    expect(sectionVerb("一、决定聘任", vocab)).toBe("决定聘任");
    expect(sectionVerb("(二)决定聘任的人员名单:", vocab)).toBe("决定聘任");
    expect(sectionVerb("一、决定聘任")).toBeNull();
    expect(vocab.bareIntro.exec("会议决定聘任如下")?.[1]).toBe("决定聘任");
    expect(vocab.lineEndIntro.exec("会议决定聘任:")?.[1]).toBe("决定聘任");
    expect(new RegExp(vocab.personnelWords).test("关于决定聘任甲一的决定")).toBe(true);
  });

  it("fills its slot of the heading's mode with its action", () => {
    expect(modeOf("决定聘任", vocab)).toEqual({ appoint: "决定任命", remove: "决定免去", resign: "接受辞职", acting: "决定代理" });
    expect(tableSlot("决定聘任", vocab)).toBe("appoint");
  });

  it("reads clauses when it carries a construction", () => {
    const v2 = compileVocabulary([...VERBS, { ...made, word: "委任", action: "任命", issuer: "", carries: ["为"] }]);
    const found = "会议委任甲一为某某区人民政府副区长".match(v2.clauseVerb);
    expect(found).toEqual(["委任"]);
    expect("会议委任甲一为某某区人民政府副区长".match(VOCABULARY.clauseVerb)).toBeNull();
    expect(v2.sentenceWords).toContain("委任");
  });
});

describe("the real table", () => {
  it("批准免职 (a heading that was missing) gives 批准免去", () => {
    expect(rows(list("一、批准免职", "乙二的重庆市江北区人民检察院检察长职务。"))).toEqual(["乙二|批准免去|重庆市江北区人民检察院|检察长"]);
  });

  it("决定批准 as a heading gives the approval of each form", () => {
    expect(rows(list("六、决定批准", "丙三辞去重庆市江北区人民检察院检察长职务。"))).toEqual([
      "丙三|批准辞职|重庆市江北区人民检察院|检察长",
    ]);
  });

  it("the longest verb wins at an offset, and 决定 forms follow the issuer", () => {
    expect("批准任命甲一为".match(VOCABULARY.clauseVerb)).toEqual(["批准任命"]);
    expect(issuedAs("任命", "决定")).toBe("决定任命");
    expect(issuedAs("决定免去", "批准")).toBe("批准免去");
    expect(issuedAs("接受辞职", "批准")).toBe("批准辞职");
    expect(issuedAs("撤销职务", "决定")).toBe("撤销职务");
  });

  it("every action kind a verb gives is one of FORMAT.md's", async () => {
    const { ACTION_KINDS } = await import("./types");
    for (const v of VERBS) if (v.action) expect(ACTION_KINDS).toContain(v.action);
  });
});

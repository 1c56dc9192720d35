// `--explain`: every entry names the rules that read it, the joins inside its
// clause and its input lines (invented names).
import { describe, expect, it } from "vitest";
import { explainAnnouncements, explainStored, RULES } from "./explain";
import { parseAnnouncements } from "./index";

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe("explained entries", () => {
  it("a list clause under a heading: the heading and the list rule, its line", () => {
    const text = `某某区人民代表大会常务委员会任免名单
（2025年3月1日某某区第十八届人民代表大会常务委员会第五次会议通过）
一、决定任命
甲一为某某区人民政府副区长；
二、免去
乙二的某某区人民法院副院长职务。`;
    const [a] = explainAnnouncements(text).announcements;
    expect(a!.entries.map((e) => [e.entry.person, names(e.rules), e.lines])).toEqual([
      ["甲一", ["section heading", "list: A为B"], [4, 4]],
      ["乙二", ["section heading", "list: A的B职务"], [6, 6]],
    ]);
    expect(a!.entries[0]!.rules[1]!.reason).toMatch(/A为B/);
  });

  it("a verb sentence under 决定, a carried verb and posts after a comma", () => {
    const text =
      "某某市第六届人民代表大会常务委员会第三次会议决定免去丙三的某某市人民政府副市长职务，任命丁四为某某市人民检察院检察员，第二检察部主任，戊五为某某市人民检察院检察员。";
    const [a] = explainAnnouncements(text).announcements;
    expect(a!.entries.map((e) => [e.entry.person, e.entry.action, e.entry.post, names(e.rules)])).toEqual([
      ["丙三", "决定免去", "副市长", ["免去…的…职务", "决定 scope"]],
      ["丁四", "决定任命", "检察员", ["任命…为…", "决定 scope"]],
      ["丁四", "决定任命", "第二检察部主任", ["任命…为…", "决定 scope", "posts after a comma"]],
      ["戊五", "决定任命", "检察员", ["carried verb", "list: A为B"]],
    ]);
  });

  it("a clause broken after an organ's alias records the join and the line joined on", () => {
    const text = `某某市人民代表大会常务委员会任免名单
（2025年3月1日某某市第六届人民代表大会常务委员会第五次会议通过）
一、任命
甲一为某某区人民法院（某某法庭）
副院长、审判员；`;
    const [a] = explainAnnouncements(text).announcements;
    expect(a!.entries.map((e) => e.entry.post)).toEqual(["副院长", "审判员"]);
    for (const e of a!.entries) {
      expect(e.joins.map((j) => [j.name, j.line])).toEqual([["posts after an alias", 5]]);
      expect(e.lines).toEqual([4, 5]);
    }
  });

  it("explains the same entries as the plain parse, and every rule it names is a known rule with a reason", () => {
    const text = `某某市第六届人民代表大会常务委员会第三次会议决定，接受己六辞去某某市人民政府副市长职务的请求；任命庚七为某某市人民政府副市长。
某某市第六届人民代表大会常务委员会第三次会议决定任命庚七为某某市人民政府副市长。`;
    const explained = explainAnnouncements(text).announcements.flatMap((a) => a.entries.map((e) => e.entry));
    expect(explained).toEqual(parseAnnouncements(text).announcements.flatMap((a) => a.entries));
    const all = explainAnnouncements(text).announcements.flatMap((a) => a.entries.flatMap((e) => [...e.rules, ...e.joins]));
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) expect(RULES.get(r.name)?.reason).toBeTruthy();
    expect(names(explainAnnouncements(text).announcements[0]!.entries[1]!.rules)).toContain("one entry per decision");
  });
});

describe("stored entries explained again", () => {
  it("finds each stored entry by its span, person and action; one the parser no longer reads there gives null", () => {
    const text = "某某市第六届人民代表大会常务委员会第三次会议决定任命甲一、乙二为某某市人民政府副市长。";
    const [e1, e2] = parseAnnouncements(text).announcements[0]!.entries;
    const [x1, x2, gone] = explainStored(text, [
      { start: e2!.span[0], end: e2!.span[1], person: "乙二", action: "决定任命" },
      { start: e1!.span[0], end: e1!.span[1], person: "甲一", action: "决定任命" },
      { start: 0, end: 3, person: "甲一", action: "免去" },
    ]);
    expect(x1!.entry.person).toBe("乙二");
    expect(x2!.entry.person).toBe("甲一");
    expect(names(x1!.rules)).toEqual(["任命…为…", "决定 scope"]);
    expect(gone).toBeNull();
  });
});

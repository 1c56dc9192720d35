// Page shapes met on unseen pages: padded names, a line broken after an organ's alias, a
// headline restating the decision with a short form of the organ. Names are invented.
import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";
import { rows } from "./testing";

const HEAD = `青山市人民代表大会常务委员会任免名单
（2024年3月28日青山市第六届人民代表大会常务委员会第九次会议通过）`;

describe("two-character names padded with an ideographic space", () => {
  it("in a list, a 、 list and a 的 clause", () => {
    const text = `${HEAD}\n一、任命\n甲　一、乙　二为青山市中级人民法院审判员；\n丙丁戊为青山市中级人民法院审判员；\n二、免去\n己　庚的青山市中级人民法院审判员职务。`;
    expect(rows(text).map((r) => r.split("|")[0])).toEqual(["甲一", "乙二", "丙丁戊", "己庚"]);
  });

  it("in running text, even before a short organ that holds 的", () => {
    const text =
      "青山市第六届人民代表大会常务委员会第九次会议决定任命王　伟为青山市人民政府副市长，免去李　明、赵　六的青山市人民政府副市长职务。";
    expect(rows(text)).toEqual([
      "王伟|决定任命|青山市人民政府|副市长",
      "李明|决定免去|青山市人民政府|副市长",
      "赵六|决定免去|青山市人民政府|副市长",
    ]);
  });

  it("a line wrapped at the padding inside a name", () => {
    const text = `${HEAD}\n一、任命\n甲一、乙二、王\n　伟为青山市中级人民法院审判员；\n丙三为青山市中级人民法院副院长。`;
    expect(rows(text).map((r) => r.split("|")[0])).toEqual(["甲一", "乙二", "王伟", "丙三"]);
    expect(parseAnnouncements(text).warnings).toEqual([]);
  });
});

describe("a line broken right after an organ's alias in parentheses", () => {
  it("the posts on the next line belong to the clause, and the list goes on", () => {
    const text = `${HEAD}\n二、任命\n甲一为青山市东湖区人民法院（青山自由贸易试验区人民法院）\n副院长、审判员；\n乙二为青山市中级人民法院审判员。`;
    const r = parseAnnouncements(text);
    expect(r.announcements[0]!.entries.map((e) => `${e.person}|${e.org}|${e.post}|${e.org_alias ?? ""}`)).toEqual([
      "甲一|青山市东湖区人民法院|副院长|青山自由贸易试验区人民法院",
      "甲一|青山市东湖区人民法院|审判员|青山自由贸易试验区人民法院",
      "乙二|青山市中级人民法院|审判员|",
    ]);
  });
});

describe("a list line that no rule reads and no shape explains", () => {
  it("is warned, and the list under the same heading goes on", () => {
    const text = `${HEAD}\n一、任命\n甲一、乙二、丙\n丁一为青山市中级人民法院审判员；\n丙三为青山市中级人民法院副院长。`;
    const r = parseAnnouncements(text);
    expect(rows(text).map((x) => x.split("|")[0])).toContain("丙三");
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([["unreadable-line", 4]]);
  });
});

describe("a headline restating the decision with the short form of the government", () => {
  it("gives one entry with the body's full organ", () => {
    const text = `青山区人大常委会决定甲一代理青山区政府区长职务
青山区第十八届人民代表大会常务委员会第二十次会议决定：接受乙二辞去青山区人民政府区长职务的请求；任命甲一为青山区人民政府副区长，决定甲一代理青山区人民政府区长职务。`;
    expect(rows(text)).toEqual([
      "乙二|接受辞职|青山区人民政府|区长",
      "甲一|任命|青山区人民政府|副区长",
      "甲一|决定代理|青山区人民政府|区长",
    ]);
  });
});

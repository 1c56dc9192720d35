// No silent loss: a line (or clause) of a list that no rule reads becomes a warning with its
// line number and text, and reading resumes at the next clause. Names are invented.
import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";
import { rows } from "./testing";

const HEAD = `重庆市人民代表大会常务委员会
任免名单
（2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过）
二、任命
乙二为重庆市高级人民法院副院长；`;
const TAIL = `己六为重庆市第一中级人民法院审判员；
三、免去
辛八的重庆市高级人民法院审判员职务。`;

describe("an unreadable line inside a list", () => {
  const cases: [string, string][] = [
    ["a Latin-script name", "Maria Lopez为重庆市高级人民法院审判员；"],
    ["a star before the name", "★丙三为重庆市高级人民法院审判员；"],
    ["a digit after the name", "丁四2为重庆市高级人民法院审判员；"],
    ["an emoji after the name", "戊五😀为重庆市高级人民法院审判员；"],
  ];
  for (const [label, line] of cases) {
    it(`${label}: warned with its line, the rest of the list read`, () => {
      const text = `${HEAD}\n${line}\n${TAIL}`;
      const r = parseAnnouncements(text);
      expect(rows(text)).toEqual([
        "乙二|任命|重庆市高级人民法院|副院长",
        "己六|任命|重庆市第一中级人民法院|审判员",
        "辛八|免去|重庆市高级人民法院|审判员",
      ]);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatchObject({ code: "unreadable-line", line: 6, text: line });
      expect(r.warnings[0]!.message).toContain("line 6 could not be read");
      expect(text.slice(r.warnings[0]!.offset).startsWith(line)).toBe(true);
    });
  }

  it("several unreadable lines in a row are each warned", () => {
    const text = `${HEAD}\n${cases.map((c) => c[1]).join("\n")}\n${TAIL}`;
    const r = parseAnnouncements(text);
    expect(rows(text).map((x) => x.split("|")[0])).toEqual(["乙二", "己六", "辛八"]);
    expect(r.warnings.map((w) => w.line)).toEqual([6, 7, 8, 9]);
  });

  it("an unreadable clause inside a line of clauses", () => {
    const text = `${HEAD}\n庚七为重庆市第二中级人民法院审判员；Maria Lopez为重庆市第二中级人民法院审判员；壬九为重庆市第二中级人民法院审判员。`;
    const r = parseAnnouncements(text);
    expect(rows(text).map((x) => x.split("|")[0])).toEqual(["乙二", "庚七", "壬九"]);
    expect(r.warnings).toMatchObject([{ code: "unreadable-line", line: 6, text: "Maria Lopez为重庆市第二中级人民法院审判员" }]);
  });

  it("a clause of a verb's comma list in running text", () => {
    const text =
      "重庆市人民代表大会常务委员会第十次会议决定任命甲一为重庆市人民政府副市长，Maria Lopez为重庆市人民政府秘书长，乙二为重庆市人民政府副秘书长。";
    const r = parseAnnouncements(text);
    expect(rows(text).map((x) => x.split("|")[0])).toEqual(["甲一", "乙二"]);
    expect(r.warnings).toMatchObject([{ code: "unreadable-line", line: 1, text: "Maria Lopez为重庆市人民政府秘书长" }]);
  });

  it("a paragraph after a list is text, not a lost clause", () => {
    const text = `${HEAD}\n${TAIL}\n会议由主任甲乙主持。\n本报记者 丙丁`;
    expect(parseAnnouncements(text).warnings).toEqual([]);
  });

  it("the last clause cut at the end of the text is a truncated list", () => {
    const text = `${HEAD}\n己六为重庆市第一中级`;
    const r = parseAnnouncements(text);
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([["truncated-list", 6]]);
  });
});

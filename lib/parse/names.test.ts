import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { parsePersons } from "./names";
import { rows } from "./testing";

const persons = (s: string) => parsePersons(s, fold(s));

describe("names", () => {
  it("padded two-character names", () => {
    expect(persons("朱学元、王　峰、彭劲荣")).toEqual(["朱学元", "王峰", "彭劲荣"]);
    expect(persons("王 峰")).toEqual(["王峰"]);
  });

  it("remarks (女) (兼) and 同志 are dropped", () => {
    expect(persons("邓英(女)")).toEqual(["邓英"]);
    expect(persons("王晋同志")).toEqual(["王晋"]);
    expect(rows("根据全国人大常委会的决定:\n任命吴仪(女)为卫生部部长(兼)。")).toEqual(["吴仪|任命|卫生部|部长"]);
  });

  it("titles after a name are dropped", () => {
    expect(persons("郑皓副区长")).toEqual(["郑皓"]);
    expect(persons("毛偉明副省長")).toEqual(["毛偉明"]);
    expect(persons("副市长王新华")).toEqual(["王新华"]);
  });

  it("in 等N人 lists only the named people count", () => {
    expect(persons("李春雨、何娇、徐莉等18人")).toEqual(["李春雨", "何娇", "徐莉"]);
  });

  it("minority names with a middle dot", () => {
    expect(persons("买买提江·吾买尔")).toEqual(["买买提江·吾买尔"]);
  });

  it("words that are not names are refused", () => {
    expect(persons("会议决定")).toBeNull();
    expect(persons("常委会组成人员")).toBeNull();
  });
});

describe("conjunctions and adverbs around names (probed)", () => {
  it("并 before a carried clause, 和 / 与 between names", () => {
    expect(parsePersons("王五和赵六", "王五和赵六")).toEqual(["王五", "赵六"]);
    expect(parsePersons("孙七与周八", "孙七与周八")).toEqual(["孙七", "周八"]);
    expect(parsePersons("王和平", "王和平")).toEqual(["王和平"]);
    expect(parsePersons("并李四", "并李四")).toEqual(["李四"]);
  });
});

describe("等同志 (probed)", () => {
  it("drops 等 before 同志", () => {
    expect(parsePersons("张三、李四等同志", "张三、李四等同志")).toEqual(["张三", "李四"]);
  });
});

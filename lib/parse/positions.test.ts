import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { parsePositions } from "./positions";
import { rows } from "./testing";

const pos = (s: string) =>
  parsePositions(s, fold(s)).map((p) => `${p.org}|${p.post}${p.alias ? `|${p.alias}` : ""}${p.acting ? "|acting" : ""}`);

describe("positions", () => {
  it("an organ carries over the 、 list", () => {
    expect(pos("重庆市高级人民法院副院长、审判委员会委员、审判员")).toEqual([
      "重庆市高级人民法院|副院长",
      "重庆市高级人民法院|审判委员会委员",
      "重庆市高级人民法院|审判员",
    ]);
  });

  it("兼 joins two posts like 、", () => {
    expect(pos("重庆市人民政府秘书长兼市公安局局长")).toEqual(["重庆市人民政府|秘书长", "市公安局|局长"]);
    expect(pos("重庆市第一中级人民法院副院长兼立案庭庭长")).toEqual(["重庆市第一中级人民法院|副院长", "重庆市第一中级人民法院|立案庭庭长"]);
    expect(pos("卫生部部长(兼)")).toEqual(["卫生部|部长"]);
  });

  it("two organs in one line", () => {
    expect(pos("重庆市人大常委会预算工作委员会主任、重庆市人大财政经济委员会副主任委员")).toEqual([
      "重庆市人大常委会预算工作委员会|主任",
      "重庆市人大财政经济委员会|副主任委员",
    ]);
  });

  it("an alias in parentheses after the organ", () => {
    expect(pos("重庆两江新区人民法院(重庆自由贸易试验区人民法院)院长")).toEqual(["重庆两江新区人民法院|院长|重庆自由贸易试验区人民法院"]);
    expect(pos("重庆市两江地区人民检察院(重庆铁路运输检察院)检察委员会委员")).toEqual([
      "重庆市两江地区人民检察院|检察委员会委员|重庆铁路运输检察院",
    ]);
  });

  it("inner units of courts and procuratorates stay in the post; branches are organs", () => {
    expect(pos("重庆市第三中级人民法院民事审判第二庭庭长")).toEqual(["重庆市第三中级人民法院|民事审判第二庭庭长"]);
    expect(pos("重庆市人民检察院第一分院第三检察部主任、检察员")).toEqual([
      "重庆市人民检察院第一分院|第三检察部主任",
      "重庆市人民检察院第一分院|检察员",
    ]);
    expect(pos("重庆铁路运输法院知识产权法庭庭长")).toEqual(["重庆铁路运输法院|知识产权法庭庭长"]);
  });

  it("embassies, ministries, posts without organ, bare places", () => {
    expect(pos("中华人民共和国驻加拿大特命全权大使")).toEqual(["中华人民共和国驻加拿大|特命全权大使"]);
    expect(pos("中華人民共和國駐非盟使團團長、特命全權大使")).toEqual([
      "中華人民共和國駐非盟使團|團長",
      "中華人民共和國駐非盟使團|特命全權大使",
    ]);
    expect(pos("国务委员、国防部部长")).toEqual(["|国务委员", "国防部|部长"]);
    expect(pos("北京市副市长")).toEqual(["北京市|副市长"]);
    expect(pos("省應急管理廳廳長")).toEqual(["省應急管理廳|廳長"]);
  });

  it("short organ names: 发改委, 管委会, 监委", () => {
    expect(pos("重庆市发改委主任")).toEqual(["重庆市发改委|主任"]);
    expect(pos("重庆市人民政府副市长、重庆两江新区管委会主任")).toEqual(["重庆市人民政府|副市长", "重庆两江新区管委会|主任"]);
    expect(pos("重庆市人大常委会研究室主任")).toEqual(["重庆市人大常委会研究室|主任"]);
    expect(pos("重庆市高级人民法院研究室主任")).toEqual(["重庆市高级人民法院|研究室主任"]);
  });

  it("congress bodies and the standing committee itself", () => {
    expect(pos("重庆市第六届人民代表大会常务委员会副秘书长")).toEqual(["重庆市第六届人民代表大会常务委员会|副秘书长"]);
    expect(pos("全国人大监察和司法委员会委员")).toEqual(["全国人大监察和司法委员会|委员"]);
  });

  it("acting posts lose their 代理 / 代", () => {
    expect(pos("重庆市人民政府代理市长")).toEqual(["重庆市人民政府|市长|acting"]);
    expect(pos("重庆市代市长")).toEqual(["重庆市|市长|acting"]);
    expect(pos("重庆市万州区人民检察院代检察长")).toEqual(["重庆市万州区人民检察院|检察长|acting"]);
    expect(pos("代理山西省人民政府省长")).toEqual(["山西省人民政府|省长|acting"]);
  });

  it("multi-person × multi-post lines give the cross product", () => {
    const text = "重庆市人民代表大会常务委员会任免名单\n二、任命\n何涛、张程为重庆市人民检察院第三分院检察委员会委员、检察员；";
    expect(rows(text)).toEqual([
      "何涛|任命|重庆市人民检察院第三分院|检察委员会委员",
      "何涛|任命|重庆市人民检察院第三分院|检察员",
      "张程|任命|重庆市人民检察院第三分院|检察委员会委员",
      "张程|任命|重庆市人民检察院第三分院|检察员",
    ]);
  });
});

describe("more organ suffixes (probed)", () => {
  it("办事处 and 参事室 end an organ", () => {
    expect(parsePositions("重庆市人民政府驻北京办事处主任", "重庆市人民政府驻北京办事处主任")).toEqual([
      { org: "重庆市人民政府驻北京办事处", post: "主任", acting: false },
    ]);
    expect(parsePositions("重庆市人民政府参事室主任", "重庆市人民政府参事室主任")).toEqual([
      { org: "重庆市人民政府参事室", post: "主任", acting: false },
    ]);
  });
});

describe("bare organs after a parent organ (probed)", () => {
  const p = (s: string) => parsePositions(s, fold(s)).map((x) => `${x.org}|${x.post}`);
  it("a committee of the same congress, a department of the same government", () => {
    expect(p("重庆市人大常委会委员、代表资格审查委员会主任委员")).toEqual([
      "重庆市人大常委会|委员",
      "重庆市人大常委会代表资格审查委员会|主任委员",
    ]);
    expect(p("重庆市人大常委会委员、财政经济委员会副主任委员")).toEqual(["重庆市人大常委会|委员", "重庆市人大财政经济委员会|副主任委员"]);
    expect(p("重庆市人民政府副市长、公安局局长")).toEqual(["重庆市人民政府|副市长", "重庆市公安局|局长"]);
    expect(p("外交部部长、财政部部长")).toEqual(["外交部|部长", "财政部|部长"]);
  });
});

// Snippets modeled on real announcement styles that are not in the shared
// corpus (other years, other provinces, other wordings). Names are invented.
import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";
import { rows } from "./test-helpers";

describe("Chongqing lists of other years", () => {
  it("任免名单 with district courts, aliases, branches and committee bodies", () => {
    const text = `重庆市人民代表大会常务委员会任免名单
（2023年3月30日重庆市第六届人民代表大会常务委员会第一次会议通过）
一、决定任命
王　峰为重庆市人民政府秘书长；
李明清为重庆市发展和改革委员会主任；
二、任命
张欣（女）为重庆市人大常委会预算工作委员会副主任；
周九为重庆市第六届人民代表大会常务委员会副秘书长；
赵六为重庆两江新区人民法院（重庆自由贸易试验区人民法院）副院长、审判员；
孙八为重庆市人民检察院第一分院第三检察部主任、检察员。`;
    const [a] = parseAnnouncements(text).announcements;
    expect(a!.date).toBe("2023-03-30");
    expect(a!.meeting).toBe("重庆市第六届人民代表大会常务委员会第一次会议");
    expect(rows(text)).toEqual([
      "王峰|决定任命|重庆市人民政府|秘书长",
      "李明清|决定任命|重庆市发展和改革委员会|主任",
      "张欣|任命|重庆市人大常委会预算工作委员会|副主任",
      "周九|任命|重庆市第六届人民代表大会常务委员会|副秘书长",
      "赵六|任命|重庆两江新区人民法院|副院长",
      "赵六|任命|重庆两江新区人民法院|审判员",
      "孙八|任命|重庆市人民检察院第一分院|第三检察部主任",
      "孙八|任命|重庆市人民检察院第一分院|检察员",
    ]);
    expect(a!.entries[4]!.org_alias).toBe("重庆自由贸易试验区人民法院");
  });

  it("公告 with a number, a 决定 body and an acting mayor", () => {
    const text = `重庆市人民代表大会常务委员会公告
〔五届〕第210号
重庆市第五届人民代表大会常务委员会第三十次会议于2021年12月1日决定：接受唐良智辞去重庆市人民政府市长职务的请求；决定胡衡华为重庆市人民政府代理市长。
特此公告。`;
    const [a] = parseAnnouncements(text).announcements;
    expect(a!.number).toBe("〔五届〕第210号");
    expect(a!.date).toBe("2021-12-01");
    expect(rows(text)).toEqual(["唐良智|接受辞职|重庆市人民政府|市长", "胡衡华|决定代理|重庆市人民政府|市长"]);
  });

  it("inline headings and numbered headings", () => {
    const text = `重庆市人民代表大会常务委员会任免名单
1.任命：张三为重庆市高级人民法院执行局局长、审判员；
李四为重庆市江北区人民法院审判员。
(二)免去
王五的重庆市高级人民法院执行局副局长职务。`;
    expect(rows(text)).toEqual([
      "张三|任命|重庆市高级人民法院|执行局局长",
      "张三|任命|重庆市高级人民法院|审判员",
      "李四|任命|重庆市江北区人民法院|审判员",
      "王五|免去|重庆市高级人民法院|执行局副局长",
    ]);
  });
});

describe("other provinces and national decisions", () => {
  it("two provinces reported on one page give two announcements", () => {
    const text = `陕西省第十二届人民代表大会常务委员会第二十六次会议4月1日决定,接受赵正平辞去陕西省人民政府省长职务的请求,任命胡和安为陕西省人民政府副省长、代省长。
甘肃省第十二届人大常委会第二十二次会议4月1日决定,接受刘平辞去甘肃省省长职务的请求,任命林多为甘肃省副省长、代省长。`;
    const r = parseAnnouncements(text);
    expect(r.announcements.map((a) => a.meeting)).toEqual([
      "陕西省第十二届人民代表大会常务委员会第二十六次会议",
      "甘肃省第十二届人民代表大会常务委员会第二十二次会议",
    ]);
    expect(rows(text)).toEqual([
      "赵正平|接受辞职|陕西省人民政府|省长",
      "胡和安|决定任命|陕西省人民政府|副省长",
      "胡和安|决定代理|陕西省人民政府|省长",
      "刘平|接受辞职|甘肃省|省长",
      "林多|决定任命|甘肃省|副省长",
      "林多|决定代理|甘肃省|省长",
    ]);
  });

  it("a verb carries over a comma or semicolon list", () => {
    const text = `2月2日下午,省十二届人大常委会第二十七次会议表决通过了人事任免案。其中任命纪文为省人大常委会财政经济工作委员会副主任,王福为省人大常委会内务司法工作委员会主任。
经大会表决通过,分别免去张轩的省十二届人大财政经济委员会副主任委员职务;朱永的省人大常委会内务司法工作委员会主任职务。`;
    expect(rows(text)).toEqual([
      "纪文|任命|省人大常委会财政经济工作委员会|副主任",
      "王福|任命|省人大常委会内务司法工作委员会|主任",
      "张轩|免去|省十二届人大财政经济委员会|副主任委员",
      "朱永|免去|省人大常委会内务司法工作委员会|主任",
    ]);
  });

  it("decisions passed under their titles, drafts and proposals left out", () => {
    const text = `12月22日上午,遼寧省十屆人大常委會第三十五次會議召開。會議聽取了關於對《關於接受張文山辭去遼寧省人民政府省長職務請求的決定(草案)和關於決定任命陳高為遼寧省人民政府副省長、代理省長的議案》的說明。
在隨後召開的第二次全體會議上,分別表決通過了《遼寧省人民代表大會常務委員會關於接受張文山辭去遼寧省人民政府省長職務請求的決定》和《遼寧省人民代表大會常務委員會關於決定任命陳高為遼寧省人民政府副省長、代理省長的決定》。`;
    expect(rows(text)).toEqual([
      "張文山|接受辞职|遼寧省人民政府|省長",
      "陳高|决定任命|遼寧省人民政府|副省長",
      "陳高|决定代理|遼寧省人民政府|省長",
    ]);
  });

  it("撤销 of court posts and an explicit 决定免去 in Traditional script with pinyin glosses", () => {
    const text = `8日,市十四屆人大常委會(huì)舉行第六次會(huì)議。
會(huì)議經(jīng)無記名投票表決,決定撤銷陳明的上海市高級(jí)人民法院審判委員會(huì)委員、審判員職務(wù);撤銷倪文的上海市高級(jí)人民法院審判員職務(wù)。會(huì)議還審議了關(guān)于提請(qǐng)免去王軍職務(wù)的議案,決定免去王軍的上海市高級(jí)人民法院民事審判第五庭副庭長(zhǎng)職務(wù)。`;
    expect(rows(text)).toEqual([
      "陳明|撤销职务|上海市高級人民法院|審判委員會委員",
      "陳明|撤销职务|上海市高級人民法院|審判員",
      "倪文|撤销职务|上海市高級人民法院|審判員",
      "王軍|决定免去|上海市高級人民法院|民事審判第五庭副庭長",
    ]);
  });

  it("ministers, the central bank, missions", () => {
    const text = `第十四届全国人民代表大会常务委员会第五次会议于2023年9月1日决定：
免去王刚的科学技术部部长职务；任命阴俊为科学技术部部长；
免去易成的中国人民银行行长职务；任命潘胜为中国人民银行行长。
国家主席签署主席令，根据全国人大常委会的决定任免驻外大使：
任命李松为中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表、特命全权大使；
任命胡春为中华人民共和国驻东盟使团团长、特命全权大使。`;
    expect(rows(text)).toEqual([
      "王刚|决定免去|科学技术部|部长",
      "阴俊|任命|科学技术部|部长",
      "易成|免去|中国人民银行|行长",
      "潘胜|任命|中国人民银行|行长",
      "李松|任命|中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织|代表",
      "李松|任命|中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织|特命全权大使",
      "胡春|任命|中华人民共和国驻东盟使团|团长",
      "胡春|任命|中华人民共和国驻东盟使团|特命全权大使",
    ]);
  });

  it("a report dated 昨天 against the page date", () => {
    const text = `2001年1月13日发表
【人民报讯】1月13日消息:昨天,四川省九届人大常委会第21次会议通过了有关人事任免事项。
据报道,会议决定任命陈光为省政府副省长;接受徐群、欧高辞去省政府副省长职务的请求,李寿辞去省人大常委会副主任职务的请求。`;
    const [a] = parseAnnouncements(text).announcements;
    expect(a!.date).toBe("2001-01-12");
    expect(rows(text)).toEqual([
      "陈光|决定任命|省政府|副省长",
      "徐群|接受辞职|省政府|副省长",
      "欧高|接受辞职|省政府|副省长",
      "李寿|接受辞职|省人大常委会|副主任",
    ]);
  });
});

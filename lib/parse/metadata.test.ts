// The decision's date and the announcement's number on page shapes met on the web and in
// newspapers: publish stamps, datelines run into bylines, relative days, compact dates,
// numbers printed above a second title, titles hard-wrapped. Names and places are invented.
import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";

const meta = (text: string) => parseAnnouncements(text).announcements.map((a) => `${a.number}|${a.date}|${a.entries.length}`);

describe("the decision date wins over the page's dates", () => {
  it("a publish stamp loses to the (…会议通过) line under a second title", () => {
    const text = `青山市人大常委会任免名单
发布时间：2025-09-30 10:12  来源：青山人大
青山市人民代表大会常务委员会任免名单
（2025年9月26日青山市第六届人民代表大会常务委员会第十九次会议通过）
一、任命
甲一为青山市中级人民法院副院长；
乙二为青山市中级人民法院审判员。`;
    expect(meta(text)).toEqual(["null|2025-09-26|2"]);
  });

  it("a publish stamp loses to the signature date", () => {
    const text = `青山市人民代表大会常务委员会任免名单
发布时间：2025-09-30
一、任命
甲一为青山市中级人民法院副院长；
乙二为青山市中级人民法院审判员。
青山市人民代表大会常务委员会
2025年9月26日`;
    expect(meta(text)).toEqual(["null|2025-09-26|2"]);
  });

  it("a publish stamp is the date when nothing else is printed", () => {
    const text = `青山市人大常委会任免一批干部
2025年09月30日 10:12 来源：青山网
青山市第六届人民代表大会常务委员会第十九次会议决定任命甲一为青山市人民政府副市长。`;
    expect(meta(text)).toEqual(["null|2025-09-30|1"]);
  });

  it("a stamp line is never joined with the story below it (a saved page loses its indentation)", () => {
    const text = `青山市人大常委会任免一批干部
2017年03月13日15:39 来源:青山网
新华社青山3月12日电 青山市第六届人民代表大会常务委员会第十次会议决定任命甲一为青山市人民政府副市长。`;
    expect(meta(text)).toEqual(["null|2017-03-12|1"]);
  });

  it("a wire dateline run into the byline of the story before it", () => {
    const text = `青山市人大常委会任免一批干部
2025-05-07 08:00 来源：青山网
责任编辑：丙丁新华社青山5月6日电 青山市第六届人民代表大会常务委员会第十次会议决定任命甲一为青山市人民政府副市长。`;
    expect(meta(text)).toEqual(["null|2025-05-06|1"]);
  });
});

describe("relative and compact dates", () => {
  it("20日下午 counts from the story's own date", () => {
    const text = `青山日报 2025年5月21日
青山市人大常委会第十次会议闭幕
本报讯 青山市第六届人民代表大会常务委员会第十次会议20日下午闭幕。会议决定任命甲一为青山市人民政府副市长。`;
    expect(meta(text)).toEqual(["null|2025-05-20|1"]);
  });

  it("20日 counts from a publish stamp when there is no masthead", () => {
    const text = `青山市人大常委会第十次会议闭幕
发布时间：2025-06-02 09:00
青山市第六届人民代表大会常务委员会第十次会议1日下午闭幕。会议决定任命甲一为青山市人民政府副市长。`;
    expect(meta(text)).toEqual(["null|2025-06-01|1"]);
  });

  it("昨天上午 counts from the page's date", () => {
    const text = `青山日报 2025年5月1日
昨天上午，青山市第六届人民代表大会常务委员会第十次会议闭幕。会议决定任命甲一为青山市人民政府副市长。`;
    expect(meta(text)).toEqual(["null|2025-04-30|1"]);
  });

  it("於20220315日: a date printed as eight digits", () => {
    const text = "青山市第六届人民代表大会常务委员会第十次会议於20220315日决定任命甲一为青山市人民政府副市长。";
    expect(meta(text)).toEqual(["null|2022-03-15|1"]);
  });

  it("eight digits that are no date stay a number", () => {
    const text = "青山市第六届人民代表大会常务委员会第十次会议决定任命甲一为青山市人民政府副市长。咨询电话20221315。";
    expect(meta(text)).toEqual(["null|null|1"]);
  });
});

describe("each number attaches to its own announcement", () => {
  it("公告 第N号 followed by a separate …任免名单 title", () => {
    const text = `青山市人民代表大会常务委员会公告
第12号
青山市人民代表大会常务委员会任免名单
（2024年3月28日青山市第六届人民代表大会常务委员会第九次会议通过）
一、任命
甲一为青山市中级人民法院副院长。`;
    expect(meta(text)).toEqual(["第12号|2024-03-28|1"]);
  });

  it("two numbered 决定 on one page", () => {
    const text = `青山市人民代表大会常务委员会关于任命甲一为青山市人民政府副市长的决定
第3号
（2024年3月28日青山市第六届人民代表大会常务委员会第九次会议通过）
青山市第六届人民代表大会常务委员会第九次会议决定：任命甲一为青山市人民政府副市长。
青山市人民代表大会常务委员会关于免去乙二青山市人民政府副市长职务的决定
第4号
（2024年3月29日青山市第六届人民代表大会常务委员会第十次会议通过）
青山市第六届人民代表大会常务委员会第十次会议决定：免去乙二的青山市人民政府副市长职务。`;
    expect(meta(text)).toEqual(["第3号|2024-03-28|1", "第4号|2024-03-29|1"]);
  });

  it("a title hard-wrapped before its last character keeps its number", () => {
    const text = `青山市人民代表大会常务委员会公
告
[六届]第57号
青山市人民代表大会常务委员会
关于接受甲一同志辞去青山市
人民政府副市长职务的决定
(2024年11月28日青山市第六届人民代表大会常务委员会第十二次会议通过)
青山市第六届人民代表大会常务委员会第十二次会议决定：接受甲一同志辞去青山市人民政府副市长职务。`;
    expect(meta(text)).toEqual(["[六届]第57号|2024-11-28|1"]);
  });
});

import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { parseAnnouncements } from "./index";
import { meetingsIn, numberOf, titleKind } from "./segment";

const PAGE = `## 第五届江北嘴新金融大会在渝开幕

本报讯 11月28日上午，大会在重庆金融会展中心开幕。市政府常务副市长出席活动并讲话。

## 重庆市人民代表大会常务委员会公告

[六届]第56号

江津区人民代表大会常务委员会补选蒋德阳为重庆市第六届人民代表大会代表。确认蒋德阳的代表资格有效。

重庆市人民代表大会常务委员会

2024年11月28日

## 重庆市人民代表大会常务委员会公告

[六届]第57号

### 重庆市人民代表大会常务委员会

### 关于接受张国智同志辞去重庆市人民政府副市长职务的决定

(2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过)

重庆市第六届人民代表大会常务委员会第十二次会议决定：接受张国智同志辞去重庆市人民政府副市长职务，报请重庆市第六届人民代表大会第三次会议备案。

## 重庆市人民代表大会常务委员会公告

[六届]第58号

(2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过)

### 一、决定任命

姜国杰为重庆市人民政府副市长。
`;

describe("segment", () => {
  it("finds the announcements among other news; only those with entries are listed", () => {
    const r = parseAnnouncements(PAGE);
    expect(r.announcements.map((a) => a.number)).toEqual(["[六届]第57号", "[六届]第58号"]);
    const [a57, a58] = r.announcements;
    expect(a57!.entries.map((e) => `${e.person}|${e.action}|${e.org}|${e.post}`)).toEqual(["张国智|接受辞职|重庆市人民政府|副市长"]);
    expect(a58!.date).toBe("2024-11-28");
    expect(a58!.meeting).toBe("重庆市第六届人民代表大会常务委员会第十二次会议");
    expect(a58!.issuer).toBe("重庆市人民代表大会常务委员会");
    expect(PAGE.slice(a58!.span[0], a58!.span[1])).toContain("姜国杰为重庆市人民政府副市长");
  });

  it("reads titles and numbers", () => {
    expect(titleKind(fold("重庆市人民代表大会常务委员会任免名单"))).toBe("notice");
    expect(titleKind(fold("中华人民共和国主席令 第三号"))).toBe("notice");
    expect(titleKind(fold("会议还表决通过了人事任免事项，听取了报告，审议了议案，并作出了决定，内容很长很长很长很长"))).toBeNull();
    expect(numberOf("〔五届〕第210号", "〔五届〕第210号", false)).toBe("〔五届〕第210号");
    expect(numberOf("第 三 号", "第 三 号", false)).toBe("第三号");
  });

  it("writes short meeting names out in full", () => {
    const line = "12月3日下午,重庆市三届人大常委会举行第十四次会议,决定接受王鸿举辞去重庆市长职务的请求";
    expect(meetingsIn(line, fold(line), 0)[0]!.text).toBe("重庆市第三届人民代表大会常务委员会第十四次会议");
    const tw = "5月30日,廣東省十四屆人大常委會第十次會議舉行第二次全體會議。";
    expect(meetingsIn(tw, fold(tw), 0)[0]!.text).toBe("廣東省第十四屆人民代表大會常務委員會第十次會議");
  });

  it("dates a news report from the day printed and the page's year", () => {
    const text = `黄奇帆接任重庆代市长
2009年12月04日 09:08
  12月3日下午，重庆市三届人大常委会举行第十四次会议，决定接受王鸿举辞去重庆市长职务的请求，任命黄奇帆为重庆市人民政府代理市长。`;
    const [a] = parseAnnouncements(text).announcements;
    expect(a!.date).toBe("2009-12-03");
    expect(a!.meeting).toBe("重庆市第三届人民代表大会常务委员会第十四次会议");
  });

  it("leaves the date empty when no year is printed", () => {
    const text = "5月30日,廣東省十四屆人大常委會第十次會議舉行第二次全體會議。\n會議經表決:\n任命王靜爲廣東省高級人民法院副院長。";
    expect(parseAnnouncements(text).announcements[0]!.date).toBeNull();
  });
});

describe("lead-in sentences are no titles (probed)", () => {
  it("…表决通过人事任免案，任免名单如下：", () => {
    expect(titleKind("11月28日,市六届人大常委会第十二次会议表决通过人事任免案,任免名单如下:")).toBeNull();
  });
});

describe("the page date from a masthead (probed)", () => {
  it("11月28日 in a report takes its year from the dropped masthead", () => {
    const text =
      "重庆日报 2024年11月29日 星期五\n市人大常委会任免一批国家机关工作人员\n本报讯 11月28日，市六届人大常委会第十二次会议表决，决定任命姜国杰为重庆市人民政府副市长。";
    const [a] = parseAnnouncements(text).announcements;
    expect(a!.date).toBe("2024-11-28");
    expect(a!.meeting).toBe("重庆市第六届人民代表大会常务委员会第十二次会议");
  });
});

describe("issuer without the term (probed)", () => {
  it("第五届 / 第十四届 are dropped from a title's issuer", () => {
    const a = parseAnnouncements(
      "重庆市第五届人民代表大会常务委员会公告\n〔五届〕第115号\n重庆市第五届人民代表大会常务委员会第二十次会议决定：免去屈谦的重庆市人民政府副市长职务。",
    ).announcements[0]!;
    expect(a.issuer).toBe("重庆市人民代表大会常务委员会");
    const b = parseAnnouncements("第十四届全国人民代表大会常务委员会任免名单\n一、免去秦刚的国务委员职务。").announcements[0]!;
    expect(b.issuer).toBe("全国人民代表大会常务委员会");
  });
});

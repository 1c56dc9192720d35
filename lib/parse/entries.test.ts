import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";
import { rows } from "./testing";

describe("entries", () => {
  it("one entry per decision, however often the page repeats it; the fullest position wins", () => {
    const text = `省人大常委会决定接受谌贻琴辞去贵州省人民政府省长职务,决定任命李炳军为贵州省人民政府副省长、决定李炳军代理贵州省人民政府省长
11月24日,贵州省第十三届人民代表大会常务委员会第二十一次会议在贵阳召开。
贵州省第十三届人民代表大会常务委员会第二十一次会议决定:接受谌贻琴同志申请辞去贵州省人民政府省长职务请求。
会议经表决通过,决定任命李炳军为贵州省人民政府副省长;会议决定李炳军代理贵州省人民政府省长职务。`;
    expect(rows(text)).toEqual([
      "谌贻琴|接受辞职|贵州省人民政府|省长",
      "李炳军|决定任命|贵州省人民政府|副省长",
      "李炳军|决定代理|贵州省人民政府|省长",
    ]);
  });

  it("a decree's narrative re-statement adds nothing; the decree's verb wins", () => {
    const text = `中华人民共和国主席令 第三号
根据中华人民共和国第十届全国人民代表大会常务委员会第二次会议于2003年4月26日的决定:
免去张文康的卫生部部长职务;
任命吴仪(女)为卫生部部长(兼)。
十届全国人大常委会第二次会议26日下午经过表决,决定免去张文康的卫生部部长职务,任命吴仪为卫生部部长(兼)。`;
    const r = parseAnnouncements(text);
    expect(r.announcements).toHaveLength(1);
    expect(r.announcements[0]!.number).toBe("第三号");
    expect(r.announcements[0]!.issuer).toBe("中华人民共和国主席");
    expect(rows(text)).toEqual(["张文康|免去|卫生部|部长", "吴仪|任命|卫生部|部长"]);
  });

  it("spans point at the clause in the original input", () => {
    const text = "重庆市人民代表大会常务委员会任免名单\r\n二、任命\r\n朱学元、王　峰为重庆市人民检察院检察委员会委员；\r\n";
    const [a] = parseAnnouncements(text).announcements;
    for (const e of a!.entries) {
      const slice = text.slice(e.span[0], e.span[1]);
      expect(slice).toBe("朱学元、王　峰为重庆市人民检察院检察委员会委员");
      expect(slice.replace(/\s/g, "")).toContain(e.person);
      expect(slice).toContain(e.post);
    }
  });
});

describe("spans", () => {
  const clean = (s: string) =>
    s
      .normalize("NFKC")
      .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g, "")
      .replace(/\s+/g, "");

  it("every span shows the person's name and the post as printed", () => {
    const texts = [
      "中山市十六届人大常委会第二十二次会议召开。会议经表决,决定任命陈东为中山市人民政府副市长,接受其辞去中山市人大常委会副主任职务的请求。",
      "重庆市人民代表大会常务委员会任免名单\n二、任命\n朱学元、王　峰为重庆市人民检察院检察委员会委员、检察员；",
      "陜西省第十二屆人民代表大會(huì)常務(wù)委員會(huì)第二十六次會(huì)議決定,任命胡和安為陜西省人民政府副省長(zhǎng)、代省長(zhǎng)。",
    ];
    for (const text of texts)
      for (const a of parseAnnouncements(text).announcements)
        for (const e of a.entries) {
          const slice = clean(text.slice(e.span[0], e.span[1]));
          expect(slice).toContain(e.person);
          expect(slice).toContain(e.post);
        }
  });
});

describe("organs printed without their place (probed)", () => {
  it("a lead's 市政府 / 市高级人民法院 merges with the list's full organ", () => {
    const text = `本报讯 11月28日，市六届人大常委会第十二次会议闭幕。会议决定任命姜国杰为市政府副市长，任命蒋佩伏为市高级人民法院副院长。
重庆市人民代表大会常务委员会任免名单
（2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过）
一、决定任命
姜国杰为重庆市人民政府副市长；
二、任命
蒋佩伏为重庆市高级人民法院副院长。`;
    expect(rows(text)).toEqual(["姜国杰|决定任命|重庆市人民政府|副市长", "蒋佩伏|任命|重庆市高级人民法院|副院长"]);
  });
});

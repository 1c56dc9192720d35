import { describe, expect, it } from "vitest";
import { normalise, toSourceSpan } from "./normalise";
import { rows } from "./testing";

describe("normalise", () => {
  it("applies NFKC and unifies full-width punctuation", () => {
    const n = normalise("张三（女）为重庆市人民政府副市长；");
    expect(n.text).toBe("张三(女)为重庆市人民政府副市长;");
  });

  it("keeps an offset map back to the input", () => {
    const src = "## 标题\r\n\r\n王　峰为重庆市人民政府秘书长；";
    const n = normalise(src);
    const i = n.text.indexOf("秘书长");
    const [s, e] = toSourceSpan(n, i, i + 3);
    expect(src.slice(s, e)).toBe("秘书长");
    const [s2, e2] = toSourceSpan(n, n.text.indexOf("王"), n.text.length);
    expect(src.slice(s2, e2)).toBe("王　峰为重庆市人民政府秘书长；");
  });

  it("drops markdown heading marks and remembers the level", () => {
    const n = normalise("### 一、决定任命\n张三为重庆市人民政府副市长。");
    expect(n.text.split("\n")[0]).toBe("一、决定任命");
    expect(n.lines[0]!.heading).toBe(3);
  });

  it("drops markdown emphasis, bullets and quotes", () => {
    const n = normalise("**一、决定任命**\n- 张三为重庆市人民政府副市长；\n> 李四为重庆市人民政府秘书长。");
    expect(n.text).toBe("一、决定任命\n张三为重庆市人民政府副市长;\n李四为重庆市人民政府秘书长。");
  });

  it("drops inline pinyin glosses", () => {
    const n = normalise("廣東省人大常委會(huì)決定任命許達(dá)哲爲省長");
    expect(n.text).toBe("廣東省人大常委會決定任命許達哲爲省長");
  });

  it("drops page headers and joins a list line broken across a page", () => {
    const text = [
      "二、任命",
      "刘军为重庆市第五中级人民法院副院长、审判委员会委员、审",
      "",
      "重庆日报 2022年9月29日 星期四",
      "(下转2版)",
      "",
      "(上接1版)",
      "判员；",
      "张丽为重庆市江北区人民法院审判员。",
    ].join("\n");
    const n = normalise(text);
    expect(n.text).toBe("二、任命\n刘军为重庆市第五中级人民法院副院长、审判委员会委员、审判员;\n张丽为重庆市江北区人民法院审判员。");
    expect(rows(text)).toContain("刘军|任命|重庆市第五中级人民法院|审判员");
  });

  it("does not join a title with the paragraph after it", () => {
    const n = normalise("卢映川辞去北京市副市长职务\n时间:2021-11-26");
    expect(n.lines).toHaveLength(2);
  });
});

describe("circled list numbers (probed)", () => {
  it("①, ❷ number list items like (1)", () => {
    expect(rows("重庆市人民代表大会常务委员会任免名单\n一、任命\n①张三为重庆市审计局局长；\n❷李四为重庆市统计局局长。")).toEqual([
      "张三|任命|重庆市审计局|局长",
      "李四|任命|重庆市统计局|局长",
    ]);
  });
});

describe("text hard-wrapped at a column width (probed)", () => {
  it("list clauses and sentences wrapped mid-word, mid-name and mid-verb", () => {
    const wrap = (s: string, w: number) =>
      s
        .split("\n")
        .map((l) => (l.length > w ? l.replace(new RegExp(`(.{${w}})`, "g"), "$1\n") : l))
        .join("\n");
    const list = `重庆市人民代表大会常务委员会任免名单
二、任命
冉诗玉为重庆市人民检察院第四分院检察委员会委员；
梁琴为重庆市人民检察院第五分院检察委员会委员；
五、免去
曹世海的重庆市高级人民法院审判委员会委员、民事审判第二庭庭长、审判员职务；
王彦的重庆市高级人民法院审判委员会委员职务。`;
    const want = [
      "冉诗玉|任命|重庆市人民检察院第四分院|检察委员会委员",
      "梁琴|任命|重庆市人民检察院第五分院|检察委员会委员",
      "曹世海|免去|重庆市高级人民法院|审判委员会委员",
      "曹世海|免去|重庆市高级人民法院|民事审判第二庭庭长",
      "曹世海|免去|重庆市高级人民法院|审判员",
      "王彦|免去|重庆市高级人民法院|审判委员会委员",
    ];
    for (const w of [15, 17, 20]) expect(rows(wrap(list, w))).toEqual(want);
    const report =
      "标题\n贵州省第十三届人民代表大会常务委员会第二十一次会议决定：接受谌贻琴同志辞去贵州省人民政府省长职务。会议决定李炳军代理贵州省人民政府省长职务。";
    for (const w of [15, 17])
      expect(rows(wrap(report, w))).toEqual(["谌贻琴|接受辞职|贵州省人民政府|省长", "李炳军|决定代理|贵州省人民政府|省长"]);
  });
});

describe("a page hard-wrapped at one column width (probed)", () => {
  it("lines of the column width continue onto the next line, even before a name", () => {
    const page =
      "本报讯 近日，我市召开全市经济工作会议，会议总结了今年以来全市经济运行情况，分析了当前面临的形势，部署了明年经济工作。会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n" +
      "重庆市第六届人民代表大会常务委员会第十二次会议决定接受张三、李四分别辞去重庆市人民政府副市长、秘书长职务的请求；免去王五的重庆市财政局局长职务。";
    const wrapped = page
      .split("\n")
      .map((l) => l.replace(/(.{16})/g, "$1\n"))
      .join("\n");
    expect(rows(wrapped)).toEqual([
      "张三|接受辞职|重庆市人民政府|副市长",
      "李四|接受辞职|重庆市人民政府|秘书长",
      "王五|免去|重庆市财政局|局长",
    ]);
  });
});

// Speed is measured by `npm run bench:parse`, never asserted in a test; the timeout only stops a
// run that went quadratic.
describe("joining very many lines (probed)", () => {
  it("a long paragraph hard-wrapped into very many lines is joined back", () => {
    const para = `人大常委会\n${"会议决定任命张三为重庆市人民政府副市长并且听取了报告\n".repeat(40000)}`;
    const wrapped = para.replace(/(.{9})/g, "$1\n");
    const { text } = normalise(wrapped);
    // The sentence broken every nine characters reads whole again.
    expect(text).toContain("会议决定任命张三为重庆市人民政府副市长并且听取了报告");
  }, 60_000);
});

describe("wrap detection leaves lists alone (probed)", () => {
  it("list lines of one length without punctuation are not a wrapped column", () => {
    const text = `重庆市人民代表大会常务委员会任免名单
二、任命
张三为重庆市大渡口区人民法院院长
李四为重庆市沙坪坝区人民法院院长
王五为重庆市九龙坡区人民法院院长
赵六为重庆市南岸区人民法院副院长
钱七为重庆市北碚区人民法院副院长
孙八为重庆市渝北区人民法院副院长`;
    expect(rows(text)).toHaveLength(6);
  });
});

import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";
import { rows } from "./testing";

const LIST = `重庆市人民代表大会常务委员会任免名单
（2023年3月30日重庆市第六届人民代表大会常务委员会第一次会议通过）
一、决定任命
陈鸣波为重庆市人民政府副市长；
二、任命
李四为重庆市渝中区人民法院审判员；
三、批准任命
黄志刚为重庆市万州区人民检察院检察长。
四、决定免去
张俊文的重庆市第四中级人民法院院长职务。
五、免去
吴十的重庆市人大社会建设委员会委员职务。
六、批准
刘伟辞去重庆市九龙坡区人民检察院检察长职务；
周平的重庆市永川区人民检察院检察长职务。
七、撤销
冯某某的重庆市第二中级人民法院审判员职务。`;

describe("sections", () => {
  it("each heading sets the action of the verbless clauses under it", () => {
    expect(rows(LIST)).toEqual([
      "陈鸣波|决定任命|重庆市人民政府|副市长",
      "李四|任命|重庆市渝中区人民法院|审判员",
      "黄志刚|批准任命|重庆市万州区人民检察院|检察长",
      "张俊文|决定免去|重庆市第四中级人民法院|院长",
      "吴十|免去|重庆市人大社会建设委员会|委员",
      "刘伟|批准辞职|重庆市九龙坡区人民检察院|检察长",
      "周平|批准免去|重庆市永川区人民检察院|检察长",
      "冯某某|撤销职务|重庆市第二中级人民法院|审判员",
    ]);
  });

  it("reads markdown headings (### 二、任命) and lists without semicolons", () => {
    const text = "### 二、任命\n\n张三为重庆市江北区人民法院审判员\n李四为重庆市江北区人民法院审判员\n";
    expect(rows(`重庆市人大常委会任免名单\n${text}`)).toEqual([
      "张三|任命|重庆市江北区人民法院|审判员",
      "李四|任命|重庆市江北区人民法院|审判员",
    ]);
  });

  it("a verb with a colon at the end of a line opens a list", () => {
    const text = "重庆市人大常委会第五次会议经表决，任命下列人员：\n张三为重庆市江北区人民法院审判员；\n李四为重庆市渝北区人民法院审判员。";
    expect(rows(text)).toEqual(["张三|任命|重庆市江北区人民法院|审判员", "李四|任命|重庆市渝北区人民法院|审判员"]);
  });

  it("a list printed as a table: name, spaces, position", () => {
    const text =
      "重庆市人民代表大会常务委员会任免名单\n一、决定任命\n陈鸣波  重庆市人民政府副市长\n王　峰  重庆市人民政府秘书长\n三、免去\n赵六  重庆市高级人民法院副院长、审判员\n";
    expect(rows(text)).toEqual([
      "陈鸣波|决定任命|重庆市人民政府|副市长",
      "王峰|决定任命|重庆市人民政府|秘书长",
      "赵六|免去|重庆市高级人民法院|副院长",
      "赵六|免去|重庆市高级人民法院|审判员",
    ]);
  });

  it("warns when a list stops mid-way", () => {
    const text =
      "重庆市人民代表大会常务委员会任免名单\n二、任命\n张三为重庆市江北区人民法院审判员；\n李四为重庆市渝北区人民法院副院长、审判";
    const r = parseAnnouncements(text);
    expect(r.warnings.map((w) => w.code)).toEqual(["truncated-list"]);
    expect(r.warnings[0]!.message).toMatch(/line 4/);
    expect(r.announcements[0]!.entries.map((e) => e.person)).toEqual(["张三", "李四"]);
  });

  it("no warning for a list that ends with 。", () => {
    expect(parseAnnouncements(LIST).warnings).toEqual([]);
  });
});

describe("spaced headings and titles (probed)", () => {
  it("一、决 定 任 命 and 任 免 名 单", () => {
    const text =
      "重庆市人民代表大会常务委员会\n任 免 名 单\n一、决 定 任 命\n张三为重庆市人民政府副市长；\n二、免  去\n李四的重庆市人民政府副秘书长职务。";
    expect(rows(text)).toEqual(["张三|决定任命|重庆市人民政府|副市长", "李四|免去|重庆市人民政府|副秘书长"]);
  });
});

import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";
import { rows } from "./testing";

const none = (text: string) => expect(parseAnnouncements(text).announcements).toEqual([]);

describe("negative cases give no entries", () => {
  it("narrative news without a decision", () => none("11月28日上午，江北嘴新金融大会开幕。市政府常务副市长陈新武出席活动并讲话。"));

  it("nominations and proposals", () => {
    none("重庆市人大常委会主任会议提请任命张三为重庆市人民政府副市长的议案。");
    none("重庆市人大常委会会议听取了关于提名黄奇帆为重庆市代市长的说明。");
    none("重庆市人大常委会：市长建议任命李四为重庆市教育委员会主任。");
    none("重庆市人大常委会拟任命王五为重庆市人民政府秘书长，现予任前公示。");
  });

  it("elections by a full congress", () =>
    none("1月25日下午，德州市第十八届人民代表大会第五次会议举行第三次全体会议。选举许勍为德州市人民检察院检察长。"));

  it("appointments cited as background", () =>
    none("北京市人大常委会会议决定接受其辞职。根据公开信息，卢映川已任文化和旅游部党组成员、副部长，曾任北京市副市长。"));

  it("a deputy's qualification and posts that end with it", () =>
    none(
      "云阳县人民代表大会常务委员会决定接受赵勇辞去重庆市第六届人民代表大会代表职务，赵勇的重庆市第六届人民代表大会代表资格终止，其重庆市第六届人民代表大会教育科学文化卫生委员会委员职务相应终止。",
    ));

  it("其他人事任免事项 without names", () => none("重庆市人大常委会第十二次会议表决通过了人事任免事项和其他人事任免事项。"));

  it("appointments by bodies that are not a congress", () => none("公司董事会决定任命张三为公司总经理。"));
});

describe("other appointing bodies on a page with congress news (probed)", () => {
  it("国务院任免国家工作人员 is not a congress decision", () => {
    const text = `新华社北京5月10日电 全国人大常委会委员长会议在北京举行。
国务院任免国家工作人员
新华社北京5月10日电 国务院任免国家工作人员。
任命张三为国家发展和改革委员会副主任；免去李四的教育部副部长职务。`;
    expect(parseAnnouncements(text).announcements).toEqual([]);
  });
});

describe("a government's own appointments (probed)", () => {
  it("人民政府决定任命 on a page that also names the congress", () => {
    const text = `重庆市人大常委会召开主任会议。
重庆市人民政府决定任命张三为重庆市人民政府副秘书长，免去李四的重庆市人民政府副秘书长职务。`;
    expect(parseAnnouncements(text).announcements).toEqual([]);
  });
});

describe("places read as names (probed)", () => {
  it("撤销 / 免去 followed by a place and a post, without a name, gives nothing", () => {
    none(
      "重庆市第六届人民代表大会常务委员会第十二次会议决定撤销重庆市江北区人民法院审判员职务的张某某的任命。会议免去重庆市江北区人民法院副院长职务。",
    );
  });
});

describe("legal basis versus proposal (probed)", () => {
  it("根据…的提名决定任命 is a decision; 提请任命 is not", () => {
    expect(
      rows(
        "第十三届全国人民代表大会常务委员会第二十八次会议根据国务院总理李克强的提名决定任命李国英为水利部部长。\n市人民政府提请任命王五为重庆市统计局局长。",
      ),
    ).toEqual(["李国英|决定任命|水利部|部长"]);
  });
});

// Snippets modeled on real announcement styles that are not in the shared
// corpus (other years, other provinces, other wordings). Names are invented.
import { describe, expect, it } from "vitest";
import { parseAnnouncements } from "./index";
import { rows } from "./testing";

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

  it("a list flattened onto one line, with or without punctuation", () => {
    const head = "重庆市人民代表大会常务委员会任免名单（2023年3月30日重庆市第六届人民代表大会常务委员会第一次会议通过）";
    const want = [
      "陈鸣波|决定任命|重庆市人民政府|副市长",
      "王峰|决定任命|重庆市人民政府|秘书长",
      "张三|任命|重庆市高级人民法院|副院长",
      "张三|任命|重庆市高级人民法院|审判员",
      "赵六|免去|重庆市人民政府|副市长",
    ];
    expect(
      rows(
        `${head}一、决定任命 陈鸣波为重庆市人民政府副市长；王峰为重庆市人民政府秘书长。二、任命 张三为重庆市高级人民法院副院长、审判员。三、免去 赵六的重庆市人民政府副市长职务。`,
      ),
    ).toEqual(want);
    expect(
      rows(
        `${head} 一、决定任命 陈鸣波为重庆市人民政府副市长 王峰为重庆市人民政府秘书长 二、任命 张三为重庆市高级人民法院副院长、审判员 三、免去 赵六的重庆市人民政府副市长职务`,
      ),
    ).toEqual(want);
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

  it("city congress releases: 其, acting posts in a carried list, a post before the name", () => {
    expect(
      rows(
        "中山市十六届人大常委会第二十二次会议召开。会议经表决,决定任命陈东为中山市人民政府副市长,接受其辞去中山市人大常委会副主任职务的请求。",
      ),
    ).toEqual(["陈东|决定任命|中山市人民政府|副市长", "陈东|接受辞职|中山市人大常委会|副主任"]);
    expect(
      rows("苏州市人大常委会会议经过审议,决定任命徐宇为苏州市中级人民法院副院长、代理院长,闵兵为苏州市人民检察院副检察长、代理检察长。"),
    ).toEqual([
      "徐宇|决定任命|苏州市中级人民法院|副院长",
      "徐宇|决定代理|苏州市中级人民法院|院长",
      "闵兵|决定任命|苏州市人民检察院|副检察长",
      "闵兵|决定代理|苏州市人民检察院|检察长",
    ]);
    expect(rows("泉州市人大常委会会议决定:泉州市人民政府副市长王永平代理泉州市人民政府市长职务。")).toEqual([
      "王永平|决定代理|泉州市人民政府|市长",
    ]);
    expect(rows("泉州市人大常委会会议决定:\n决定免去卢炳春泉州市人民政府副市长、市公安局局长的职务。")).toEqual([
      "卢炳春|决定免去|泉州市人民政府|副市长",
      "卢炳春|决定免去|市公安局|局长",
    ]);
    expect(rows("泉州市人大常委会任免名单\n决定接受:\n康海辞去泉州市人民政府市长职务。")).toEqual(["康海|接受辞职|泉州市人民政府|市长"]);
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

describe("running-text reports (probed)", () => {
  it("an aspect particle 了 after the verb is no part of the name", () => {
    const text =
      "重庆市第六届人民代表大会常务委员会第十二次会议闭幕。会议还撤销了王五的重庆市江北区人民法院审判员职务。会议同时任命了赵七为重庆市渝北区人民法院副院长。";
    expect(rows(text)).toEqual(["王五|撤销职务|重庆市江北区人民法院|审判员", "赵七|任命|重庆市渝北区人民法院|副院长"]);
  });

  it("several resignations under one 接受", () => {
    const text =
      "重庆市第六届人民代表大会常务委员会第十二次会议决定接受张三辞去重庆市人民政府副市长职务、李四辞去重庆市人民政府秘书长职务的请求。";
    expect(rows(text)).toEqual(["张三|接受辞职|重庆市人民政府|副市长", "李四|接受辞职|重庆市人民政府|秘书长"]);
  });

  it("免去 a name printed without 的, in running text, split by the organ's place", () => {
    const text =
      "市人大常委会第十四次会议表决通过了人事任免事项。会议免去李明重庆市人民政府副秘书长职务，免去王鸿举同志重庆市江北区人民法院院长职务。";
    expect(rows(text)).toEqual(["李明|免去|重庆市人民政府|副秘书长", "王鸿举|免去|重庆市江北区人民法院|院长"]);
  });

  it("听取审议后决定任命 is a decision; 听取…提请任命 is not", () => {
    const text =
      "重庆市第六届人民代表大会常务委员会第十二次会议听取审议后决定任命刘强为重庆市教育委员会主任。会议听取了市人民政府关于提请任命陈五为重庆市财政局局长的议案。";
    expect(rows(text)).toEqual(["刘强|决定任命|重庆市教育委员会|主任"]);
  });
});

describe("list sections (probed)", () => {
  it("六、批准 covers a clause's own 任命 / 免去", () => {
    const text =
      "重庆市人民代表大会常务委员会任免名单\n六、批准\n任命郭　强为重庆市黔江区人民检察院检察长；\n免去吴　昊的重庆市涪陵区人民检察院检察长职务。";
    expect(rows(text)).toEqual(["郭强|批准任命|重庆市黔江区人民检察院|检察长", "吴昊|批准免去|重庆市涪陵区人民检察院|检察长"]);
  });

  it("comma-joined clauses and comma-joined posts in a list line", () => {
    const text = `重庆市人民代表大会常务委员会任免名单
二、任命
张三为重庆市江北区人民法院副院长，李四为重庆市江北区人民法院审判员；
王　芳为重庆市人民检察院第四分院检察员，第一检察部主任；
王五为重庆市南岸区人民法院审判员，北京金融法院审判员。`;
    expect(rows(text)).toEqual([
      "张三|任命|重庆市江北区人民法院|副院长",
      "李四|任命|重庆市江北区人民法院|审判员",
      "王芳|任命|重庆市人民检察院第四分院|检察员",
      "王芳|任命|重庆市人民检察院第四分院|第一检察部主任",
      "王五|任命|重庆市南岸区人民法院|审判员",
      "王五|任命|北京金融法院|审判员",
    ]);
  });
});

describe("names before organs (probed)", () => {
  it("a province of three characters or a long city name opens the organ", () => {
    const text = "黑龙江省人大常委会任免名单\n决定免去王兆力黑龙江省人民政府副省长职务。\n会议还免去李明哈尔滨市中级人民法院院长职务。";
    expect(rows(text)).toEqual(["王兆力|决定免去|黑龙江省人民政府|副省长", "李明|免去|哈尔滨市中级人民法院|院长"]);
  });

  it("所任 between the name and the post is no part of the name", () => {
    expect(rows("重庆市第六届人民代表大会常务委员会第九次会议决定免去王五所任的重庆市财政局局长职务。")).toEqual([
      "王五|决定免去|重庆市财政局|局长",
    ]);
  });
});

describe("meeting metadata (probed)", () => {
  it("市六届人大常委会 takes its place from the organs of the entries", () => {
    const text =
      "5月30日，市六届人大常委会第八次会议表决通过了人事任免案。会议决定任命罗蔺为重庆市经济和信息化委员会主任；任命刘文为重庆市第四中级人民法院院长。";
    const [a] = parseAnnouncements(text).announcements;
    expect(a!.meeting).toBe("重庆市第六届人民代表大会常务委员会第八次会议");
    expect(a!.issuer).toBe("重庆市人民代表大会常务委员会");
  });
});

describe("more probed constructions", () => {
  it("reasons before 辞去, 兼任的, 免去其 without 的", () => {
    const text =
      "重庆市第六届人民代表大会常务委员会第七次会议决定接受张三因工作变动辞去重庆市人民政府副市长职务的请求。会议免去王五兼任的重庆市人民政府秘书长职务，任命赵六为重庆市审计局局长，免去其重庆市统计局局长职务。";
    expect(rows(text)).toEqual([
      "张三|接受辞职|重庆市人民政府|副市长",
      "王五|免去|重庆市人民政府|秘书长",
      "赵六|任命|重庆市审计局|局长",
      "赵六|免去|重庆市统计局|局长",
    ]);
  });

  it("a working body after the organ's own post; posts continued on an indented line", () => {
    const text = `重庆市人大常委会任免名单
二、任命
　　王　五为重庆市人民代表大会常务委员会副秘书长、办公厅主任
　　赵　六为重庆市第一中级人民法院副院长
　　　　　　　　　审判委员会委员、审判员
三、免去
　　孙　七的重庆市人民代表大会常务委员会办公厅主任职务`;
    expect(rows(text)).toEqual([
      "王五|任命|重庆市人民代表大会常务委员会|副秘书长",
      "王五|任命|重庆市人民代表大会常务委员会办公厅|主任",
      "赵六|任命|重庆市第一中级人民法院|副院长",
      "赵六|任命|重庆市第一中级人民法院|审判委员会委员",
      "赵六|任命|重庆市第一中级人民法院|审判员",
      "孙七|免去|重庆市人民代表大会常务委员会办公厅|主任",
    ]);
  });
});

describe("page noise in lists (probed)", () => {
  it("a page number, masthead and section label inside a list do not end it", () => {
    const text = `重庆市人民代表大会常务委员会任免名单
二、任命
吴涛为重庆市第三中级人民法院审判委员会委员、审
判员;
3
重庆日报 2024年11月29日 星期五
要闻
余云中为重庆市第三中级人民法院民事审判第二庭庭长;
冯兵( 女 )为重庆市人民检察院检察员;`;
    expect(rows(text)).toEqual([
      "吴涛|任命|重庆市第三中级人民法院|审判委员会委员",
      "吴涛|任命|重庆市第三中级人民法院|审判员",
      "余云中|任命|重庆市第三中级人民法院|民事审判第二庭庭长",
      "冯兵|任命|重庆市人民检察院|检察员",
    ]);
  });

  it("a 六、批准 heading inside a list flattened onto one line", () => {
    expect(
      rows(
        "重庆市人民代表大会常务委员会任免名单 五、免去 杨国权的重庆市人大社会建设委员会委员职务； 六、批准 刘伟辞去重庆市九龙坡区人民检察院检察长职务。",
      ),
    ).toEqual(["杨国权|免去|重庆市人大社会建设委员会|委员", "刘伟|批准辞职|重庆市九龙坡区人民检察院|检察长"]);
  });
});

describe("headings and word orders (probed)", () => {
  it("headings with 的人员 / 职务的人员", () => {
    const text = `江西省人大常委会任免名单
（一）决定任命的人员
张三为江西省人民政府副秘书长；
（三）免去职务的人员
王五的江西省高级人民法院审判员职务；
（四）批准任命的人员
赵六为南昌市人民检察院检察长。`;
    expect(rows(text)).toEqual([
      "张三|决定任命|江西省人民政府|副秘书长",
      "王五|免去|江西省高级人民法院|审判员",
      "赵六|批准任命|南昌市人民检察院|检察长",
    ]);
  });

  it("免去 with the post printed before the name (…副市长张三的职务)", () => {
    expect(rows("重庆市第六届人民代表大会常务委员会第八次会议决定免去重庆市人民政府副市长张三的职务。")).toEqual([
      "张三|决定免去|重庆市人民政府|副市长",
    ]);
  });
});

describe("posts continued after a comma (probed)", () => {
  it("inner units and other organs after a comma belong to the clause before", () => {
    expect(rows("全国人民代表大会常务委员会任免名单\n任命郑一为最高人民检察院检察员，第四检察厅厅长。")).toEqual([
      "郑一|任命|最高人民检察院|检察员",
      "郑一|任命|最高人民检察院|第四检察厅厅长",
    ]);
    expect(
      rows(
        "重庆市第六届人民代表大会常务委员会第九次会议决定任命张三为重庆市人民政府副市长，重庆市公安局局长；免去李四的重庆市高级人民法院审判员，重庆市第一中级人民法院院长职务。",
      ),
    ).toEqual([
      "张三|决定任命|重庆市人民政府|副市长",
      "张三|决定任命|重庆市公安局|局长",
      "李四|免去|重庆市高级人民法院|审判员",
      "李四|免去|重庆市第一中级人民法院|院长",
    ]);
  });
});

describe("table rows (probed)", () => {
  it("a padded name inside a table row; rows printed as position, colon, names", () => {
    expect(
      rows(
        "某省人大常委会任免名单\n一、决定任命\n陈鸣波    重庆市人民政府副市长\n王  峰    重庆市人民政府秘书长\n二、免去\n李  明    重庆市人民政府副秘书长",
      ),
    ).toEqual(["陈鸣波|决定任命|重庆市人民政府|副市长", "王峰|决定任命|重庆市人民政府|秘书长", "李明|免去|重庆市人民政府|副秘书长"]);
    expect(
      rows(
        "重庆市人大常委会任免名单\n任命：\n重庆市高级人民法院副院长：张三\n重庆市第一中级人民法院审判员：李四、王五\n免去：\n重庆市第二中级人民法院院长：赵六",
      ),
    ).toEqual([
      "张三|任命|重庆市高级人民法院|副院长",
      "李四|任命|重庆市第一中级人民法院|审判员",
      "王五|任命|重庆市第一中级人民法院|审判员",
      "赵六|免去|重庆市第二中级人民法院|院长",
    ]);
  });
});

describe("line breaks in running text (probed)", () => {
  it("a sentence broken right after its verb, and a post broken mid-word", () => {
    const text = `市人大常委会任免一批国家机关工作人员
重庆市第六届人民代表大会常务委员会第十二次会议11月28日闭幕。会议决定任命
姜国杰为重庆市人民政府副市长；会议任命蒋佩伏为重庆市高级人民法院副
院长。`;
    expect(rows(text)).toEqual(["姜国杰|决定任命|重庆市人民政府|副市长", "蒋佩伏|任命|重庆市高级人民法院|副院长"]);
  });
});

describe("resignation wordings (probed)", () => {
  it("提出的, 本人请求 and 的申请 around 辞去", () => {
    const text =
      "重庆市第六届人民代表大会常务委员会第十二次会议决定接受张三同志提出的辞去重庆市人民政府副市长职务的请求；接受李四本人请求辞去重庆市人民代表大会常务委员会委员职务；接受赵六辞去重庆市审计局局长职务的申请。";
    expect(rows(text)).toEqual([
      "张三|接受辞职|重庆市人民政府|副市长",
      "李四|接受辞职|重庆市人民代表大会常务委员会|委员",
      "赵六|接受辞职|重庆市审计局|局长",
    ]);
  });
});

describe("分别 with resignations and held posts (probed)", () => {
  it("分别辞去, 分别为, 分别担任的 pair persons with posts", () => {
    const text =
      "重庆市第六届人民代表大会常务委员会第十二次会议决定接受张三、李四分别辞去重庆市人民政府副市长、秘书长职务的请求；任命王五、赵六分别为重庆市江北区人民法院院长、重庆市南岸区人民法院院长；免去孙七、周八分别担任的重庆市财政局局长、重庆市审计局局长职务。";
    expect(rows(text)).toEqual([
      "张三|接受辞职|重庆市人民政府|副市长",
      "李四|接受辞职|重庆市人民政府|秘书长",
      "王五|任命|重庆市江北区人民法院|院长",
      "赵六|任命|重庆市南岸区人民法院|院长",
      "孙七|免去|重庆市财政局|局长",
      "周八|免去|重庆市审计局|局长",
    ]);
  });
});

// Speed is measured by `npm run bench:parse` (linear from 10 to 50 MB), never asserted in a test:
// the test timeout only stops a run that went quadratic.
describe("long lists", () => {
  it("a list of 40 000 clauses is read whole", () => {
    const n = 40000;
    const text =
      "人大常委会任免名单\n二、任命\n" +
      Array.from(
        { length: n },
        (_, i) =>
          `张${String.fromCharCode(0x4e00 + (i % 5000))}${String.fromCharCode(0x4e00 + ((i / 5000) | 0))}为重庆市第一中级人民法院审判员;\n`,
      ).join("");
    const r = parseAnnouncements(text);
    expect(r.announcements[0]!.entries.length).toBeGreaterThan(n * 0.8);
  }, 60_000);
});

describe("names holding 为 and names broken after the verb (probed)", () => {
  it("李为民为…, 王大为的…, 王大为为…", () => {
    const text = `重庆市人民代表大会常务委员会任免名单
二、任命
李为民为重庆市审计局局长；
王大为为重庆市统计局局长；
三、免去
王大为的重庆市财政局局长职务；`;
    expect(rows(text)).toEqual(["李为民|任命|重庆市审计局|局长", "王大为|任命|重庆市统计局|局长", "王大为|免去|重庆市财政局|局长"]);
  });

  it("a name broken at a line end right after its verb", () => {
    const text = `人大常委会任免
重庆市第六届人民代表大会常务委员会第十二次会议决定任命姜国
杰为重庆市人民政府副市长。会议任命李
为民为重庆市审计局局长。`;
    expect(rows(text)).toEqual(["姜国杰|决定任命|重庆市人民政府|副市长", "李为民|任命|重庆市审计局|局长"]);
  });
});

describe("a bare 决定 before verbless clauses (probed)", () => {
  it("会议决定：X为…代理市长", () => {
    expect(rows("重庆市第五届人民代表大会常务委员会第三十次会议决定：胡衡华为重庆市人民政府代理市长。")).toEqual([
      "胡衡华|决定代理|重庆市人民政府|市长",
    ]);
  });
});

describe("批准 of another body's appointment (probed)", () => {
  it("批准了…常委会任命张三为…检察长", () => {
    expect(
      rows(
        "重庆市第六届人民代表大会常务委员会第十二次会议还批准了江北区人大常委会任命张三为重庆市江北区人民检察院检察长，批准免去李四的重庆市江北区人民检察院检察长职务。",
      ),
    ).toEqual(["张三|批准任命|重庆市江北区人民检察院|检察长", "李四|批准免去|重庆市江北区人民检察院|检察长"]);
  });
});

describe("verbless lines under a bare 决定： (probed)", () => {
  it("公告 whose 决定 is followed by verbless lines", () => {
    const text = `重庆市人民代表大会常务委员会公告
〔六届〕第9号
重庆市第六届人民代表大会常务委员会第四次会议于2023年9月27日决定：
陈鸣波为重庆市人民政府副市长；
王　峰为重庆市人民政府秘书长。
特此公告。`;
    expect(rows(text)).toEqual(["陈鸣波|决定任命|重庆市人民政府|副市长", "王峰|决定任命|重庆市人民政府|秘书长"]);
  });
});

describe("markdown tables (probed)", () => {
  it("rows of a markdown table under section headings", () => {
    const text = `重庆市人民代表大会常务委员会任免名单
一、决定任命
| 姓名 | 职务 |
|---|---|
| 张三 | 重庆市人民政府副市长 |
|王 峰|重庆市人民政府秘书长|
二、免去
| 李四 | 重庆市人民政府副秘书长 |`;
    expect(rows(text)).toEqual([
      "张三|决定任命|重庆市人民政府|副市长",
      "王峰|决定任命|重庆市人民政府|秘书长",
      "李四|免去|重庆市人民政府|副秘书长",
    ]);
  });
});

describe("acting posts after a comma (probed)", () => {
  it("…副市长，代理市长 / …副院长，并代理院长职务", () => {
    expect(rows("重庆市第五届人民代表大会常务委员会第三十次会议于2021年12月1日决定：任命胡衡华为重庆市人民政府副市长，代理市长。")).toEqual(
      ["胡衡华|决定任命|重庆市人民政府|副市长", "胡衡华|决定代理|重庆市人民政府|市长"],
    );
    expect(rows("重庆市人大常委会会议决定任命张三为重庆市第一中级人民法院副院长，并代理院长职务。")).toEqual([
      "张三|决定任命|重庆市第一中级人民法院|副院长",
      "张三|决定代理|重庆市第一中级人民法院|院长",
    ]);
  });
});

describe("a whole page flattened onto one line (probed)", () => {
  it("padding spaces between list clauses do not end the verb they carry", () => {
    const text =
      "## 重庆市人民代表大会常务委员会公告 [六届]第58号 (2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过) ### 一、决定任命 姜国杰为重庆市人民政府副市长；   易晓东为重庆市第一中级人民法院院长。 ### 二、任命 蒋德阳为重庆市人大财政经济委员会副主任委员；   吴凯为重庆市人大教育科学文化卫生委员会副主任委员。";
    expect(rows(text)).toEqual([
      "姜国杰|决定任命|重庆市人民政府|副市长",
      "易晓东|决定任命|重庆市第一中级人民法院|院长",
      "蒋德阳|任命|重庆市人大财政经济委员会|副主任委员",
      "吴凯|任命|重庆市人大教育科学文化卫生委员会|副主任委员",
    ]);
  });
});

describe("a ministry after a name without 的 (probed)", () => {
  it("免去张三外交部部长职务 in a list and in a meeting release", () => {
    expect(rows("全国人民代表大会常务委员会任免名单\n免去张三外交部部长职务。")).toEqual(["张三|免去|外交部|部长"]);
    expect(rows("全国人大常委会第三次会议闭幕。会议经表决，免去李四国防部部长职务；免去赵六中国人民银行行长职务。")).toEqual([
      "李四|免去|国防部|部长",
      "赵六|免去|中国人民银行|行长",
    ]);
  });
});

describe("接受X的辞职请求 after the request was reported (probed)", () => {
  it("takes the post from the request; nothing when no post is printed", () => {
    const req =
      "重庆市第六届人民代表大会常务委员会第八次会议于2024年3月28日举行。王五因工作变动，向市人大常委会提出辞去重庆市人民政府副市长职务的请求。会议经表决，决定接受王五的辞职请求。";
    expect(rows(req)).toEqual(["王五|接受辞职|重庆市人民政府|副市长"]);
    expect(rows("重庆市第六届人民代表大会常务委员会第八次会议于2024年3月28日举行。会议经表决，决定接受王五的辞职请求。")).toEqual([]);
  });
});

describe("a 职务：姓名 row with its names on the next line (probed)", () => {
  it("joins the names to the position", () => {
    const text =
      "重庆市人大常委会任免名单\n任命：\n重庆市高级人民法院副院长：\n张三\n重庆市第一中级人民法院审判员：\n李四、王五\n免去：\n重庆市第二中级人民法院院长：赵\n六\n";
    expect(rows(text)).toEqual([
      "张三|任命|重庆市高级人民法院|副院长",
      "李四|任命|重庆市第一中级人民法院|审判员",
      "王五|任命|重庆市第一中级人民法院|审判员",
      "赵六|免去|重庆市第二中级人民法院|院长",
    ]);
  });
});

describe("a list of names broken inside a name ending in a numeral (probed)", () => {
  it("赵 + 六、孙七为… is one list; 六、批准 stays a heading", () => {
    const head = "重庆市人民代表大会常务委员会任免名单\n（2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过）\n一、任命\n";
    expect(rows(`${head}张三、李四、赵\n六、孙七为重庆市第一中级人民法院审判员；\n`)).toEqual([
      "张三|任命|重庆市第一中级人民法院|审判员",
      "李四|任命|重庆市第一中级人民法院|审判员",
      "赵六|任命|重庆市第一中级人民法院|审判员",
      "孙七|任命|重庆市第一中级人民法院|审判员",
    ]);
  });
});

describe("a masthead broken over two lines inside a list (probed)", () => {
  it("`重庆日报 2024年11月29日` + `星期五` are page furniture", () => {
    const text =
      "重庆市人民代表大会常务委员会任免名单\n(2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过)\n二、任命\n吴涛为重庆市第三中级人民法院审判员;\n重庆日报 2024年11月29日\n星期五\n要闻\n余云中为重庆市第三中级人民法院民事审判第二庭庭长;";
    expect(rows(text)).toEqual(["吴涛|任命|重庆市第三中级人民法院|审判员", "余云中|任命|重庆市第三中级人民法院|民事审判第二庭庭长"]);
  });
});

describe("a 关于…的决定 title broken over two lines (probed)", () => {
  it("the title's 任命 does not outrank the body's 决定任命", () => {
    const text =
      "全国人民代表大会常务委员会关于任命李国英为水利部部长\n的决定\n（2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过）\n第十三届全国人民代表大会常务委员会第二十八次会议根据国务院总理李克强的提名，决定任命李国英为水利部部长。";
    expect(rows(text)).toEqual(["李国英|决定任命|水利部|部长"]);
  });
});

describe("a colon-introduced list running past a hard-wrapped line end (probed)", () => {
  it("会议任命:刘文为…院长; filling the column + 陈智为…", () => {
    const src =
      "本报讯 9月28日，市六届人大常委会第十一次会议在渝闭幕。会议听取和审议了多项报告，表决通过了有关条例和人事任免事项。会议由市人大常委会主任主持，常委会组成人员出席。会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。\n" +
      "会议任命：刘文为重庆市第四中级人民法院院长；陈智为重庆市人民检察院第五分院检察长。";
    const text = src
      .split("\n")
      .map((l) => l.replace(/(.{22})/g, "$1\n"))
      .join("\n");
    expect(rows(text)).toEqual(["刘文|任命|重庆市第四中级人民法院|院长", "陈智|任命|重庆市人民检察院第五分院|检察长"]);
  });
});

describe("words broken at a line end (probed)", () => {
  it("…省长职 + 务的请求 is one clause; …部长的 + 决定 is one title", () => {
    const text =
      "海南省人大常委会决定刘平治任海南省代省长\n海南省第七届人民代表大会常务委员会第十四次会议于2019年12月2日决定：接受沈晓明辞去海南省人民政府省长职\n务的请求，任命冯飞为海南省人民政府副省长。";
    expect(rows(text)).toEqual(["沈晓明|接受辞职|海南省人民政府|省长", "冯飞|决定任命|海南省人民政府|副省长"]);
    const title =
      "全国人民代表大会常务委员会关于任命李国英为水利部部长的\n决定\n（2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过）\n第十三届全国人民代表大会常务委员会第二十八次会议根据国务院总理李克强的提名，决定任命李国英为水利部部长。";
    expect(rows(title)).toEqual(["李国英|决定任命|水利部|部长"]);
  });
});

describe("a line broken before the name that follows a held post (probed)", () => {
  it("会议决定任命现任…局长 + 李四为…; 常务委员 + 会第三十次会议", () => {
    const text =
      "人大常委会\n重庆市第五届人民代表大会常务委员\n会第三十次会议决定：胡衡华为重庆市人民政府代理市长。\n会议决定任命现任重庆市财政局局长\n李四为重庆市人民政府副秘书长。";
    expect(rows(text)).toEqual(["胡衡华|决定代理|重庆市人民政府|市长", "李四|决定任命|重庆市人民政府|副秘书长"]);
  });
});

describe("接受其辞职 after the request in the same report (probed)", () => {
  it("其 is the person opening the sentence with 辞去", () => {
    const text =
      "市六届人大常委会第八次会议闭幕\n本报讯 3月28日，市六届人大常委会第八次会议闭幕。王五因工作变动，向市人大常委会提出辞去重庆市人民政府副市长职务的请求，会议经表决，决定接受其辞职。";
    expect(rows(text)).toEqual(["王五|接受辞职|重庆市人民政府|副市长"]);
  });
});

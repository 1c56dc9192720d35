import { describe, expect, it } from "vitest";
import { allOrgans } from "../../tools/generate/organs";
import { headTitleOf, seatsOf } from "./seats";

describe("seatsOf", () => {
  it("gives heads of bodies and of their units one seat", () => {
    for (const t of ["院长", "检察长", "市长", "区长", "县长", "省长", "主席", "主任", "局长", "厅长", "部长", "秘书长", "主任委员"])
      expect(seatsOf(t), t).toBe("one");
    for (const t of ["民事审判第二庭庭长", "立案庭庭长", "第一检察部主任", "办公厅主任", "特命全权大使", "院長", "檢察長"])
      expect(seatsOf(t), t).toBe("one");
  });

  it("gives deputies, members, judges and procurators many seats", () => {
    for (const t of [
      "副院长",
      "副院長",
      "副检察长",
      "副市长",
      "常务副市长",
      "副主任",
      "副主任委员",
      "副秘书长",
      "民事审判第一庭副庭长",
      "审判员",
      "審判員",
      "检察员",
      "委员",
      "审判委员会委员",
      "審判委員會委員",
      "检察委员会委员",
      "人民陪审员",
      "院长助理",
    ])
      expect(seatsOf(t), t).toBe("many");
  });

  it("does not claim one seat for a title it does not know", () => {
    expect(seatsOf("首席大法官")).toBe("many");
    expect(seatsOf("主任科员")).toBe("many");
  });

  it("agrees with the seats of every role in the generated Chongqing world", () => {
    for (const organ of allOrgans()) {
      for (const role of organ.roles) {
        // The first post of a role is the one its seats count; the rest (审判员 with a 庭长) are many-seat posts given with it.
        const [head, ...rest] = role.posts;
        expect(seatsOf(head), `${organ.name}${head}`).toBe(role.seats === 1 ? "one" : "many");
        for (const p of rest) expect(seatsOf(p), `${organ.name}${p}`).toBe("many");
      }
    }
  });
});

describe("headTitleOf", () => {
  it("names the head post an organ has from the kind of its name", () => {
    expect(headTitleOf("重庆市高级人民法院")).toBe("院长");
    expect(headTitleOf("成渝金融法院")).toBe("院长");
    expect(headTitleOf("重庆市人民检察院第一分院")).toBe("检察长");
    expect(headTitleOf("重庆市九龙坡区人民检察院")).toBe("检察长");
    expect(headTitleOf("重庆市人民政府")).toBe("市长");
    expect(headTitleOf("重庆市渝北区人民政府")).toBe("区长");
    expect(headTitleOf("重庆市石柱土家族自治县人民政府")).toBe("县长");
    expect(headTitleOf("重庆市人民代表大会常务委员会")).toBe("主任");
    expect(headTitleOf("重庆市人大财政经济委员会")).toBe("主任委员");
    expect(headTitleOf("重庆市人大常委会预算工作委员会")).toBe("主任");
    expect(headTitleOf("重庆市发展和改革委员会")).toBe("主任");
    expect(headTitleOf("重庆市公安局")).toBe("局长");
    expect(headTitleOf("重庆市人民代表大会")).toBeNull();
    expect(headTitleOf("外交部驻外使馆")).toBeNull();
  });

  it("names a head each generated organ with a one-seat head role actually has", () => {
    for (const organ of allOrgans()) {
      const heads = organ.roles.filter((r) => r.seats === 1 && seatsOf(r.posts[0]) === "one").map((r) => r.posts[0]);
      const head = headTitleOf(organ.name);
      // Where the generator gives the organ its head role, it is the one named (divisions' 庭长 are not heads of the organ).
      if (head && heads.some((h) => !/庭长$|检察部主任$/.test(h))) expect(heads, organ.name).toContain(head);
    }
  });
});

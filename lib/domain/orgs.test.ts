import { describe, expect, it } from "vitest";
import { JURISDICTION, orgKind, orgParentName, postRank } from "./orgs";

describe("orgParentName", () => {
  it("puts intermediate courts and procuratorate branches under the city-level organ", () => {
    expect(orgParentName("重庆市第三中级人民法院")).toBe("重庆市高级人民法院");
    expect(orgParentName("成渝金融法院")).toBe("重庆市高级人民法院");
    expect(orgParentName("重庆市人民检察院第四分院")).toBe("重庆市人民检察院");
    expect(orgParentName("重庆市高级人民法院")).toBeNull();
    expect(orgParentName("重庆市人民检察院")).toBeNull();
  });

  it("puts district and county organs under the branch whose jurisdiction covers them", () => {
    expect(orgParentName("重庆市九龙坡区人民检察院")).toBe("重庆市人民检察院第五分院");
    expect(orgParentName("重庆市梁平区人民检察院")).toBe("重庆市人民检察院第二分院");
    expect(orgParentName("重庆市奉节县人民检察院")).toBe("重庆市人民检察院第二分院");
    expect(orgParentName("重庆市石柱土家族自治县人民法院")).toBe("重庆市第四中级人民法院");
    expect(orgParentName("重庆两江新区人民法院")).toBe("重庆市第一中级人民法院");
    expect(orgParentName("重庆市涪陵区人民法院")).toBe("重庆市第三中级人民法院");
  });

  it("places congress committees and working bodies", () => {
    expect(orgParentName("重庆市人大财政经济委员会")).toBe("重庆市人民代表大会");
    expect(orgParentName("重庆市人大常委会预算工作委员会")).toBe("重庆市人民代表大会常务委员会");
    expect(orgParentName("重庆市人民代表大会常务委员会")).toBe("重庆市人民代表大会");
  });

  it("leaves organs outside the known hierarchies alone", () => {
    expect(orgParentName("重庆市人民政府")).toBeNull();
    expect(orgParentName("水利部")).toBeNull();
    expect(orgParentName("")).toBeNull();
  });

  it("covers Chongqing's 38 districts and counties exactly once", () => {
    const places = JURISDICTION.flat().filter((p) => p !== "两江新");
    expect(places).toHaveLength(38);
    expect(new Set(places).size).toBe(38);
  });
});

describe("orgKind and postRank", () => {
  it("classifies organs by suffix", () => {
    expect(orgKind("重庆市第三中级人民法院")).toBe("court");
    expect(orgKind("重庆市人民检察院第一分院")).toBe("procuratorate");
    expect(orgKind("重庆市人大财政经济委员会")).toBe("congress");
    expect(orgKind("重庆市人民政府")).toBe("government");
  });

  it("orders posts 院长, 副院长, 审判委员会委员, 庭长, 副庭长, 审判员", () => {
    const titles = ["审判员", "民事审判第二庭庭长", "副院长", "院长", "民事审判第一庭副庭长", "审判委员会委员"];
    expect([...titles].sort((a, b) => postRank(a) - postRank(b))).toEqual([
      "院长",
      "副院长",
      "审判委员会委员",
      "民事审判第二庭庭长",
      "民事审判第一庭副庭长",
      "审判员",
    ]);
  });
});

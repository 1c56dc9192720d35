import { describe, expect, it } from "vitest";
import { bodyKeyOf, canonicalOrgan, displayName, lineageLines, lineageRelatives, organLineage, organRelation, sameOrgan } from "./lineage";
import { organKey, parenthesisedAlias } from "./organNames";

describe("organKey: one key per organ whatever its printed form", () => {
  it("reads the municipal organs with or without 重庆市 and in their short forms", () => {
    const government = organKey("重庆市人民政府");
    expect(organKey("市政府")).toBe(government);
    expect(organKey("重庆市政府")).toBe(government);
    expect(organKey("市人民政府")).toBe(government);
    expect(organKey("重庆市")).toBe(government); // 重庆市 市长: the place printed for its government
    expect(organKey("市高法院")).toBe(organKey("重庆市高级人民法院"));
    expect(organKey("市高院")).toBe("重庆市高级人民法院");
    expect(organKey("市一中院")).toBe("重庆市第一中级人民法院");
    expect(organKey("市检一分院")).toBe("重庆市人民检察院第一分院");
    expect(organKey("市检察院第三分院")).toBe("重庆市人民检察院第三分院");
    expect(organKey("市人大常委会")).toBe("重庆市人民代表大会常务委员会");
    expect(organKey("重庆市人大财政经济委员会")).toBe("重庆市人民代表大会财政经济委员会");
    expect(organKey("市城乡建委")).toBe("重庆市城乡建设委员会");
    expect(organKey("重庆市住房城乡建委")).toBe("重庆市住房和城乡建设委员会");
  });

  it("reads district and county organs printed without 重庆市 or without 人民", () => {
    expect(organKey("梁平区人民检察院")).toBe("重庆市梁平区人民检察院");
    expect(organKey("九龙坡区检察院")).toBe("重庆市九龙坡区人民检察院");
    expect(organKey("重庆两江新区人民法院")).toBe(organKey("重庆市两江新区人民法院"));
    expect(organKey("开县人民法院")).toBe("重庆市开县人民法院");
  });

  it("drops the alias in parentheses, folds Traditional script and full-width forms", () => {
    expect(organKey("重庆两江新区人民法院（重庆自由贸易试验区人民法院）")).toBe("重庆市两江新区人民法院");
    expect(parenthesisedAlias("重庆市两江地区人民检察院(重庆铁路运输检察院)")).toBe("重庆铁路运输检察院");
    expect(organKey("重慶市高級人民法院")).toBe("重庆市高级人民法院");
    expect(organKey("廣東省高級人民法院")).toBe("广东省高级人民法院");
    expect(organKey(" 重庆市 第三中级人民法院 ")).toBe("重庆市第三中级人民法院");
    expect(organKey("原梁平县人民检察院")).toBe("重庆市梁平县人民检察院");
    expect(organKey("原平市人民政府")).toBe("原平市人民政府");
  });

  it("keeps different organs apart", () => {
    expect(organKey("重庆市人民检察院")).not.toBe(organKey("重庆市人民检察院第一分院"));
    expect(organKey("重庆市市场监督管理局")).toBe("重庆市市场监督管理局");
    expect(organKey("北京市")).toBe("北京市人民政府");
    expect(organKey("水利部")).toBe("水利部");
    expect(organKey("中华人民共和国驻加拿大")).toBe("中华人民共和国驻加拿大");
    expect(organKey("成渝金融法院")).not.toBe(organKey("重庆市高级人民法院"));
    // An invented organ keeps its own name.
    expect(organKey("重庆市青石湾区人民法院")).toBe("重庆市青石湾区人民法院");
    expect(organKey("")).toBe("");
  });
});

describe("lineage", () => {
  it("carries a county's organs to the district that replaced it (撤县设区)", () => {
    expect(canonicalOrgan("梁平县人民检察院").bodyKey).toBe("重庆市梁平区人民检察院");
    expect(sameOrgan("重庆市梁平县人民检察院", "梁平区人民检察院")).toBe(true);
    expect(sameOrgan("武隆县人民法院", "重庆市武隆区人民法院")).toBe(true);
    expect(sameOrgan("开县人民政府", "重庆市开州区人民政府")).toBe(true);
    expect(sameOrgan("重庆市南川市人民法院", "重庆市南川区人民法院")).toBe(true);
    expect(sameOrgan("铜梁县人民检察院", "铜梁区人民检察院")).toBe(true);
    // A rename of one place does not touch its neighbours.
    expect(sameOrgan("梁平县人民检察院", "武隆区人民检察院")).toBe(false);
    expect(displayName("梁平县人民检察院")).toBe("重庆市梁平区人民检察院");
    expect(displayName("原重庆市九龙坡区人民检察院")).toBe("重庆市九龙坡区人民检察院");
    expect(displayName("重庆两江新区人民法院(重庆自由贸易试验区人民法院)")).toBe("重庆两江新区人民法院");
  });

  it("follows department renames and second names", () => {
    expect(sameOrgan("重庆市城乡建设委员会", "重庆市住房和城乡建设委员会")).toBe(true);
    expect(sameOrgan("市城乡建委", "市住房城乡建委")).toBe(true);
    expect(bodyKeyOf(organKey("重庆铁路运输检察院"))).toBe("重庆市两江地区人民检察院");
    // Shown as the curated file names them (重庆铁路运输检察院 has no 市).
    expect(organLineage("重庆市两江地区人民检察院").formerNames[0]).toMatchObject({ kind: "alias", fromName: "重庆铁路运输检察院" });
  });

  it("lists earlier names with date and source, and keeps merged bodies apart", () => {
    const liangping = organLineage("重庆市梁平区人民检察院");
    expect(liangping.formerNames).toHaveLength(1);
    expect(liangping.formerNames[0]).toMatchObject({ kind: "rename", from: "重庆市梁平县人民检察院", date: "2016-12-02" });
    expect(liangping.formerNames[0].source).toContain("梁平县武隆县撤县设区");
    expect(organLineage("梁平县人民检察院").bodyKey).toBe("重庆市梁平区人民检察院");

    // 綦江县 + 万盛区 → 綦江区: two bodies ended, a new one began; nobody carries across.
    expect(sameOrgan("綦江县人民法院", "綦江区人民法院")).toBe(false);
    const qijiang = organLineage("重庆市綦江区人民法院");
    expect(qijiang.mergedFrom.map((m) => m.from).sort()).toEqual(["重庆市万盛区人民法院", "重庆市綦江县人民法院"]);
    const wansheng = organLineage("万盛区人民检察院");
    expect(wansheng.ended).toMatchObject({ kind: "merger", to: "重庆市綦江区人民检察院", date: "2011-12-26" });
    expect([...lineageRelatives("万盛区人民检察院")].sort()).toEqual(["重庆市万盛区人民检察院", "重庆市綦江区人民检察院"]);
    expect(organRelation("万盛区人民检察院", "重庆市綦江区人民检察院")).toBe("merger");
    expect(organRelation("梁平县人民检察院", "重庆市梁平区人民检察院")).toBe("same-body");
    expect(organRelation("万盛区人民检察院", "重庆市梁平区人民检察院")).toBeNull();
    // An organ with no recorded history has none.
    expect(organLineage("重庆市高级人民法院")).toMatchObject({ formerNames: [], mergedFrom: [], ended: null });
  });

  it("has a source and a date on every curated line", () => {
    for (const l of lineageLines()) {
      expect(l.source.length, `${l.from} → ${l.to}`).toBeGreaterThan(10);
      expect(l.checked.length, `${l.from} → ${l.to}`).toBeGreaterThan(5);
      expect(l.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

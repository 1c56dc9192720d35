import { describe, expect, it } from "vitest";
import {
  announcementOrder,
  assignPersons,
  compatiblePosts,
  groupWithinAnnouncement,
  type IdentityFact,
  identityRuleOf,
  linkIdentities,
} from "./identity";

// Organs and posts of a small Chongqing history (ids as a database would give them).
const ORG = {
  jlp: { organizationId: 1, orgName: "重庆市九龙坡区人民检察院", orgKind: "procuratorate" },
  fy4: { organizationId: 2, orgName: "重庆市人民检察院第四分院", orgKind: "procuratorate" },
  zy1: { organizationId: 3, orgName: "重庆市第一中级人民法院", orgKind: "court" },
  czw: { organizationId: 4, orgName: "重庆市人大财政经济委员会", orgKind: "congress" },
  ysw: { organizationId: 5, orgName: "重庆市人大常委会预算工作委员会", orgKind: "congress" },
  lpgov: { organizationId: 6, orgName: "重庆市梁平县人民政府", orgKind: "government" },
  lpcourt: { organizationId: 7, orgName: "重庆市梁平县人民法院", orgKind: "court" },
  lpcourtNew: { organizationId: 8, orgName: "重庆市梁平区人民法院", orgKind: "court" },
  lpcourtShort: { organizationId: 9, orgName: "梁平区人民法院", orgKind: "court" },
  zy3: { organizationId: 10, orgName: "重庆市第三中级人民法院", orgKind: "court" },
};
type Org = (typeof ORG)[keyof typeof ORG];

let seq = 0;
function fact(
  name: string,
  kind: string,
  org: Org,
  postTitle: string,
  postId: number,
  date: string,
  ann: string,
  ordinal = seq++,
  clauseStart = ordinal * 100,
): IdentityFact {
  return {
    ref: `${ann}:${ordinal}`,
    name,
    nameKey: name,
    kind,
    postId,
    postTitle,
    ...org,
    date,
    announcementKey: ann,
    ordinal,
    clauseStart,
  };
}

describe("groupWithinAnnouncement", () => {
  it("reads a removal and an appointment of one name in one announcement as one person (a move)", () => {
    const groups = groupWithinAnnouncement([
      fact("刘伟", "决定任命", ORG.fy4, "检察长", 20, "2024-11-28", "A", 0),
      fact("刘伟", "批准辞职", ORG.jlp, "检察长", 10, "2024-11-28", "A", 1),
    ]);
    expect(groups).toHaveLength(1);
  });

  it("keeps two appointments of one name in unrelated organs apart", () => {
    const groups = groupWithinAnnouncement([
      fact("刘伟", "任命", ORG.fy4, "检察员", 21, "2024-11-28", "A", 0),
      fact("刘伟", "任命", ORG.zy1, "审判员", 30, "2024-11-28", "A", 1),
    ]);
    expect(groups).toHaveLength(2);
  });
});

describe("compatiblePosts", () => {
  it("allows posts in one organ or in two congress bodies, not a court and a procuratorate", () => {
    expect(compatiblePosts(ORG.czw, ORG.ysw)).toBe(true);
    expect(compatiblePosts(ORG.fy4, ORG.fy4)).toBe(true);
    expect(compatiblePosts(ORG.fy4, ORG.zy1)).toBe(false);
  });
});

describe("linkIdentities", () => {
  it("links a removal to the person who holds the post, with the reason", () => {
    const facts = [
      fact("刘伟", "决定任命", ORG.jlp, "检察长", 10, "2019-01-10", "A"),
      fact("刘伟", "任命", ORG.zy1, "审判员", 30, "2020-03-01", "B"),
      fact("刘伟", "决定免去", ORG.jlp, "检察长", 10, "2024-11-28", "C"),
    ];
    const { clusters, links } = linkIdentities(facts);
    expect(clusters).toHaveLength(2); // the judge is not the chief procurator
    expect(links.get(facts[2].ref)!.cluster).toBe(links.get(facts[0].ref)!.cluster);
    expect(links.get(facts[2].ref)!.reason).toBe("免去的职务由其担任：重庆市九龙坡区人民检察院检察长（2019-01-10起）");
    expect(links.get(facts[1].ref)!.reason).toMatch(/^同名者1人在2020-03-01均担任不相容职务（如重庆市九龙坡区人民检察院检察长）/);
  });

  it("joins a later appointment only on continuity (same organ within the gap), otherwise makes a new person with a suggestion", () => {
    const facts = [
      fact("王勇", "任命", ORG.zy1, "审判员", 30, "2018-01-01", "A"),
      fact("王勇", "免去", ORG.zy1, "审判员", 30, "2019-01-01", "B"),
      fact("王勇", "任命", ORG.fy4, "检察员", 21, "2019-06-01", "C"),
      fact("王勇", "任命", ORG.zy1, "审判委员会委员", 31, "2021-01-01", "D"),
      fact("王勇", "任命", ORG.zy1, "副院长", 32, "2022-01-01", "E"),
    ];
    const { clusters, links, suggestions } = linkIdentities(facts);
    const [a, , c, d, e] = facts.map((f) => links.get(f.ref)!);
    expect(clusters).toHaveLength(2);
    // a judge who left the court is not taken to be the new procurator: nothing printed links them
    expect(c.cluster).not.toBe(a.cluster);
    expect(c.reason).toBe("无同一人的确证（同名者1人均无机构延续或任免衔接），视为另一人，列为“可能是同一人”待编辑确认");
    expect(suggestions).toContainEqual(expect.objectContaining({ cluster: c.cluster, other: a.cluster }));
    // the procurator holds a post in another organ: the 2021 court appointment is not his; the judge left two years ago
    expect(d.cluster).toBe(a.cluster);
    expect(d.reason).toBe("同一机构内延续：2019-01-01曾任重庆市第一中级人民法院审判员，相隔不足12年，同期无不相容职务");
    expect(e.cluster).toBe(a.cluster);
    expect(e.reason).toBe("同一机构内延续：现任重庆市第一中级人民法院审判委员会委员（2021-01-01），同期无不相容职务");
  });

  it("keeps a 副县长 removed in 2013 and a 检察员 appointed in 2026 of the same name apart, suggesting they may be one", () => {
    const facts = [
      fact("钱文韬", "决定任命", ORG.lpgov, "副县长", 40, "2009-03-01", "A"),
      fact("钱文韬", "决定免去", ORG.lpgov, "副县长", 40, "2013-05-01", "B"),
      fact("钱文韬", "任命", ORG.jlp, "检察员", 11, "2026-02-01", "C"),
    ];
    const { clusters, links, suggestions } = linkIdentities(facts);
    const [a, b, c] = facts.map((f) => links.get(f.ref)!);
    expect(b.cluster).toBe(a.cluster);
    expect(clusters).toHaveLength(2);
    expect(c.cluster).not.toBe(a.cluster);
    expect(identityRuleOf(c.reason)?.rule).toBe("no-evidence-new-person");
    expect(suggestions).toEqual([
      {
        cluster: c.cluster,
        other: a.cluster,
        evidence:
          "同名；2013-05-01见于重庆市梁平县人民政府副县长，2026-02-01任重庆市九龙坡区人民检察院检察员，相隔约13年，不同类机构；同期无不相容职务，但公告未载明二者关系",
      },
    ]);
  });

  it("joins a move recorded in one announcement, and a removal of the post the person holds", () => {
    const facts = [
      fact("刘伟", "决定任命", ORG.jlp, "检察长", 10, "2019-01-10", "A"),
      fact("刘伟", "决定任命", ORG.fy4, "检察长", 20, "2024-11-28", "B"),
      fact("刘伟", "批准辞职", ORG.jlp, "检察长", 10, "2024-11-28", "B"),
    ];
    const { clusters, links } = linkIdentities(facts);
    expect(clusters).toHaveLength(1);
    expect(links.get(facts[1].ref)!.reason).toBe(
      "免去的职务由其担任：重庆市九龙坡区人民检察院检察长（2019-01-10起）；同一公告中免去重庆市九龙坡区人民检察院检察长、任命重庆市人民检察院第四分院检察长，视为调任",
    );
  });

  it("finds the holder across a rename (梁平县 → 梁平区) and across the name printed without 重庆市", () => {
    const facts = [
      fact("冉红梅", "任命", ORG.lpcourt, "审判员", 50, "2012-03-01", "A"),
      fact("冉红梅", "免去", ORG.lpcourtNew, "审判员", 51, "2018-03-01", "B"),
      fact("冉红梅", "任命", ORG.lpcourtShort, "副院长", 52, "2019-03-01", "C"),
    ];
    const { clusters, links } = linkIdentities(facts);
    expect(clusters).toHaveLength(1);
    expect(links.get(facts[1].ref)!.reason).toBe(
      "免去的职务由其担任：重庆市梁平县人民法院审判员（2012-03-01起），即更名后的重庆市梁平区人民法院审判员",
    );
    expect(identityRuleOf(links.get(facts[2].ref)!.reason)?.rule).toBe("continuity-lineage");
  });

  it("makes a new person when two namesakes continue equally well, suggesting both", () => {
    const facts = [
      fact("张伟", "任命", ORG.zy1, "审判员", 30, "2018-01-01", "A"),
      fact("张伟", "任命", ORG.zy1, "审判员", 30, "2019-01-01", "B"), // a judge already: another 张伟
      fact("张伟", "任命", ORG.zy1, "副院长", 32, "2020-01-01", "C"),
    ];
    const { clusters, links, suggestions } = linkIdentities(facts);
    expect(clusters).toHaveLength(3);
    expect(links.get(facts[2].ref)!.reason).toMatch(/^无同一人的确证（同名者2人均可延续，无法确定是谁）/);
    expect(suggestions.filter((s) => s.cluster === links.get(facts[2].ref)!.cluster)).toHaveLength(2);
  });

  it("takes one system (courts) as evidence only for names of three characters or more", () => {
    const facts = [
      fact("王强", "任命", ORG.zy1, "审判员", 30, "2018-01-01", "A"),
      fact("王强", "免去", ORG.zy1, "审判员", 30, "2019-01-01", "B"),
      fact("王强", "任命", ORG.zy3, "审判员", 60, "2020-01-01", "C"),
      fact("王小强", "任命", ORG.zy1, "审判员", 30, "2018-01-01", "A"),
      fact("王小强", "免去", ORG.zy1, "审判员", 30, "2019-01-01", "B"),
      fact("王小强", "任命", ORG.zy3, "审判员", 60, "2020-01-01", "C"),
    ];
    const { clusters, links } = linkIdentities(facts);
    expect(clusters).toHaveLength(3);
    expect(links.get(facts[2].ref)!.cluster).not.toBe(links.get(facts[0].ref)!.cluster);
    expect(identityRuleOf(links.get(facts[5].ref)!.reason)?.rule).toBe("continuity-system");
  });

  it("does not give a post to a namesake who already holds it, but lets an acting holder be appointed in full", () => {
    const facts = [
      fact("张静", "任命", ORG.zy1, "审判员", 30, "1997-07-17", "A"),
      fact("张静", "任命", ORG.zy1, "审判员", 30, "1997-11-21", "B"),
      fact("孙琳", "决定代理", ORG.fy4, "检察长", 20, "2020-05-01", "C"),
      fact("孙琳", "决定任命", ORG.fy4, "检察长", 20, "2020-09-01", "D"),
    ];
    const { links } = linkIdentities(facts);
    const [a, b, c, d] = facts.map((f) => links.get(f.ref)!);
    expect(b.cluster).not.toBe(a.cluster);
    expect(b.reason).toBe("同名者1人在1997-11-21均担任不相容职务（重庆市第一中级人民法院审判员已由同名者担任，不会再次任命），视为另一人");
    expect(d.cluster).toBe(c.cluster);
  });

  it("hands a head post over at the same place in time whether the successor is in the same run or stored", () => {
    // 韦金花 holds 梁平县法院院长 (acting); on 1998-12-15 two lists: one (M) appoints her to another court,
    // one (N, later in the linker's order) appoints 陈韵文 to her post. At M the post is not handed over yet.
    for (const successorList of ["N", "L"]) {
      const held = { ...fact("韦金花", "决定代理", ORG.lpcourt, "院长", 40, "1998-04-07", "A", 0), singleHolder: true };
      const moved = fact("韦金花", "任命", ORG.zy1, "审判员", 30, "1998-12-15", "M", 0);
      const successor = { ...fact("陈韵文", "决定代理", ORG.lpcourt, "院长", 40, "1998-12-15", successorList, 0), singleHolder: true };
      const together = linkIdentities([held, moved, successor]).links.get(moved.ref)!;
      const stored = new Map([[40, [{ order: announcementOrder(successor.date, successor.announcementKey), personId: 900 }]]]);
      const apart = linkIdentities([held, moved], new Map(), stored).links.get(moved.ref)!;
      expect(apart.reason).toBe(together.reason);
      const joined = linkIdentities([held, moved]).links;
      // "L" comes before "M": the post was handed over and she may move; "N" after: she still held it.
      expect(together.cluster === joined.get(held.ref)!.cluster).toBe(successorList === "L");
    }
  });

  it("decides later entries the same when the earlier ones are replayed as settled (a chronological import)", () => {
    const facts = [
      fact("王勇", "任命", ORG.zy1, "审判员", 30, "2018-01-01", "A"),
      fact("王勇", "任命", ORG.fy4, "检察员", 21, "2018-06-01", "B"),
      { ...fact("王勇", "决定任命", ORG.lpcourt, "院长", 40, "2019-01-01", "C"), singleHolder: true },
      fact("王勇", "免去", ORG.zy1, "审判员", 30, "2019-03-01", "D"),
      { ...fact("李红", "决定任命", ORG.lpcourt, "院长", 40, "2020-01-01", "E"), singleHolder: true },
      fact("王勇", "任命", ORG.zy3, "审判员", 33, "2020-06-01", "F"),
      fact("王勇", "任命", ORG.fy4, "检察员", 21, "2021-01-01", "G"),
      fact("王勇", "决定免去", ORG.fy4, "检察员", 21, "2022-01-01", "H"),
    ];
    const full = linkIdentities(facts);
    for (const cut of ["2019-01-01", "2020-01-01", "2020-06-01"]) {
      // the entries before the cut, stored with the person (here: the cluster) and reason the rules gave them
      const settled = new Map(
        facts
          .filter((f) => (f.date ?? "") < cut)
          .map((f) => [f.ref, { personId: 100 + full.links.get(f.ref)!.cluster, reason: full.links.get(f.ref)!.reason }]),
      );
      const replayed = linkIdentities(facts, new Map(), new Map(), undefined, settled);
      const personOf = (r: typeof full, ref: string) => {
        const cluster = r.links.get(ref)!.cluster;
        const settledRef = r.clusters[cluster].refs.find((x) => settled.has(x));
        return settledRef ? settled.get(settledRef)!.personId : `new:${r.clusters[cluster].refs[0]}`;
      };
      for (const f of facts) {
        expect(replayed.links.get(f.ref)!.reason).toBe(full.links.get(f.ref)!.reason);
        const expected = full.clusters[full.links.get(f.ref)!.cluster].refs.find((x) => settled.has(x));
        expect(personOf(replayed, f.ref)).toBe(
          expected ? 100 + full.links.get(f.ref)!.cluster : `new:${full.clusters[full.links.get(f.ref)!.cluster].refs[0]}`,
        );
      }
      // suggestions of the decided (later) entries only: the settled ones' are stored already
      const later = new Set(facts.filter((f) => (f.date ?? "") >= cut).map((f) => full.links.get(f.ref)!.cluster));
      expect(replayed.suggestions.length).toBe(full.suggestions.filter((s) => later.has(s.cluster)).length);
    }
    expect(() => linkIdentities(facts, new Map(), new Map(), undefined, new Map([[facts[5].ref, { personId: 1, reason: "x" }]]))).toThrow(
      /settled facts must come before/,
    );
  });

  it("gives the same clusters whatever order the facts come in", () => {
    const facts = [
      fact("刘伟", "决定任命", ORG.jlp, "检察长", 10, "2019-01-10", "A"),
      fact("刘伟", "任命", ORG.zy1, "审判员", 30, "2020-03-01", "B"),
      fact("刘伟", "决定免去", ORG.jlp, "检察长", 10, "2024-11-28", "C"),
      fact("刘伟", "决定任命", ORG.fy4, "检察长", 20, "2024-11-28", "C"),
    ];
    const partition = (fs: IdentityFact[]) => {
      const { links } = linkIdentities(fs);
      const byCluster = new Map<number, string[]>();
      for (const f of fs) byCluster.set(links.get(f.ref)!.cluster, [...(byCluster.get(links.get(f.ref)!.cluster) ?? []), f.ref]);
      return [...byCluster.values()].map((refs) => refs.sort().join(",")).sort();
    };
    expect(partition([...facts].reverse())).toEqual(partition(facts));
    expect(partition([facts[2], facts[0], facts[3], facts[1]])).toEqual(partition(facts));
  });

  it("obeys corrections over the rules, and later entries can still join a corrected person", () => {
    const facts = [
      fact("张伟", "任命", ORG.zy1, "审判员", 30, "2018-01-01", "A"),
      fact("张伟", "任命", ORG.zy1, "审判委员会委员", 31, "2019-01-01", "B"),
      fact("张伟", "任命", ORG.zy1, "副院长", 32, "2020-01-01", "C"),
    ];
    const pins = new Map([
      [facts[0].ref, { personId: 7, correctionId: 1 }],
      [facts[1].ref, { personId: 8, correctionId: 1 }],
    ]);
    const { clusters, links } = linkIdentities(facts, pins);
    expect(clusters.map((c) => c.pinnedPersonId)).toEqual([7, 8, undefined]);
    expect(links.get(facts[1].ref)!.reason).toBe("人工更正 #1");
    // 副院长 of the same court: both continue there equally, so neither is taken (a third person, suggested with both)
    expect(clusters).toHaveLength(3);
    expect(links.get(facts[2].ref)!.reason).toMatch(/^无同一人的确证/);
  });
});

describe("assignPersons", () => {
  it("keeps each cluster on the person that holds most of its entries, and asks for new people otherwise", () => {
    const clusters = [
      { id: 0, nameKey: "刘伟", refs: ["a", "b", "c"] },
      { id: 1, nameKey: "刘伟", refs: ["d"] },
      { id: 2, nameKey: "刘伟", refs: ["e"] },
    ];
    const current = new Map<string, number | undefined>([
      ["a", 5],
      ["b", 5],
      ["c", 9],
      ["d", 5],
    ]);
    expect([...assignPersons(clusters, current)]).toEqual([
      [0, 5],
      [1, null],
      [2, null],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { assignPersons, compatiblePosts, groupWithinAnnouncement, type IdentityFact, linkIdentities } from "./identity";

// Organs and posts of a small Chongqing history (ids as a database would give them).
const ORG = {
  jlp: { organizationId: 1, orgName: "重庆市九龙坡区人民检察院", orgKind: "procuratorate" },
  fy4: { organizationId: 2, orgName: "重庆市人民检察院第四分院", orgKind: "procuratorate" },
  zy1: { organizationId: 3, orgName: "重庆市第一中级人民法院", orgKind: "court" },
  czw: { organizationId: 4, orgName: "重庆市人大财政经济委员会", orgKind: "congress" },
  ysw: { organizationId: 5, orgName: "重庆市人大常委会预算工作委员会", orgKind: "congress" },
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

  it("links a later appointment to a compatible person of that name, preferring the same organ", () => {
    const facts = [
      fact("王勇", "任命", ORG.zy1, "审判员", 30, "2018-01-01", "A"),
      fact("王勇", "免去", ORG.zy1, "审判员", 30, "2019-01-01", "B"),
      fact("王勇", "任命", ORG.fy4, "检察员", 21, "2019-06-01", "C"),
      fact("王勇", "任命", ORG.zy1, "审判委员会委员", 31, "2021-01-01", "D"),
      fact("王勇", "任命", ORG.zy1, "副院长", 32, "2022-01-01", "E"),
    ];
    const { clusters, links } = linkIdentities(facts);
    const [a, , c, d, e] = facts.map((f) => links.get(f.ref)!);
    expect(clusters).toHaveLength(2);
    // nothing held in 2019-06: the judge who left the court may be the new procurator
    expect(c.cluster).toBe(a.cluster);
    expect(c.reason).toBe("同名，同期无不相容职务，无共同机构");
    // …but then he holds a procuratorate post, so the 2021 court appointment is someone else
    expect(d.cluster).not.toBe(a.cluster);
    expect(d.reason).toBe("同名者1人在2021-01-01均担任不相容职务（如重庆市人民检察院第四分院检察员），视为另一人");
    expect(e.cluster).toBe(d.cluster);
    expect(e.reason).toBe("同名，同期无不相容职务，曾在重庆市第一中级人民法院任职");
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
    expect(clusters.map((c) => c.pinnedPersonId)).toEqual([7, 8]);
    expect(links.get(facts[1].ref)!.reason).toBe("人工更正 #1");
    // 副院长 of the same court: both are compatible; the latest active (8) is taken
    expect(links.get(facts[2].ref)!.cluster).toBe(links.get(facts[1].ref)!.cluster);
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

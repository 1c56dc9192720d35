// Which printed name is which person: explainable rules over the actions of one name,
// applied in date order. Pure functions (no database): lib/derive/relink.ts loads the
// facts of the names an import touches, runs these rules and writes the result.
//
// Rules, in order, for the entries of one name in one announcement:
// 0. An entry placed by a manual correction (split/merge) goes where the correction says.
// 1. Entries of one name in one announcement are one person when their posts chain:
//    same clause, same organ, or a removal and an appointment (a move).
// 2. A removal belongs to the person of that name who holds the post.
// 3. Otherwise an existing person of that name whose career is compatible (no post held
//    at that time in an organ that cannot be held together with this one), preferring
//    one who served in the same organ, then in the same kind of organ, then the latest active.
// 4. Otherwise a new person.
// Every link carries its reason (Action.linkReason), in Chinese for the person page.
import { ORG_KIND_LABELS, type OrgKind } from "../domain/orgs";
import { closesTenure, isActing, opensTenure } from "./kinds";
import { dateKey } from "./tenures";

export interface IdentityFact {
  /** Stable key of the entry: `${announcementFingerprint}:${ordinal}` (see actionRef). */
  ref: string;
  /** The name as printed. */
  name: string;
  nameKey: string;
  kind: string;
  postId: number;
  organizationId: number;
  orgName: string;
  orgKind: string;
  postTitle: string;
  date: string | null;
  announcementKey: string;
  ordinal: number;
  /** Start of the clause the entry was read from: entries of one clause are one person. */
  clauseStart: number;
  /** A head post (院长, 检察长 …): appointing someone else to it hands it over. */
  singleHolder?: boolean;
}

/** Appointments to head posts by people outside the names being linked: postId → dates. */
export type Handovers = Map<number, string[]>;

/** A manual correction's verdict for one entry. */
export interface Pin {
  personId: number;
  correctionId: number;
}

export interface IdentityCluster {
  id: number;
  nameKey: string;
  /** Set when a correction fixes who this is. */
  pinnedPersonId?: number;
  refs: string[];
}

export interface IdentityLink {
  cluster: number;
  reason: string;
}

export interface IdentityResult {
  clusters: IdentityCluster[];
  links: Map<string, IdentityLink>;
}

export function actionRef(announcementFingerprint: string, ordinal: number): string {
  return `${announcementFingerprint}:${ordinal}`;
}

interface Held {
  postId: number;
  organizationId: number;
  orgName: string;
  orgKind: string;
  postTitle: string;
  since: string | null;
  acting: boolean;
  /** Someone else was appointed to this head post since: still theirs to be removed from, no bar to other posts. */
  handedOver?: boolean;
}

interface Career {
  cluster: IdentityCluster;
  open: Map<number, Held>;
  orgIds: Set<number>;
  orgKinds: Set<string>;
  lastDate: string | null;
}

type PostLike = { organizationId: number; orgKind: string };

/** Whether one person can hold both posts at the same time. */
export function compatiblePosts(a: PostLike, b: PostLike): boolean {
  if (a.organizationId === b.organizationId) return true;
  // A congress's committees and working bodies share members (预算工委主任 and 财经委副主任委员).
  return a.orgKind === "congress" && b.orgKind === "congress";
}

const where = (x: { orgName: string; postTitle: string }) => `${x.orgName}${x.postTitle}`;
const kindLabel = (k: string) => ORG_KIND_LABELS[k as OrgKind] ?? k;

/** Rule 1: the entries of one name in one announcement, split into people by chaining posts. */
export function groupWithinAnnouncement(facts: IdentityFact[]): IdentityFact[][] {
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      const moves = (closesTenure(a.kind) && opensTenure(b.kind)) || (opensTenure(a.kind) && closesTenure(b.kind));
      if (a.clauseStart === b.clauseStart || a.organizationId === b.organizationId || moves) union(i, j);
    }
  }
  const groups = new Map<number, IdentityFact[]>();
  facts.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()];
}

/** A note on a group that reads as a move (removed from one organ, appointed in another). */
function moveNote(group: IdentityFact[]): string {
  const closed = group.filter((f) => closesTenure(f.kind));
  const opened = group.filter((f) => opensTenure(f.kind));
  if (!closed.length || !opened.length) return "";
  if (closed.every((c) => opened.every((o) => o.organizationId === c.organizationId))) return "";
  return `；同一公告中免去${where(closed[0])}、任命${where(opened[0])}，视为调任`;
}

export interface Decision {
  career?: Career;
  reason: string;
}

/** Rule 2: a removal belongs to the person who holds the post. */
function holderOf(group: IdentityFact[], candidates: Career[]): Decision | undefined {
  for (const f of group) {
    if (!closesTenure(f.kind)) continue;
    for (const c of candidates) {
      const held = c.open.get(f.postId);
      if (held) return { career: c, reason: `免去的职务由其担任：${where(held)}（${held.since ?? "起始日期不详"}起）` };
    }
  }
  return undefined;
}

interface Conflict {
  held: Held;
  /** The candidate already holds the very post the group is appointed to (since an earlier date). */
  sameRole: boolean;
}

/**
 * Why the candidate cannot be this group's person, if so: a post held in an organ that cannot go
 * with the group's posts, or the very post the group is appointed to, held since an earlier date
 * (nobody is appointed to a post they hold; an acting holder appointed in full is no conflict).
 */
function conflictOf(c: Career, group: IdentityFact[], handovers: Handovers): Conflict | undefined {
  const closedHere = new Set(group.filter((f) => closesTenure(f.kind)).map((f) => f.postId));
  const date = group[0].date;
  for (const h of c.open.values()) {
    if (closedHere.has(h.postId) || h.handedOver) continue;
    if (date && handovers.get(h.postId)?.some((d) => d > (h.since ?? "") && d <= date)) continue;
    if (group.some((f) => !compatiblePosts(h, f))) return { held: h, sameRole: false };
    const again = group.find((f) => f.postId === h.postId && opensTenure(f.kind) && h.since !== f.date && !(h.acting && !isActing(f.kind)));
    if (again) return { held: h, sameRole: true };
  }
  return undefined;
}

/** Rules 3 and 4. */
function compatibleOrNew(group: IdentityFact[], candidates: Career[], handovers: Handovers): Decision {
  const date = group[0].date;
  const scored = candidates
    .filter((c) => !conflictOf(c, group, handovers))
    .map((c) => {
      const sharedOrg = group.find((f) => c.orgIds.has(f.organizationId));
      const sharedKind = group.find((f) => c.orgKinds.has(f.orgKind));
      return { c, score: sharedOrg ? 2 : sharedKind ? 1 : 0, sharedOrg, sharedKind };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.c.lastDate === b.c.lastDate ? 0 : (a.c.lastDate ?? "") < (b.c.lastDate ?? "") ? 1 : -1) ||
        a.c.cluster.id - b.c.cluster.id,
    );
  if (scored.length) {
    const best = scored[0];
    const why =
      best.score === 2
        ? `曾在${best.sharedOrg!.orgName}任职`
        : best.score === 1
          ? `曾在同类机构（${kindLabel(best.sharedKind!.orgKind)}）任职`
          : "无共同机构";
    const others = scored.length > 1 ? `；另有${scored.length - 1}位同名者亦无冲突，取最相近者` : "";
    return { career: best.c, reason: `同名，同期无不相容职务，${why}${others}` };
  }
  if (!candidates.length) return { reason: "首次出现的姓名" };
  const example = conflictOf(candidates[0], group, handovers)!;
  const instance = example.sameRole ? `${where(example.held)}已由同名者担任，不会再次任命` : `如${where(example.held)}`;
  return {
    reason: `同名者${candidates.length}人在${date ?? "当时"}均担任不相容职务（${instance}），视为另一人`,
  };
}

function applyGroup(career: Career, group: IdentityFact[]): void {
  for (const f of [...group].sort((a, b) => a.ordinal - b.ordinal)) {
    career.cluster.refs.push(f.ref);
    career.orgIds.add(f.organizationId);
    career.orgKinds.add(f.orgKind);
    if (f.date && (!career.lastDate || f.date > career.lastDate)) career.lastDate = f.date;
    const held = career.open.get(f.postId);
    if (closesTenure(f.kind)) career.open.delete(f.postId);
    else if (opensTenure(f.kind) && (!held || held.handedOver || (held.acting && !isActing(f.kind)))) {
      career.open.set(f.postId, {
        postId: f.postId,
        organizationId: f.organizationId,
        orgName: f.orgName,
        orgKind: f.orgKind,
        postTitle: f.postTitle,
        since: f.date,
        acting: isActing(f.kind),
      });
    }
  }
}

/** Date order, the entries of one announcement together (ties by fingerprint: never by import order). */
function inAnnouncementOrder(a: IdentityFact, b: IdentityFact): number {
  const da = dateKey(a.date);
  const db = dateKey(b.date);
  if (da !== db) return da < db ? -1 : 1;
  if (a.announcementKey !== b.announcementKey) return a.announcementKey < b.announcementKey ? -1 : 1;
  return a.ordinal - b.ordinal;
}

/**
 * Links every fact to a cluster (one cluster = one person), in date order, with reasons.
 * Deterministic: the same facts and pins give the same clusters whatever their input order.
 */
export function linkIdentities(
  facts: IdentityFact[],
  pins: Map<string, Pin> = new Map(),
  handovers: Handovers = new Map(),
): IdentityResult {
  const sorted = [...facts].sort(inAnnouncementOrder);
  const clusters: IdentityCluster[] = [];
  const careers = new Map<string, Career[]>(); // nameKey → careers (clusters) of that name
  const pinned = new Map<number, Career>(); // personId → career fixed by a correction
  const links = new Map<string, IdentityLink>();

  // Who may hold each head post (checked against Career.open when used): handing over stays cheap.
  const headHolders = new Map<number, Set<Career>>();
  const handOver = (postId: number, isOther: (c: Career) => boolean) => {
    const holders = headHolders.get(postId);
    if (!holders) return;
    for (const c of holders) {
      if (!isOther(c)) continue;
      const held = c.open.get(postId);
      if (held) held.handedOver = true;
      holders.delete(c);
    }
  };
  const newCareer = (nameKey: string, pinnedPersonId?: number): Career => {
    const cluster: IdentityCluster = { id: clusters.length, nameKey, pinnedPersonId, refs: [] };
    clusters.push(cluster);
    const career: Career = { cluster, open: new Map(), orgIds: new Set(), orgKinds: new Set(), lastDate: null };
    careers.set(nameKey, [...(careers.get(nameKey) ?? []), career]);
    if (pinnedPersonId !== undefined) pinned.set(pinnedPersonId, career);
    return career;
  };
  const careerOfPin = (pin: Pin, nameKey: string) => {
    const career = pinned.get(pin.personId);
    if (!career) return newCareer(nameKey, pin.personId);
    // A merge across two printed names: the person is a candidate under both.
    const same = careers.get(nameKey) ?? [];
    if (!same.includes(career)) careers.set(nameKey, [...same, career]);
    return career;
  };
  const link = (career: Career, group: IdentityFact[], reason: string) => {
    // A head post given to this person is handed over by whoever else held it.
    for (const f of group) {
      if (f.singleHolder && opensTenure(f.kind)) handOver(f.postId, (c) => c !== career);
    }
    applyGroup(career, group);
    for (const f of group) {
      if (f.singleHolder && opensTenure(f.kind)) headHolders.set(f.postId, (headHolders.get(f.postId) ?? new Set()).add(career));
    }
    for (const f of group) links.set(f.ref, { cluster: career.cluster.id, reason });
  };

  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].announcementKey === sorted[i].announcementKey) j++;
    const byName = new Map<string, IdentityFact[]>();
    for (const f of sorted.slice(i, j)) byName.set(f.nameKey, [...(byName.get(f.nameKey) ?? []), f]);
    // Head posts this announcement gives to a person of another name are handed over before anyone
    // is linked, so that their holder (moved in the same list) is free for other posts.
    for (const f of sorted.slice(i, j)) {
      if (f.singleHolder && opensTenure(f.kind)) handOver(f.postId, (c) => c.cluster.nameKey !== f.nameKey);
    }
    i = j;

    for (const [nameKey, facts] of byName) {
      const used = new Set<Career>();
      const pending: IdentityFact[][] = [];
      for (const group of groupWithinAnnouncement(facts)) {
        const pinnedFact = group.find((f) => pins.has(f.ref));
        if (!pinnedFact) {
          pending.push(group);
          continue;
        }
        // Rule 0: corrections decide; the rest of the group follows the first corrected entry.
        const lead = pins.get(pinnedFact.ref)!;
        for (const f of group) {
          const pin = pins.get(f.ref);
          const career = careerOfPin(pin ?? lead, nameKey);
          used.add(career);
          link(career, [f], pin ? `人工更正 #${pin.correctionId}` : `与人工更正 #${lead.correctionId} 所定条目职务相衔接（同一公告）`);
        }
      }
      const candidates = () => (careers.get(nameKey) ?? []).filter((c) => !used.has(c));
      // Rule 2 first for every group, so that a holder is not taken by another group's looser match.
      const rest: IdentityFact[][] = [];
      for (const group of pending) {
        const d = holderOf(group, candidates());
        if (!d) {
          rest.push(group);
          continue;
        }
        used.add(d.career!);
        link(d.career!, group, d.reason + moveNote(group));
      }
      for (const group of rest) {
        const d = compatibleOrNew(group, candidates(), handovers);
        const career = d.career ?? newCareer(nameKey);
        used.add(career);
        link(career, group, d.reason + moveNote(group));
      }
    }
  }
  return { clusters, links };
}

/**
 * Gives each cluster a person id: a corrected cluster keeps its person; the others take the
 * person that already holds most of their entries (so ids stay stable across re-derivation),
 * else a new person (null).
 */
export function assignPersons(clusters: IdentityCluster[], currentPerson: Map<string, number | undefined>): Map<number, number | null> {
  const out = new Map<number, number | null>();
  const taken = new Set<number>();
  for (const c of clusters) {
    if (c.pinnedPersonId !== undefined) {
      out.set(c.id, c.pinnedPersonId);
      taken.add(c.pinnedPersonId);
    }
  }
  const pairs: { cluster: number; person: number; overlap: number }[] = [];
  for (const c of clusters) {
    if (c.pinnedPersonId !== undefined) continue;
    const counts = new Map<number, number>();
    for (const ref of c.refs) {
      const p = currentPerson.get(ref);
      if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    for (const [person, overlap] of counts) pairs.push({ cluster: c.id, person, overlap });
  }
  pairs.sort((a, b) => b.overlap - a.overlap || a.cluster - b.cluster || a.person - b.person);
  for (const p of pairs) {
    if (out.has(p.cluster) || taken.has(p.person)) continue;
    out.set(p.cluster, p.person);
    taken.add(p.person);
  }
  for (const c of clusters) if (!out.has(c.id)) out.set(c.id, null);
  return out;
}

// Which printed name is which person: explainable rules over the actions of one name,
// applied in date order. Pure functions (no database): lib/derive/relink.ts loads the
// facts of the names an import touches, runs these rules and writes the result.
//
// Precision first: an entry joins an existing person of its name only on positive evidence.
// Rules, in order, for the entries of one name in one announcement:
// 0. An entry placed by a manual correction (split/merge) goes where the correction says.
// 1. Entries of one name in one announcement are one person when their posts chain:
//    same clause, same organ, or a removal and an appointment (a move).
// 2. A removal belongs to the person of that name who holds the post (or the same post of the
//    organ under its former name).
// 3. Continuity: a person of that name with no incompatible post at the time, seen in the same
//    organ, in the organ under another name (lineage) or in the organ directly above or below
//    (hierarchy) within CONTINUITY_YEARS — when exactly one person is the closest such match.
// 4. Otherwise a new person; every namesake with no incompatible post at the time is offered as
//    "可能是同一人" (a suggestion with its evidence) for an editor to confirm.
// Every link carries its reason (Action.linkReason, in Chinese); the reason starts with the
// label of its rule (IDENTITY_RULES), so pages can say which rule inferred it.

import { appendTo } from "../domain/groups";
import { ORG_KIND_LABELS, type OrgKind } from "../domain/orgs";
import { type OrganRef, type OrganRelation, type RelateOrgans, relateOrgansByName } from "./continuity";
import { closesTenure, isActing, opensTenure } from "./kinds";
import { dateKey } from "./tenures";

/** The rules that decide who an entry is: a short Chinese label (the start of every reason) and a name. */
export const IDENTITY_RULES = [
  { rule: "manual-correction", label: "人工更正", inferred: false },
  { rule: "follows-correction", label: "与人工更正", inferred: true },
  { rule: "first-seen", label: "首次出现的姓名", inferred: false },
  { rule: "holds-removed-post", label: "免去的职务由其担任", inferred: true },
  { rule: "continuity-organ", label: "同一机构内延续", inferred: true },
  { rule: "continuity-lineage", label: "机构更名前后延续", inferred: true },
  { rule: "continuity-hierarchy", label: "上下级机构间延续", inferred: true },
  { rule: "continuity-system", label: "同一系统内延续", inferred: true },
  { rule: "no-evidence-new-person", label: "无同一人的确证", inferred: true },
  { rule: "incompatible-new-person", label: "同名者", inferred: true },
] as const;
export type IdentityRule = (typeof IDENTITY_RULES)[number];

/** The rule a stored reason comes from (reasons start with their rule's label). */
export function identityRuleOf(reason: string): IdentityRule | undefined {
  return IDENTITY_RULES.find((r) => reason.startsWith(r.label));
}

/** How long a person may go unseen in an organ (its lineage, the organ above or below, its system) and still be continued there. */
export const CONTINUITY_YEARS: Record<OrganRelation, number> = { same: 12, lineage: 12, hierarchy: 10, family: 6 };
/** Suggestions offered per new person at most (the closest namesakes). */
const MAX_SUGGESTIONS = 3;

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

/** A stored appointment to a head post: its announcement's place in time and the person appointed. */
export interface Handover {
  /** announcementOrder of the appointment. Places, not dates: the linker hands a post over when it
   * reaches the announcement, so two lists of one day must be told apart the same way whether the
   * other appointment is stored or in the same run. */
  order: string;
  personId: number;
}

/** Stored appointments to head posts the linker does not see itself: postId → appointments. */
export type Handovers = Map<number, Handover[]>;

/** An announcement's place in the linker's order (inAnnouncementOrder) as one comparable string. */
export function announcementOrder(date: string | null, announcementKey: string): string {
  return `${dateKey(date)}\u0000${announcementKey}`;
}

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
  /** The stored person this cluster is (replayed or remembered from an earlier batch of the run). */
  personId?: number;
  /** The entries linked to it by this call. */
  refs: string[];
}

export interface IdentityLink {
  cluster: number;
  reason: string;
}

/** "可能是同一人": a new person's cluster and a namesake's that nothing printed links, with why they may be one. */
export interface IdentitySuggestion {
  cluster: number;
  other: number;
  evidence: string;
}

export interface IdentityResult {
  clusters: IdentityCluster[];
  links: Map<string, IdentityLink>;
  suggestions: IdentitySuggestion[];
}

export function actionRef(announcementFingerprint: string, ordinal: number): string {
  return `${announcementFingerprint}:${ordinal}`;
}

interface Held {
  postId: number;
  /** The organ as it is named now (one object per organ: a rename reaches every career). */
  organ: OrganRef;
  postTitle: string;
  since: string | null;
  /** announcementOrder of the appointment. */
  sinceOrder: string;
  acting: boolean;
  /** Someone else was appointed to this head post since: still theirs to be removed from, no bar to other posts. */
  handedOver?: boolean;
}

/** Where a person was last seen in one organ. */
interface Seen {
  org: OrganRef;
  date: string | null;
  postTitle: string;
}

/**
 * A person as the rules see them while linking: what they hold and where they were seen.
 * Arrays, not maps: a career holds a few posts and organs, and a run keeps hundreds of thousands.
 */
export interface Career {
  cluster: IdentityCluster;
  /** Posts held, one per post, in the order first taken. */
  open: Held[];
  /** The latest sighting in each organ, one per organ, in the order first seen. */
  seen: Seen[];
  lastDate: string | null;
  lastSeen?: Seen;
}

function heldPost(c: Career, postId: number): Held | undefined {
  for (const h of c.open) if (h.postId === postId) return h;
  return undefined;
}

function dropHeld(c: Career, postId: number): void {
  const i = c.open.findIndex((h) => h.postId === postId);
  if (i >= 0) c.open.splice(i, 1);
}

/** Holds the post (in place of an earlier holding of it). */
function putHeld(c: Career, held: Held): void {
  const i = c.open.findIndex((h) => h.postId === held.postId);
  if (i >= 0) c.open[i] = held;
  else c.open.push(held);
}

type PostLike = { organizationId: number; orgKind: string };

/** Whether one person can hold both posts at the same time. */
export function compatiblePosts(a: PostLike, b: PostLike): boolean {
  if (a.organizationId === b.organizationId) return true;
  // A congress's committees and working bodies share members (预算工委主任 and 财经委副主任委员).
  return a.orgKind === "congress" && b.orgKind === "congress";
}

const where = (x: { orgName: string; postTitle: string }) => `${x.orgName}${x.postTitle}`;
const heldAt = (h: Held) => `${h.organ.orgName}${h.postTitle}`;
const kindLabel = (k: string) => ORG_KIND_LABELS[k as OrgKind] ?? k;

/** Years from a to b (ISO dates), by calendar month. */
function yearsBetween(a: string, b: string): number {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return (months(b) - months(a)) / 12;
}

/** Rule 1: the entries of one name in one announcement, split into people by chaining posts. */
export function groupWithinAnnouncement(facts: IdentityFact[]): IdentityFact[][] {
  if (facts.length === 1) return [facts]; // most names appear once in a list
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
    appendTo(groups, root, f);
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

interface Decision {
  career?: Career;
  reason: string;
  /** For a new person: namesakes that may be them, with the evidence. */
  suggest?: { career: Career; evidence: string }[];
}

/** Rule 2: a removal belongs to the person who holds the post (or the same post under the organ's former name). */
function holderOf(group: IdentityFact[], candidates: readonly Career[], relate: RelateOrgans): Decision | undefined {
  for (const f of group) {
    if (!closesTenure(f.kind)) continue;
    for (const c of candidates) {
      const held = heldPost(c, f.postId);
      if (held) return { career: c, reason: `免去的职务由其担任：${heldAt(held)}（${held.since ?? "起始日期不详"}起）` };
    }
    for (const c of candidates) {
      for (const held of c.open) {
        if (held.postTitle !== f.postTitle || relate(held.organ, f) !== "lineage") continue;
        return {
          career: c,
          reason: `免去的职务由其担任：${heldAt(held)}（${held.since ?? "起始日期不详"}起），即更名后的${where(f)}`,
        };
      }
    }
  }
  return undefined;
}

interface Conflict {
  held: Held;
  /** The candidate already holds the very post the group is appointed to (since an earlier date). */
  sameRole: boolean;
}

/** The posts a group removes from (their holder is free of them). */
const postsClosedBy = (group: IdentityFact[]) => new Set(group.filter((f) => closesTenure(f.kind)).map((f) => f.postId));

/**
 * Why the candidate cannot be this group's person, if so: a post held in an organ that cannot go
 * with the group's posts, or the very post the group is appointed to, held since an earlier date
 * (nobody is appointed to a post they hold; an acting holder appointed in full is no conflict).
 */
function conflictOf(c: Career, group: IdentityFact[], handovers: Handovers, closedHere: Set<number>): Conflict | undefined {
  for (const h of c.open) {
    if (closedHere.has(h.postId) || handedOverBy(h, c, group, handovers)) continue;
    if (group.some((f) => !compatiblePosts(h.organ, f))) return { held: h, sameRole: false };
    const again = group.find((f) => f.postId === h.postId && opensTenure(f.kind) && h.since !== f.date && !(h.acting && !isActing(f.kind)));
    if (again) return { held: h, sameRole: true };
  }
  return undefined;
}

/**
 * Whether a head post c holds since h's appointment was given to someone else before the group's
 * announcement: by an entry the linker saw (h.handedOver), or by a stored appointment of another
 * person placed after h's appointment and no later than the group's announcement (one list can
 * appoint the successor and move the holder).
 */
function handedOverBy(h: Held, c: Career, group: IdentityFact[], handovers: Handovers): boolean {
  if (h.handedOver) return true;
  const stored = handovers.get(h.postId);
  if (!stored) return false;
  const here = announcementOrder(group[0].date, group[0].announcementKey);
  return stored.some((p) => p.order <= here && handsOver(p, h, c));
}

/** Whether a stored appointment gives h's post, held by c, to someone else after c's appointment. */
function handsOver(p: Handover, h: Held, c: Career): boolean {
  return p.order > h.sinceOrder && p.personId !== c.cluster.personId;
}

/** Whether c holds a post in the organ that is not handed over by the group's time. */
function holdsIn(c: Career, organizationId: number, group: IdentityFact[], handovers: Handovers): boolean {
  for (const h of c.open) if (h.organ.organizationId === organizationId && !handedOverBy(h, c, group, handovers)) return true;
  return false;
}

const STRENGTH: Record<OrganRelation, number> = { same: 4, lineage: 3, hierarchy: 2, family: 1 };

interface Continuity {
  relation: OrganRelation;
  seen: Seen;
  /** Holds a post there now (no gap to measure). */
  holds: boolean;
  gap: number | null;
}

/** Rule 3's evidence: the closest organ the candidate was seen in, related to the group's, within the bounded gap. */
function continuityOf(c: Career, group: IdentityFact[], relate: RelateOrgans, handovers: Handovers): Continuity | undefined {
  const date = group[0].date;
  // Two-character names are shared far more often: one system alone is no evidence for them (a group is one name).
  const shortName = [...group[0].nameKey].length < 3;
  let best: Continuity | undefined;
  for (const seen of c.seen) {
    for (const f of group) {
      const relation = relate(seen.org, f);
      if (!relation) continue;
      if (relation === "family" && shortName) continue;
      const holds = holdsIn(c, seen.org.organizationId, group, handovers);
      const gap = date && seen.date ? yearsBetween(seen.date, date) : null;
      if (!holds && (gap === null || gap > CONTINUITY_YEARS[relation])) continue;
      const better =
        !best ||
        STRENGTH[relation] > STRENGTH[best.relation] ||
        (STRENGTH[relation] === STRENGTH[best.relation] && Number(holds) > Number(best.holds));
      if (better) best = { relation, seen, holds, gap };
    }
  }
  return best;
}

function continuityReason(k: Continuity, group: IdentityFact[]): string {
  const at = `${k.seen.org.orgName}${k.seen.postTitle}`;
  const when = k.holds
    ? `现任${at}（${k.seen.date ?? "日期不详"}）`
    : `${k.seen.date ?? "日期不详"}曾任${at}，相隔不足${CONTINUITY_YEARS[k.relation]}年`;
  const target = group[0].orgName;
  if (k.relation === "same") return `同一机构内延续：${when}，同期无不相容职务`;
  if (k.relation === "family") return `同一系统内延续：${when}；${k.seen.org.orgName}与${target}同属一个系统，同期无不相容职务`;
  if (k.relation === "lineage") return `机构更名前后延续：${when}；${k.seen.org.orgName}与${target}为同一机构的不同名称，同期无不相容职务`;
  return `上下级机构间延续：${when}；${k.seen.org.orgName}与${target}为上下级机构，同期无不相容职务`;
}

/** What a namesake with no incompatible post was last seen as: the evidence of a suggestion. */
function suggestionEvidence(c: Career, group: IdentityFact[]): string {
  const last = c.lastSeen;
  const here = where(group[0]);
  const was = last ? `${last.date ?? "日期不详"}见于${last.org.orgName}${last.postTitle}` : "另有记录";
  const gap = last?.date && group[0].date ? `，相隔约${Math.max(0, Math.round(yearsBetween(last.date, group[0].date)))}年` : "";
  const kind = last && last.org.orgKind === group[0].orgKind ? `同类机构（${kindLabel(last.org.orgKind)}）` : "不同类机构";
  return `同名；${was}，${group[0].date ?? "日期不详"}${opensTenure(group[0].kind) ? "任" : "免"}${here}${gap}，${kind}；同期无不相容职务，但公告未载明二者关系`;
}

/** Latest seen first (undated last), then the earlier cluster. */
function closerCareer(a: Career, b: Career): number {
  return (a.lastDate === b.lastDate ? 0 : (a.lastDate ?? "") < (b.lastDate ?? "") ? 1 : -1) || a.cluster.id - b.cluster.id;
}

/** The first `count` careers in closerCareer order (a common name has hundreds of namesakes: no sort of them all). */
function closestCareers(careers: readonly Career[], count: number): Career[] {
  const best: Career[] = [];
  for (const c of careers) {
    if (best.length === count && closerCareer(c, best[count - 1]) >= 0) continue;
    let i = Math.min(best.length, count - 1);
    while (i > 0 && closerCareer(c, best[i - 1]) < 0) i--;
    best.splice(i, 0, c);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Rules 3 and 4. */
function continuityOrNew(group: IdentityFact[], candidates: readonly Career[], handovers: Handovers, relate: RelateOrgans): Decision {
  const date = group[0].date;
  const closedHere = postsClosedBy(group);
  const free = candidates.filter((c) => !conflictOf(c, group, handovers, closedHere));
  const scored = free
    .map((c) => ({ c, k: continuityOf(c, group, relate, handovers) }))
    .filter((x): x is { c: Career; k: Continuity } => x.k !== undefined)
    .sort((a, b) => STRENGTH[b.k.relation] - STRENGTH[a.k.relation] || Number(b.k.holds) - Number(a.k.holds));
  if (scored.length) {
    const [best, second] = scored;
    const tied = second && STRENGTH[second.k.relation] === STRENGTH[best.k.relation] && second.k.holds === best.k.holds;
    if (!tied) return { career: best.c, reason: continuityReason(best.k, group) };
  }
  if (free.length) {
    const suggest = closestCareers(free, MAX_SUGGESTIONS).map((c) => ({ career: c, evidence: suggestionEvidence(c, group) }));
    const why = scored.length > 1 ? `同名者${scored.length}人均可延续，无法确定是谁` : `同名者${free.length}人均无机构延续或任免衔接`;
    return { reason: `无同一人的确证（${why}），视为另一人，列为“可能是同一人”待编辑确认`, suggest };
  }
  if (!candidates.length) return { reason: "首次出现的姓名" };
  const example = conflictOf(candidates[0], group, handovers, closedHere)!;
  const instance = example.sameRole ? `${heldAt(example.held)}已由同名者担任，不会再次任命` : `如${heldAt(example.held)}`;
  return {
    reason: `同名者${candidates.length}人在${date ?? "当时"}均担任不相容职务（${instance}），视为另一人`,
  };
}

function applyGroup(
  career: Career,
  group: IdentityFact[],
  relate: RelateOrgans,
  handovers: Handovers,
  organs: Map<number, OrganRef>,
): void {
  for (const f of group.length > 1 ? [...group].sort((a, b) => a.ordinal - b.ordinal) : group) {
    career.cluster.refs.push(f.ref);
    const organ = organs.get(f.organizationId)!;
    const seen: Seen = {
      org: organ,
      date: f.date,
      postTitle: f.postTitle,
    };
    const before = career.seen.findIndex((s) => s.org.organizationId === f.organizationId);
    if (before < 0) career.seen.push(seen);
    else if (dateKey(f.date) >= dateKey(career.seen[before].date)) career.seen[before] = seen;
    if (!career.lastSeen || dateKey(f.date) >= dateKey(career.lastSeen.date)) career.lastSeen = seen;
    if (f.date && (!career.lastDate || f.date > career.lastDate)) career.lastDate = f.date;
    const held = heldPost(career, f.postId);
    if (closesTenure(f.kind)) {
      if (held) dropHeld(career, f.postId);
      else {
        // The same post printed under the organ's other name (before a rename, without 重庆市).
        const renamed = career.open.find((h) => h.postTitle === f.postTitle && relate(h.organ, f) === "lineage");
        if (renamed) dropHeld(career, renamed.postId);
      }
    } else if (opensTenure(f.kind) && (!held || handedOverBy(held, career, [f], handovers) || (held.acting && !isActing(f.kind)))) {
      putHeld(career, {
        postId: f.postId,
        organ,
        postTitle: f.postTitle,
        since: f.date,
        sinceOrder: announcementOrder(f.date, f.announcementKey),
        acting: isActing(f.kind),
      });
    }
  }
}

/** The careers of a name that no other group of the announcement took (not copied when none is taken). */
function unusedCareers(careers: Map<string, Career[]>, nameKey: string, used: Set<Career>): readonly Career[] {
  const all = careers.get(nameKey) ?? [];
  return used.size ? all.filter((c) => !used.has(c)) : all;
}

/** Date order, the entries of one announcement together (ties by fingerprint: never by import order). */
function inAnnouncementOrder(a: IdentityFact, b: IdentityFact): number {
  const da = dateKey(a.date);
  const db = dateKey(b.date);
  if (da !== db) return da < db ? -1 : 1;
  if (a.announcementKey !== b.announcementKey) return a.announcementKey < b.announcementKey ? -1 : 1;
  return a.ordinal - b.ordinal;
}

/** A relation cache by organ ids: the same pairs come up for every name. */
function cachedRelate(relate: RelateOrgans): RelateOrgans {
  const cache = new Map<number, Map<number, OrganRelation | null>>(); // smaller organ id → larger → relation
  return (a, b) => {
    if (a.organizationId === b.organizationId) return "same";
    const low = Math.min(a.organizationId, b.organizationId);
    const high = Math.max(a.organizationId, b.organizationId);
    let row = cache.get(low);
    if (!row) cache.set(low, (row = new Map()));
    let r = row.get(high);
    if (r === undefined) {
      r = relate(a, b);
      row.set(high, r);
    }
    return r;
  };
}

/** A stored entry's person and reason, replayed instead of decided again (see linkIdentities). */
export interface SettledLink {
  personId: number;
  reason: string;
}

/**
 * What the rules know of people between calls: the careers they built (open posts, organs seen,
 * head posts handed over), by name. A chronological import keeps one for its whole run
 * (lib/derive/careerBook.ts): a batch is then decided against the careers of the batches before
 * without reading and replaying their entries again. A call given none starts from nothing.
 */
export interface LinkerState {
  /** Cluster ids stay unique across calls. */
  nextCluster: number;
  careers: Map<string, Career[]>;
  /** Who may hold each head post (checked against Career.open when used): handing over stays cheap. */
  headHolders: Map<number, Set<Career>>;
  /** Careers of stored people (replayed), by person id. */
  byPerson: Map<number, Career>;
  /** Careers fixed by a correction, by person id. */
  pinned: Map<number, Career>;
  /** Clusters the last call gave entries to (their refs are cleared by the next call). */
  touched: IdentityCluster[];
  /** One object per organ, named as the latest facts name it (organs are renamed as printed forms come in). */
  organs: Map<number, OrganRef>;
}

export function newLinkerState(): LinkerState {
  return {
    nextCluster: 0,
    careers: new Map(),
    headHolders: new Map(),
    byPerson: new Map(),
    pinned: new Map(),
    touched: [],
    organs: new Map(),
  };
}

/**
 * Links every fact to a cluster (one cluster = one person), in date order, with reasons.
 * Deterministic: the same facts and pins give the same clusters whatever their input order.
 *
 * `settled`: facts whose person the rules decided before (stored entries) and that all come
 * before every other fact in the linker's order (a chronological import). They are replayed, not
 * decided: each person's entries rebuild the career the rules would have built (open posts, organs
 * seen, head posts handed over), then the other facts are decided against those careers. The
 * rules look only backwards in time, so this gives what deciding everything again gives
 * (lib/import/batches.test.ts compares the two); the replayed facts make no new suggestions.
 *
 * `state`: careers from earlier calls of the same chronological import, updated in place. Facts
 * of a name must then either all be new to the state or come after everything it holds.
 * The result's clusters are those this call gave entries to, plus those its suggestions name.
 */
export function linkIdentities(
  facts: IdentityFact[],
  pins: Map<string, Pin> = new Map(),
  handovers: Handovers = new Map(),
  relateOrgans: RelateOrgans = relateOrgansByName,
  settled: Map<string, SettledLink> = new Map(),
  state: LinkerState = newLinkerState(),
): IdentityResult {
  const relate = cachedRelate(relateOrgans);
  const sorted = [...facts].sort(inAnnouncementOrder);
  const { careers, headHolders, pinned, organs } = state;
  for (const c of state.touched) c.refs = [];
  for (const f of facts) {
    const organ = organs.get(f.organizationId);
    if (!organ) organs.set(f.organizationId, { organizationId: f.organizationId, orgName: f.orgName, orgKind: f.orgKind });
    else {
      organ.orgName = f.orgName;
      organ.orgKind = f.orgKind;
    }
  }
  const touched: IdentityCluster[] = [];
  const links = new Map<string, IdentityLink>();
  const suggestions: IdentitySuggestion[] = [];
  const suggested: IdentityCluster[] = [];
  // Careers this call replays. A replayed appointment hands over only among them: the state's other
  // careers come from later batches or were given the stored hand-overs when they were replayed.
  const replayedNow = new Set<Career>();
  let replaying = false;

  const handOver = (postId: number, isOther: (c: Career) => boolean) => {
    const holders = headHolders.get(postId);
    if (!holders) return;
    for (const c of holders) {
      if (!isOther(c) || (replaying && !replayedNow.has(c))) continue;
      const held = heldPost(c, postId);
      if (held) held.handedOver = true;
      holders.delete(c);
    }
  };
  const newCareer = (nameKey: string, pinnedPersonId?: number): Career => {
    const cluster: IdentityCluster = { id: state.nextCluster++, nameKey, pinnedPersonId, refs: [] };
    const career: Career = { cluster, open: [], seen: [], lastDate: null };
    appendTo(careers, nameKey, career);
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
    if (!career.cluster.refs.length) touched.push(career.cluster);
    applyGroup(career, group, relate, handovers, organs);
    for (const f of group) {
      if (f.singleHolder && opensTenure(f.kind)) headHolders.set(f.postId, (headHolders.get(f.postId) ?? new Set()).add(career));
    }
    for (const f of group) links.set(f.ref, { cluster: career.cluster.id, reason });
  };

  let settledSeen = 0;
  // Replayed people: one career each, a candidate under every name it was printed in.
  const careerOfSettled = (personId: number, nameKey: string, isPinned: boolean) => {
    const career = state.byPerson.get(personId);
    if (!career) {
      const created = newCareer(nameKey, isPinned ? personId : undefined);
      created.cluster.personId = personId;
      state.byPerson.set(personId, created);
      replayedNow.add(created);
      return created;
    }
    if (!replayedNow.has(career)) throw new Error("linkIdentities: a person's stored entries are replayed twice");
    const same = careers.get(nameKey) ?? [];
    if (!same.includes(career)) careers.set(nameKey, [...same, career]);
    return career;
  };
  const replay = (announcement: IdentityFact[]) => {
    // People in the order the rules create them: by name as printed, corrected people first, then by position.
    const firstOfName = new Map<string, number>();
    announcement.forEach((f, i) => {
      if (!firstOfName.has(f.nameKey)) firstOfName.set(f.nameKey, i);
    });
    const byPerson = new Map<number, IdentityFact[]>();
    for (const f of announcement) appendTo(byPerson, settled.get(f.ref)!.personId, f);
    const people = [...byPerson.entries()].sort(([, a], [, b]) => {
      const byName = firstOfName.get(a[0].nameKey)! - firstOfName.get(b[0].nameKey)!;
      const pinnedFirst = Number(!a.some((f) => pins.has(f.ref))) - Number(!b.some((f) => pins.has(f.ref)));
      return byName || pinnedFirst || a[0].ordinal - b[0].ordinal;
    });
    for (const [personId, own] of people) {
      const isPinned = own.some((f) => pins.has(f.ref));
      for (const f of own) link(careerOfSettled(personId, f.nameKey, isPinned), [f], settled.get(f.ref)!.reason);
    }
  };

  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].announcementKey === sorted[i].announcementKey) j++;
    const replayed = settled.has(sorted[i].ref);
    if (replayed) {
      for (let k = i; k < j; k++) {
        if (!settled.has(sorted[k].ref)) throw new Error("linkIdentities: an announcement is partly settled");
      }
    } else if (settledSeen < settled.size) {
      throw new Error("linkIdentities: settled facts must come before the others");
    }
    const byName = new Map<string, IdentityFact[]>();
    for (const f of sorted.slice(i, j)) appendTo(byName, f.nameKey, f);
    replaying = replayed;
    // Head posts this announcement gives to a person of another name are handed over before anyone
    // is linked, so that their holder (moved in the same list) is free for other posts.
    for (const f of sorted.slice(i, j)) {
      if (f.singleHolder && opensTenure(f.kind)) handOver(f.postId, (c) => c.cluster.nameKey !== f.nameKey);
    }
    if (replayed) {
      replay(sorted.slice(i, j));
      replaying = false;
      settledSeen += j - i;
      i = j;
      continue;
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
      // Rule 2 first for every group, so that a holder is not taken by another group's looser match.
      const rest: IdentityFact[][] = [];
      for (const group of pending) {
        const d = holderOf(group, unusedCareers(careers, nameKey, used), relate);
        if (!d) {
          rest.push(group);
          continue;
        }
        used.add(d.career!);
        link(d.career!, group, d.reason + moveNote(group));
      }
      for (const group of rest) {
        const d = continuityOrNew(group, unusedCareers(careers, nameKey, used), handovers, relate);
        const career = d.career ?? newCareer(nameKey);
        used.add(career);
        link(career, group, d.reason + moveNote(group));
        for (const s of d.suggest ?? []) {
          suggestions.push({ cluster: career.cluster.id, other: s.career.cluster.id, evidence: s.evidence });
          suggested.push(s.career.cluster);
        }
      }
    }
  }
  // The stored hand-overs are all earlier than whatever a later call decides: the replayed careers
  // keep them as marks, as if the rules had seen those appointments.
  for (const c of replayedNow) {
    for (const h of c.open) {
      if (!h.handedOver && (handovers.get(h.postId) ?? []).some((p) => handsOver(p, h, c))) h.handedOver = true;
    }
  }
  state.touched = touched;
  const clusters = [...touched];
  for (const c of new Set(suggested)) if (!c.refs.length) clusters.push(c);
  return { clusters, links, suggestions };
}

/**
 * Gives each cluster a person id: a corrected, replayed or remembered cluster keeps its person; the others take the
 * person that already holds most of their entries (so ids stay stable across re-derivation),
 * else a new person (null).
 */
export function assignPersons(clusters: IdentityCluster[], currentPerson: Map<string, number | undefined>): Map<number, number | null> {
  const out = new Map<number, number | null>();
  const taken = new Set<number>();
  for (const c of clusters) {
    const known = c.pinnedPersonId ?? c.personId;
    if (known !== undefined) {
      out.set(c.id, known);
      taken.add(known);
    }
  }
  const pairs: { cluster: number; person: number; overlap: number }[] = [];
  for (const c of clusters) {
    if (c.pinnedPersonId !== undefined || c.personId !== undefined) continue;
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

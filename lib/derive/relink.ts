// Re-links the entries of some names to people (lib/derive/identity.ts rules + manual
// corrections) and recomputes the tenures that changed. Derivation never stores facts: an import
// calls linkNames for the entries it is about to store (which gives each its person), stores the
// Action rows itself (lib/import/storeBatch.ts), then calls recomputeTenures; corrections and
// rederiveAll call relinkNames for names already stored. Because the rules run over all entries of
// a name in date order, importing announcements in any order and in any batches converges to the
// same people. Stored entries that come before every fresh one in the linker's order are not decided
// again: they are replayed, or, within one import run that comes after everything stored, taken from
// its CareerBook; only the fresh entries and the stored ones from the first fresh announcement on are decided.
import { Prisma } from "../../generated/prisma/client";
import { loadPins } from "../corrections/payload";
import { type Db, providerOf, type Tx } from "../db/client";
import { appendAll, appendTo } from "../domain/groups";
import { cachedNameKey } from "../domain/names";
import { orgKind } from "../domain/orgs";
import { stage } from "../profile/stages";
import type { CareerBook } from "./careerBook";
import {
  actionRef,
  announcementOrder,
  assignPersons,
  type Handovers,
  type IdentityFact,
  linkIdentities,
  newLinkerState,
  type SettledLink,
} from "./identity";
import { opensTenure } from "./kinds";
import type { OpenTenureBook } from "./openTenures";
import { insertPeople } from "./people";
import { relinkActions } from "./rows";
import { addSuggestions, replaceSuggestions } from "./suggestions";
import {
  type ActionFact,
  continueStoredTenures,
  incrementalTenures,
  isSingleHolderPost,
  postsContinuedBy,
  rederiveTenures,
  rederiveTenuresFor,
} from "./tenures";

/** An entry being imported, not stored yet: linkNames gives it a person, the importer stores it. */
export interface FreshEntry {
  announcementId: number;
  announcementKey: string;
  ordinal: number;
  /** actionRef(announcementKey, ordinal), made once. */
  ref: string;
  personName: string;
  /** nameKey(personName), worked out by the parse worker. */
  nameKey: string;
  postId: number;
  organizationId: number;
  orgName: string;
  postTitle: string;
  kind: string;
  date: string | null;
  spanStart: number;
  spanEnd: number;
}

export interface RelinkResult {
  newPeople: number;
  /** Stored entries whose person or reason changed. */
  changedActions: number;
  /** (post, person) pairs whose tenures may have changed. */
  touched: { postId: number; personId: number }[];
}

/** The link of one entry: its person and why. */
export interface EntryLink {
  personId: number;
  linkReason: string;
}

/** What linkNames decided, for the importer to store the fresh entries and for recomputeTenures. */
export interface LinkPlan extends RelinkResult {
  /** The person and reason of each fresh entry, by actionRef(announcementKey, ordinal). */
  freshLinks: Map<string, EntryLink>;
  /** The people created for clusters nobody held. */
  newPersonIds: Set<number>;
  /** Posts whose tenures go on from their open ones with the fresh entries (see postsContinuedBy). */
  continued: Set<number>;
  rederive: boolean;
  /** The run's open tenures, when its career book decided the batch (chronological): tenures go on from it. */
  tenureBook?: OpenTenureBook;
}

/** A fresh entry once the importer stored it. */
export interface StoredFreshEntry {
  id: number;
  entry: FreshEntry;
  link: EntryLink;
}

interface StoredEntry {
  id: number;
  personId: number;
  linkReason: string;
  postId: number;
  /** announcementOrder of its announcement. */
  order: string;
}

/** Names are looked up a few hundred at a time (SQL has a limit on bound parameters). */
const CHUNK = 500;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

interface ActionRow {
  id: number;
  personId: number;
  personName: string;
  linkReason: string;
  kind: string;
  postId: number;
  date: string | null;
  ordinal: number;
  spanStart: number;
  announcement: { fingerprint: string };
  post: { title: string; organizationId: number; organization: { name: string; kind: string } };
}

/** The entries of the given people with their announcement, post and organ: one joined SELECT per 500 people. */
async function loadActions(tx: Tx, personIds: number[]): Promise<ActionRow[]> {
  const out: ActionRow[] = [];
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await tx.$queryRaw<
      (Omit<ActionRow, "announcement" | "post"> & {
        fingerprint: string;
        title: string;
        organizationId: number;
        orgName: string;
        orgKind: string;
      })[]
    >`SELECT a."id", a."personId", a."personName", a."linkReason", a."kind", a."postId", a."date", a."ordinal", a."spanStart",
        n."fingerprint", p."title", p."organizationId", o."name" AS "orgName", o."kind" AS "orgKind"
      FROM "Action" a
      JOIN "Announcement" n ON n."id" = a."announcementId"
      JOIN "Post" p ON p."id" = a."postId"
      JOIN "Organization" o ON o."id" = p."organizationId"
      WHERE a."personId" IN (${Prisma.join(personIds.slice(i, i + 500))})
      ORDER BY a."id"`;
    for (const r of rows) {
      out.push({
        id: Number(r.id),
        personId: Number(r.personId),
        personName: r.personName,
        linkReason: r.linkReason,
        kind: r.kind,
        postId: Number(r.postId),
        date: r.date,
        ordinal: Number(r.ordinal),
        spanStart: Number(r.spanStart),
        announcement: { fingerprint: r.fingerprint },
        post: { title: r.title, organizationId: Number(r.organizationId), organization: { name: r.orgName, kind: r.orgKind } },
      });
    }
  }
  return out;
}

/**
 * The unit of re-linking: the given names, plus any name whose entries a merge put on the
 * same person (followed until closed), leaving out the names `known` holds already.
 * One query for people and one for entries per round.
 */
async function loadUnit(tx: Tx, keys: Set<string>, known: ReadonlySet<string> = new Set()) {
  const loadedKeys = new Set<string>();
  const people = new Map<number, { id: number; name: string; nameKey: string; mergedIntoId: number | null }>();
  const rows: ActionRow[] = [];
  let pending = [...keys].filter((k) => !known.has(k));
  while (pending.length) {
    for (const k of pending) loadedKeys.add(k);
    const found: { id: number; name: string; nameKey: string; mergedIntoId: number | null }[] = [];
    for (const chunk of chunks(pending)) {
      found.push(
        ...(await tx.person.findMany({
          where: { nameKey: { in: chunk } },
          select: { id: true, name: true, nameKey: true, mergedIntoId: true },
        })),
      );
    }
    const fresh = found.filter((p) => !people.has(p.id));
    for (const p of fresh) people.set(p.id, p);
    const acts = fresh.length
      ? await loadActions(
          tx,
          fresh.map((p) => p.id),
        )
      : [];
    appendAll(rows, acts);
    const next = new Set<string>();
    for (const a of acts) {
      const k = cachedNameKey(a.personName);
      if (!loadedKeys.has(k) && !known.has(k)) next.add(k);
    }
    for (const p of fresh) {
      // merge targets may carry another name
      if (p.mergedIntoId !== null && !people.has(p.mergedIntoId)) {
        const target = await tx.person.findUnique({ where: { id: p.mergedIntoId }, select: { nameKey: true } });
        if (target && !loadedKeys.has(target.nameKey) && !known.has(target.nameKey)) next.add(target.nameKey);
      }
    }
    pending = [...next];
  }
  return { people, rows, keys: loadedKeys };
}

/**
 * Whether every fresh entry is dated after every stored one (none of them undated): then no stored
 * decision can change (the rules look only backwards). One look-up on the Action (date, id) index.
 */
async function comesAfterEverything(tx: Tx, fresh: FreshEntry[]): Promise<boolean> {
  if (fresh.some((f) => f.date === null)) return false;
  let first = fresh[0].date!;
  for (const f of fresh) if (f.date! < first) first = f.date!; // ISO dates: string order is date order
  const [row] = await tx.$queryRaw<{ last: string | null; undated: number | bigint }[]>`
    SELECT (SELECT MAX("date") FROM "Action") AS "last",
      CASE WHEN EXISTS (SELECT 1 FROM "Action" WHERE "date" IS NULL) THEN 1 ELSE 0 END AS "undated"`;
  return !Number(row.undated) && (row.last === null || row.last < first);
}

/** The place in the linker's order of the first fresh announcement (and its date, its sort key). */
function firstAnnouncement(fresh: FreshEntry[]): { order: string; date: string } {
  let order = announcementOrder(fresh[0].date, fresh[0].announcementKey);
  for (const f of fresh) {
    const o = announcementOrder(f.date, f.announcementKey);
    if (o < order) order = o;
  }
  return { order, date: order.slice(0, order.indexOf("\u0000")) };
}

/**
 * With stored entries replayed, only the fresh entries are decided, after every stored one: stored
 * hand-overs matter only to the replayed people who may still hold a head post then (their last
 * stored entry on the post appointed them). A person decided in this run was appointed after every
 * stored appointment, and the careers kept from earlier batches had theirs when they were replayed.
 */
function headPostsHeldAfter(facts: IdentityFact[], settled: Map<string, SettledLink>): number[] {
  const last = new Map<string, IdentityFact>(); // person:post → its latest entry
  for (const f of facts) {
    const s = f.singleHolder ? settled.get(f.ref) : undefined;
    if (!s) continue;
    const key = `${s.personId}:${f.postId}`;
    const before = last.get(key);
    if (!before || announcementOrder(before.date, before.announcementKey) <= announcementOrder(f.date, f.announcementKey)) last.set(key, f);
  }
  const posts = new Set<number>();
  for (const f of last.values()) if (opensTenure(f.kind)) posts.add(f.postId);
  return [...posts];
}

/**
 * Stored appointments to the head posts the unit's people were appointed to. When some of the unit's
 * stored entries are decided again, those of its own names are left out (the linker sees them
 * itself), and only the head posts a replayed person still holds or an entry decided now gives can
 * matter (a hand-over counts only against a post held when an entry is decided). When every stored
 * entry is replayed (chronological), their people are final and every other person's count.
 */
async function loadHandovers(
  tx: Tx,
  facts: IdentityFact[],
  unitKeys: Set<string>,
  settled: Map<string, SettledLink>,
  chronological: boolean,
): Promise<Handovers> {
  const posts = chronological
    ? headPostsHeldAfter(facts, settled)
    : [
        ...new Set([
          ...headPostsHeldAfter(facts, settled),
          ...facts.filter((f) => !settled.has(f.ref) && f.singleHolder && opensTenure(f.kind)).map((f) => f.postId),
        ]),
      ];
  const out: Handovers = new Map();
  if (!posts.length) return out;
  // By post only (a head post holds few actions), kind and date checked here: a condition on the kind
  // lets SQLite's planner walk the (kind, date) index over every appointment instead.
  for (let i = 0; i < posts.length; i += 500) {
    const rows = await tx.$queryRaw<
      { postId: number; date: string | null; personId: number; personName: string; kind: string; fingerprint: string }[]
    >`
      SELECT a."postId", a."date", a."personId", a."personName", a."kind", n."fingerprint" FROM "Action" a JOIN "Announcement" n ON n."id" = a."announcementId"
      WHERE a."postId" IN (${Prisma.join(posts.slice(i, i + 500))})`;
    for (const r of rows) {
      if (!opensTenure(r.kind)) continue;
      if (!chronological && unitKeys.has(cachedNameKey(r.personName))) continue;
      appendTo(out, Number(r.postId), { order: announcementOrder(r.date, r.fingerprint), personId: Number(r.personId) });
    }
  }
  return out;
}

/**
 * Two imports committing at once on PostgreSQL would each re-link a name without the other's
 * entries (and could each create the same new person): a transaction-scoped advisory lock makes
 * re-linking one at a time; later statements then see the other's committed rows. SQLite already
 * lets one writer at a time.
 */
async function serialiseRelinks(tx: Tx): Promise<void> {
  if (providerOf(tx) !== "postgresql") return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(726104)`;
}

/**
 * Re-links every entry of the given names, then recomputes the tenures of the posts whose entries
 * changed hands (corrections, re-derivation: nothing new is stored).
 */
export async function relinkNames(tx: Tx, nameKeys: Iterable<string>, options: { rederive?: boolean } = {}): Promise<RelinkResult> {
  const plan = await linkNames(tx, nameKeys, [], options);
  await recomputeTenures(tx, plan, []);
  return { newPeople: plan.newPeople, changedActions: plan.changedActions, touched: plan.touched };
}

/**
 * Links the entries of the given names and the `fresh` entries (about to be stored) to people:
 * creates the people new clusters need, re-links stored entries whose person or reason changed,
 * and says which person each fresh entry goes to. Call recomputeTenures once the fresh entries
 * are stored. Decides which posts can continue their tenures before the fresh entries are stored.
 */
export async function linkNames(
  tx: Tx,
  nameKeys: Iterable<string>,
  fresh: FreshEntry[] = [],
  options: { rederive?: boolean; book?: CareerBook } = {},
): Promise<LinkPlan> {
  await serialiseRelinks(tx);
  const keys = new Set(nameKeys);
  const namesToRelink = keys.size; // names given to re-link (organs merged): their stored entries are decided again
  for (const f of fresh) keys.add(f.nameKey);
  const pins = await loadPins(tx);
  // The rules look only backwards: no stored decision placed before the first fresh announcement can
  // change. Those entries are replayed, not decided again (linkIdentities' `settled`).
  const cut =
    fresh.length > 0 && namesToRelink === 0 && !(pins.size && fresh.some((f) => pins.has(f.ref))) ? firstAnnouncement(fresh) : null;
  // Entries dated after everything stored (an archive imported in date order): every stored one is replayed.
  const chronological = cut !== null && (await comesAfterEverything(tx, fresh));
  // Otherwise, without corrections (which join people across names), only the stored entries from the
  // cut on are decided again: a page of the same day as stored ones, or of an earlier one.
  const settleBefore = !chronological && pins.size === 0 ? cut : null;
  // A new appointment to a head post hands it over: whoever held it may now be free for other posts
  // (not when it comes after every stored entry: their decisions were made before it).
  const freshHeads = chronological
    ? []
    : [...new Set(fresh.filter((f) => opensTenure(f.kind) && isSingleHolderPost(f.postTitle)).map((f) => f.postId))];
  // The run's careers stand in for the stored entries of the names it has met (one person per name:
  // corrections can join names, so with any correction every name is read again).
  const book = chronological && pins.size === 0 ? options.book : undefined;
  if (book) await book.begin(tx);
  else options.book?.reset();
  for (const chunk of chunks(freshHeads)) {
    // With a cut, only holders with entries from its date on can decide differently.
    const holders = settleBefore
      ? await tx.$queryRaw<{ personName: string }[]>`
          SELECT DISTINCT a."personName" FROM "Action" a WHERE a."postId" IN (${Prisma.join(chunk)}) AND EXISTS (
            SELECT 1 FROM "Action" b WHERE b."personName" = a."personName" AND (b."date" >= ${settleBefore.date} OR b."date" IS NULL))`
      : await tx.$queryRaw<{ personName: string }[]>`SELECT DISTINCT "personName" FROM "Action" WHERE "postId" IN (${Prisma.join(chunk)})`;
    for (const h of holders) keys.add(cachedNameKey(h.personName));
  }
  stage("people: holders of head posts");
  const unit = await loadUnit(tx, keys, book?.names);
  stage("people: names' stored entries loaded");

  const facts: IdentityFact[] = [];
  const stored = new Map<string, StoredEntry>();
  const currentPerson = new Map<string, number | undefined>();
  for (const a of unit.rows) {
    const ref = actionRef(a.announcement.fingerprint, a.ordinal);
    const order = announcementOrder(a.date, a.announcement.fingerprint);
    stored.set(ref, { id: a.id, personId: a.personId, linkReason: a.linkReason, postId: a.postId, order });
    currentPerson.set(ref, a.personId);
    facts.push({
      ref,
      name: a.personName,
      nameKey: cachedNameKey(a.personName),
      kind: a.kind,
      postId: a.postId,
      organizationId: a.post.organizationId,
      orgName: a.post.organization.name,
      orgKind: a.post.organization.kind,
      postTitle: a.post.title,
      date: a.date,
      announcementKey: a.announcement.fingerprint,
      ordinal: a.ordinal,
      clauseStart: a.spanStart,
      singleHolder: isSingleHolderPost(a.post.title),
    });
  }
  const freshByRef = new Map<string, FreshEntry>();
  for (const f of fresh) {
    const ref = f.ref;
    freshByRef.set(ref, f);
    facts.push({
      ref,
      name: f.personName,
      nameKey: f.nameKey,
      kind: f.kind,
      postId: f.postId,
      organizationId: f.organizationId,
      orgName: f.orgName,
      orgKind: orgKind(f.orgName),
      postTitle: f.postTitle,
      date: f.date,
      announcementKey: f.announcementKey,
      ordinal: f.ordinal,
      clauseStart: f.spanStart,
      singleHolder: isSingleHolderPost(f.postTitle),
    });
  }

  stage("people: facts built");
  const settled = new Map<string, SettledLink>();
  for (const [ref, s] of stored) {
    if (chronological || (settleBefore && s.order < settleBefore.order)) settled.set(ref, { personId: s.personId, reason: s.linkReason });
  }
  const handovers = await loadHandovers(tx, facts, unit.keys, settled, chronological);
  stage("people: handovers loaded");
  const state = book?.state ?? newLinkerState();
  const { clusters, links, suggestions } = linkIdentities(facts, pins, handovers, undefined, settled, state);
  stage("people: identity rules");
  const assigned = assignPersons(clusters, currentPerson);
  const factByRef = new Map(facts.map((f) => [f.ref, f]));

  // New people for clusters nobody holds yet, named as first printed (one insert for all).
  const personOfCluster = new Map<number, number>();
  const unheld: { cluster: number; name: string; nameKey: string }[] = [];
  for (const c of clusters) {
    const id = assigned.get(c.id) ?? null;
    if (id === null) {
      const first = factByRef.get(c.refs[0])!;
      unheld.push({ cluster: c.id, name: first.name, nameKey: first.nameKey });
    } else personOfCluster.set(c.id, id);
  }
  if (unheld.length) {
    const ids = await insertPeople(tx, unheld);
    for (const [i, u] of unheld.entries()) personOfCluster.set(u.cluster, ids[i]);
  }
  for (const c of clusters) c.personId ??= personOfCluster.get(c.id); // the book's careers know their people from now on
  if (book) for (const k of [...keys, ...unit.keys]) book.names.add(k);
  const newPeople = unheld.length;
  const newPersonIds = new Set(unheld.map((u) => personOfCluster.get(u.cluster)!));

  // Stored entries whose person or reason changed: one UPDATE per few hundred.
  const touched = new Map<string, { postId: number; personId: number }>();
  const touch = (postId: number, personId: number) => touched.set(`${postId}:${personId}`, { postId, personId });
  const relinked: { id: number; personId: number; linkReason: string }[] = [];
  let changedActions = 0;
  for (const [ref, s] of stored) {
    const link = links.get(ref)!;
    const personId = personOfCluster.get(link.cluster)!;
    if (personId === s.personId && link.reason === s.linkReason) continue;
    changedActions++;
    if (personId !== s.personId) {
      touch(s.postId, s.personId);
      touch(s.postId, personId);
    }
    relinked.push({ id: s.id, personId, linkReason: link.reason });
  }
  stage("people: new people stored");
  await relinkActions(tx, relinked);
  stage("people: stored entries re-linked");

  // Posts whose new entries all come after their stored ones (chronological imports): their
  // tenures go on from the open ones instead of being recomputed (decided before the entries are stored).
  const rederive = options.rederive !== false;
  // After everything stored, every post the fresh entries name goes on (postsContinuedBy would say so post by post).
  const continued =
    rederive && incrementalTenures.enabled && fresh.length
      ? chronological
        ? new Set(fresh.map((f) => f.postId))
        : await postsContinuedBy(tx, fresh)
      : new Set<number>();
  for (const t of touched.values()) continued.delete(t.postId); // entries that changed hands: their tenures are recomputed
  const freshLinks = new Map<string, EntryLink>();
  for (const [ref, f] of freshByRef) {
    const link = links.get(ref)!;
    const personId = personOfCluster.get(link.cluster)!;
    touch(f.postId, personId);
    freshLinks.set(ref, { personId, linkReason: link.reason });
  }

  stage("tenures: continuable posts");
  await settlePeople(tx, unit.people, stored, links, personOfCluster);
  stage("people: redirects");
  if (chronological) await addSuggestions(tx, suggestions, personOfCluster);
  else if (settleBefore) {
    // A suggestion is made by the entries that create its person: those of people with a replayed
    // entry were made before the cut and stand; the others' are made again.
    const replayed = new Set([...settled.values()].map((s) => s.personId));
    const decided = [...unit.people.keys(), ...personOfCluster.values()].filter((id) => !replayed.has(id));
    await replaceSuggestions(tx, decided, suggestions, personOfCluster);
  } else await replaceSuggestions(tx, [...unit.people.keys(), ...personOfCluster.values()], suggestions, personOfCluster);
  stage("people: suggestions stored");
  return {
    newPeople,
    changedActions,
    touched: [...touched.values()],
    freshLinks,
    newPersonIds,
    continued,
    rederive,
    tenureBook: book?.tenures,
  };
}

/**
 * Recomputes the tenures a LinkPlan touched, once its fresh entries are stored: posts it could
 * continue go on from their open tenures, the others are derived again from their entries.
 */
export async function recomputeTenures(tx: Tx, plan: LinkPlan, stored: StoredFreshEntry[]): Promise<void> {
  if (!plan.rederive) return;
  const freshFacts: ActionFact[] = stored
    .filter((s) => plan.continued.has(s.entry.postId))
    .map(({ id, entry: f, link }) => ({
      id,
      personId: link.personId,
      postId: f.postId,
      kind: f.kind,
      date: f.date,
      announcementKey: f.announcementKey,
      ordinal: f.ordinal,
      singleHolder: isSingleHolderPost(f.postTitle),
    }));
  const book = plan.tenureBook;
  const fallback = new Set(freshFacts.length ? await continueStoredTenures(tx, freshFacts, book) : []);
  const rederived = plan.touched.filter((t) => !plan.continued.has(t.postId) || fallback.has(t.postId));
  await rederiveTenuresFor(tx, rederived);
  book?.forget(rederived.map((t) => t.postId));
}

/**
 * People left without entries now redirect to whoever took most of them (old URLs keep
 * working); people holding entries again stop redirecting.
 */
async function settlePeople(
  tx: Tx,
  people: Map<number, { id: number; mergedIntoId: number | null }>,
  stored: Map<string, StoredEntry>,
  links: Map<string, { cluster: number }>,
  personOfCluster: Map<number, number>,
) {
  const holders = new Set(personOfCluster.values());
  const wentTo = new Map<number, Map<number, number>>(); // old person → new person → count
  for (const [ref, s] of stored) {
    const now = personOfCluster.get(links.get(ref)!.cluster)!;
    const m = wentTo.get(s.personId) ?? new Map<number, number>();
    m.set(now, (m.get(now) ?? 0) + 1);
    wentTo.set(s.personId, m);
  }
  for (const p of people.values()) {
    if (holders.has(p.id)) {
      if (p.mergedIntoId !== null) await tx.person.update({ where: { id: p.id }, data: { mergedIntoId: null } });
      continue;
    }
    const targets = [...(wentTo.get(p.id) ?? new Map<number, number>())].filter(([to]) => to !== p.id).sort((a, b) => b[1] - a[1]);
    if (targets.length && p.mergedIntoId === null) {
      await tx.person.update({ where: { id: p.id }, data: { mergedIntoId: targets[0][0] } });
    }
  }
}

/**
 * Re-links every entry of every name in date order, re-applies the corrections and
 * recomputes all tenures. Works in batches of names, one transaction each.
 */
export async function rederiveAll(db: Db, options: { batch?: number; onProgress?: (done: number, total: number) => void } = {}) {
  const batch = options.batch ?? 500;
  const keys = (await db.person.findMany({ distinct: ["nameKey"], select: { nameKey: true }, orderBy: { nameKey: "asc" } })).map(
    (p) => p.nameKey,
  );
  let changedActions = 0;
  let newPeople = 0;
  for (let i = 0; i < keys.length; i += batch) {
    const chunk = keys.slice(i, i + batch);
    const r = await db.$transaction((tx) => relinkNames(tx, chunk, { rederive: false }), { maxWait: 60_000, timeout: 10 * 60_000 });
    changedActions += r.changedActions;
    newPeople += r.newPeople;
    options.onProgress?.(Math.min(i + batch, keys.length), keys.length);
  }
  const posts = (await db.post.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  for (let i = 0; i < posts.length; i += 5000) {
    const chunk = posts.slice(i, i + 5000);
    await db.$transaction((tx) => rederiveTenures(tx, chunk), { maxWait: 60_000, timeout: 10 * 60_000 });
  }
  return { names: keys.length, changedActions, newPeople, posts: posts.length };
}

// A person's page: the posts held (tenures, grouped by organ, newest first) and the announcements
// that changed them (a removal and an appointment in one announcement read as a move).
import type { Db } from "../db/client";
import { closesTenure, opensTenure } from "../derive/kinds";
import { asOfDate, coverageByIssuer, type IssuerCoverage, unknownStart } from "./coverage";

export interface ActionRef {
  actionId: number;
  announcementId: number;
  number: string | null;
  date: string | null;
  kind: string;
  issuer: string;
}

export interface TimelinePost {
  tenureId: number;
  postId: number;
  title: string;
  rank: number;
}

/** Posts in one organ held from the same announcement to the same one (副院长、审判委员会委员、审判员). */
export interface TimelineItem {
  posts: TimelinePost[];
  start: ActionRef | null;
  end: ActionRef | null;
  /** null start date with a known end = held from an unknown date "before end". */
  startDate: string | null;
  endDate: string | null;
  status: string;
  acting: boolean;
  /** Still held: up to which date the data can say so (its issuer's last announcement held). */
  asOf?: string | null;
  /** Start unknown: whether the removal is in the issuer's first announcement held (held before the data begins). */
  unknownStart?: "before-coverage" | "not-held";
  /** Start unknown: the date of the issuer's first announcement held. */
  coverageStart?: string | null;
}

export interface OrganTimeline {
  organization: { id: number; name: string; kind: string };
  items: TimelineItem[];
}

export interface PostChange {
  organization: { id: number; name: string };
  titles: string[];
  /** First action of the group: the link target for its clause. */
  actionId: number;
  kind: string;
}

export interface TimelineEvent {
  announcement: { id: number; number: string | null; date: string | null; issuer: string };
  type: "move" | "appointed" | "left";
  opened: PostChange[];
  closed: PostChange[];
}

const ANNOUNCEMENT = { select: { id: true, number: true, date: true, issuer: true } } as const;

/** Follows merges to the surviving person (old ids keep resolving). */
export async function survivingPersonId(db: Db, id: number): Promise<number | null> {
  let current = id;
  for (let hops = 0; hops < 20; hops++) {
    const p = await db.person.findUnique({ where: { id: current }, select: { mergedIntoId: true } });
    if (!p) return null;
    if (p.mergedIntoId === null) return current;
    current = p.mergedIntoId;
  }
  return current;
}

export async function personTimeline(db: Db, id: number) {
  const person = await db.person.findUnique({
    where: { id },
    select: { id: true, name: true, nameKey: true, pinyin: true, initials: true, mergedIntoId: true },
  });
  if (!person) return null;
  const [tenures, actions] = await Promise.all([
    db.tenure.findMany({
      where: { personId: id },
      select: {
        id: true,
        postId: true,
        startActionId: true,
        endActionId: true,
        startDate: true,
        endDate: true,
        status: true,
        acting: true,
        post: { select: { title: true, rank: true, organization: { select: { id: true, name: true, kind: true } } } },
      },
    }),
    db.action.findMany({
      where: { personId: id },
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { announcementId: "desc" }, { ordinal: "asc" }],
      select: {
        id: true,
        kind: true,
        date: true,
        ordinal: true,
        announcement: ANNOUNCEMENT,
        post: { select: { id: true, title: true, rank: true, organization: { select: { id: true, name: true } } } },
      },
    }),
  ]);
  // Tenures may point at actions of other people only after a correction; fetch what is missing.
  const known = new Map(actions.map((a) => [a.id, a]));
  const ref = (actionId: number | null): ActionRef | null => {
    const a = actionId === null ? undefined : known.get(actionId);
    return a
      ? {
          actionId: a.id,
          announcementId: a.announcement.id,
          number: a.announcement.number,
          date: a.date,
          kind: a.kind,
          issuer: a.announcement.issuer,
        }
      : null;
  };
  const coverage = await coverageByIssuer(db, [...new Set(actions.map((a) => a.announcement.issuer))]);
  const organs = groupByOrgan(tenures.map((t) => ({ ...t, start: ref(t.startActionId), end: ref(t.endActionId) })));
  return {
    person,
    organs: withCoverage(organs, coverage),
    events: eventsOf(actions),
    tenureIds: tenures.map((t) => t.id),
    actionCount: actions.length,
    coverage,
    /** Up to which date the data can tell what the person holds now. */
    asOf: asOfDate(coverage),
  };
}

/** Says, on each item, what the data covers: the date a post still held is known up to, or why a start is unknown. Pure. */
export function withCoverage(organs: OrganTimeline[], coverage: IssuerCoverage[]): OrganTimeline[] {
  const of = new Map(coverage.map((c) => [c.issuer, c]));
  for (const o of organs) {
    for (const i of o.items) {
      if (!i.end) i.asOf = of.get(i.start?.issuer ?? "")?.last ?? null;
      if (!i.start) {
        const c = of.get(i.end?.issuer ?? "");
        i.unknownStart = unknownStart(i.endDate, c);
        i.coverageStart = c?.first ?? null;
      }
    }
  }
  return organs;
}

export type PersonTimeline = NonNullable<Awaited<ReturnType<typeof personTimeline>>>;

interface TenureIn {
  id: number;
  postId: number;
  startDate: string | null;
  endDate: string | null;
  status: string;
  acting: boolean;
  start: ActionRef | null;
  end: ActionRef | null;
  post: { title: string; rank: number; organization: { id: number; name: string; kind: string } };
}

/** When a tenure item happened, for newest-first order: its start, or for an unknown start its end. */
function itemDate(i: Pick<TimelineItem, "startDate" | "endDate">): string {
  return i.startDate ?? i.endDate ?? "";
}

/** Groups tenures by organ, joins posts held over the same span, newest first. Pure. */
export function groupByOrgan(tenures: TenureIn[]): OrganTimeline[] {
  const organs = new Map<number, OrganTimeline>();
  const items = new Map<string, TimelineItem>();
  for (const t of tenures) {
    const org = t.post.organization;
    if (!organs.has(org.id)) organs.set(org.id, { organization: org, items: [] });
    const key = [org.id, t.start?.announcementId ?? `s${t.startDate}`, t.end?.announcementId ?? `e${t.endDate}`, t.status, t.acting].join(
      "|",
    );
    let item = items.get(key);
    if (!item) {
      item = { posts: [], start: t.start, end: t.end, startDate: t.startDate, endDate: t.endDate, status: t.status, acting: t.acting };
      items.set(key, item);
      organs.get(org.id)!.items.push(item);
    }
    item.posts.push({ tenureId: t.id, postId: t.postId, title: t.post.title, rank: t.post.rank });
  }
  const out = [...organs.values()];
  for (const o of out) {
    for (const i of o.items) i.posts.sort((a, b) => a.rank - b.rank);
    o.items.sort((a, b) => itemDate(b).localeCompare(itemDate(a)) || (a.end ? 1 : 0) - (b.end ? 1 : 0));
  }
  const latest = (o: OrganTimeline) => o.items.map(itemDate).sort().at(-1) ?? "";
  const holdsNow = (o: OrganTimeline) => (o.items.some((i) => !i.end) ? 1 : 0);
  // Newest first; on the same date (a move) the organ held now before the one left.
  return out.sort((a, b) => latest(b).localeCompare(latest(a)) || holdsNow(b) - holdsNow(a));
}

interface ActionIn {
  id: number;
  kind: string;
  announcement: { id: number; number: string | null; date: string | null; issuer: string };
  post: { title: string; organization: { id: number; name: string } };
}

function changes(actions: ActionIn[]): PostChange[] {
  const byOrg = new Map<string, PostChange>();
  for (const a of actions) {
    const key = `${a.post.organization.id}|${a.kind}`;
    const c = byOrg.get(key) ?? { organization: a.post.organization, titles: [], actionId: a.id, kind: a.kind };
    c.titles.push(a.post.title);
    byOrg.set(key, c);
  }
  return [...byOrg.values()];
}

/** One event per announcement, in the order given (newest first); removal + appointment = move. Pure. */
export function eventsOf(actions: ActionIn[]): TimelineEvent[] {
  const byAnnouncement = new Map<number, ActionIn[]>();
  for (const a of actions) {
    const list = byAnnouncement.get(a.announcement.id) ?? [];
    list.push(a);
    byAnnouncement.set(a.announcement.id, list);
  }
  return [...byAnnouncement.values()].map((list) => {
    const opened = changes(list.filter((a) => opensTenure(a.kind)));
    const closed = changes(list.filter((a) => closesTenure(a.kind)));
    const type = opened.length && closed.length ? "move" : opened.length ? "appointed" : "left";
    return { announcement: list[0].announcement, type, opened, closed };
  });
}

// Feeds of new decisions: the announcements stored most recently (all of them, those touching one
// organ, or those naming one person), each entry listing its entries in that scope and its source.
import type { Prisma } from "../../generated/prisma/client";
import type { Db } from "../db/client";
import { provenance } from "../queries/provenance";
import { type AtomFeed, dayInChongqing } from "./atom";

export type FeedScope = { kind: "all" } | { kind: "org"; id: number; name: string } | { kind: "person"; id: number; name: string };

/** Entries per feed: a reader polls often; the site keeps the full history. */
export const FEED_ENTRIES = 50;
/** Entries listed in one summary before "and N more". */
const LISTED = 40;

function scoped(scope: FeedScope): Prisma.ActionWhereInput {
  if (scope.kind === "org") return { post: { organizationId: scope.id } };
  if (scope.kind === "person") return { personId: scope.id };
  return {};
}

export async function decisionFeed(db: Db, scope: FeedScope, origin: string): Promise<AtomFeed> {
  const actionsWhere = scoped(scope);
  const announcements = await db.announcement.findMany({
    where: scope.kind === "all" ? {} : { actions: { some: actionsWhere } },
    orderBy: { id: "desc" },
    take: FEED_ENTRIES,
    select: {
      id: true,
      issuer: true,
      number: true,
      date: true,
      meeting: true,
      source: { select: { importedAt: true, url: true, publication: true } },
      actions: {
        where: actionsWhere,
        orderBy: { ordinal: "asc" },
        select: { kind: true, personName: true, post: { select: { title: true, organization: { select: { name: true } } } } },
      },
    },
  });
  const path = scope.kind === "org" ? `/orgs/${scope.id}` : scope.kind === "person" ? `/people/${scope.id}` : "";
  const title =
    scope.kind === "org" ? `${scope.name}：人事任免` : scope.kind === "person" ? `${scope.name}：人事任免` : "任免 Renmian：新近的人事任免";
  const entries = announcements.map((a) => {
    const src = provenance(a.source);
    const lines = a.actions.slice(0, LISTED).map((x) => `${x.kind} ${x.personName} ${x.post.organization.name}${x.post.title}`);
    if (a.actions.length > LISTED) lines.push(`……另 ${a.actions.length - LISTED} 项`);
    lines.push(`来源：${[src.publication, src.url].filter(Boolean).join(" ") || "未载明"}`);
    if (a.meeting) lines.unshift(a.meeting);
    return {
      id: `${origin}/announcements/${a.id}`,
      title: `${a.issuer}${a.number ? ` 公告${a.number}` : ""}（${a.date ?? "日期未载明"}，${a.actions.length} 项）`,
      updated: a.source.importedAt.toISOString(),
      ...(a.date ? { published: dayInChongqing(a.date) } : {}),
      link: `${origin}/announcements/${a.id}`,
      summary: lines.join("\n"),
      categories: [...new Set(a.actions.map((x) => x.kind))],
    };
  });
  // The newest entry's time (ISO strings of one form sort as times); an empty feed is as of now.
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? new Date().toISOString();
  return {
    id: `${origin}${path}/feed.atom`,
    title,
    subtitle: "据公告原文提取；每条附公告与来源。",
    self: `${origin}${path}/feed.atom`,
    alternate: `${origin}${path || "/"}`,
    updated,
    author: "任免 Renmian",
    entries,
  };
}

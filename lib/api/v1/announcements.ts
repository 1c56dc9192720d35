// GET /api/v1/announcements (newest first, keyset by id) and /api/v1/announcements/{id}: an
// announcement with its entries, each entry's span in the source text, and the source itself.

import { isActing } from "../../derive/kinds";
import { groupOfKind } from "../../domain/actionGroups";
import { provenance } from "../../queries/provenance";
import type { ApiContext } from "../handler";
import { ApiError } from "../http";
import { announcementUrl, personUrl } from "./facts";
import { limitParam, pathId } from "./params";

const summary = {
  id: true,
  issuer: true,
  number: true,
  date: true,
  meeting: true,
  entryCount: true,
  source: { select: { url: true, publication: true } },
} as const;

export async function listAnnouncements({ db, url, origin }: ApiContext) {
  const limit = limitParam(url, 50, 200);
  const before = url.searchParams.get("before");
  let beforeId: number | undefined;
  if (before !== null) {
    beforeId = Number(before);
    if (!Number.isInteger(beforeId) || beforeId < 1) throw new ApiError(400, "bad-before", "before must be an announcement id");
  }
  const rows = await db.announcement.findMany({
    where: beforeId ? { id: { lt: beforeId } } : {},
    orderBy: { id: "desc" },
    take: limit + 1,
    select: summary,
  });
  const page = rows.slice(0, limit);
  const next = rows.length > limit ? `${origin}/api/v1/announcements?limit=${limit}&before=${page.at(-1)!.id}` : null;
  return {
    order: "newest stored first (by id)",
    announcements: page.map((a) => ({
      id: a.id,
      issuer: a.issuer,
      number: a.number,
      date: a.date,
      meeting: a.meeting,
      entries: a.entryCount,
      url: announcementUrl(origin, a.id),
      api: `${origin}/api/v1/announcements/${a.id}`,
      source: provenance(a.source),
    })),
    next,
  };
}

export async function getAnnouncement({ db, params, origin }: ApiContext) {
  const id = pathId(params.id, "announcement");
  const a = await db.announcement.findUnique({
    where: { id },
    select: {
      ...summary,
      spanStart: true,
      spanEnd: true,
      source: {
        select: { id: true, name: true, url: true, publication: true, encoding: true, sha256: true, importedAt: true, text: true },
      },
      actions: {
        orderBy: { ordinal: "asc" },
        select: {
          id: true,
          ordinal: true,
          kind: true,
          date: true,
          personName: true,
          personId: true,
          linkReason: true,
          spanStart: true,
          spanEnd: true,
          post: { select: { id: true, title: true, organization: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!a) throw new ApiError(404, "not-found", `no announcement ${id}`);
  const text = a.source.text;
  return {
    id: a.id,
    issuer: a.issuer,
    number: a.number,
    date: a.date,
    meeting: a.meeting,
    url: announcementUrl(origin, a.id),
    span: [a.spanStart, a.spanEnd],
    entries: a.actions.map((x) => ({
      id: x.id,
      ordinal: x.ordinal,
      kind: x.kind,
      group: groupOfKind(x.kind),
      acting: isActing(x.kind),
      date: x.date,
      person: { id: x.personId, name: x.personName, url: personUrl(origin, x.personId), link: `derived: ${x.linkReason}` },
      organization: x.post.organization,
      post: { id: x.post.id, title: x.post.title },
      span: [x.spanStart, x.spanEnd],
      clause: text.slice(x.spanStart, x.spanEnd),
    })),
    source: {
      ...provenance(a.source),
      name: a.source.name,
      encoding: a.source.encoding,
      sha256: a.source.sha256,
      imported_at: a.source.importedAt.toISOString(),
      spans: "offsets are UTF-16 code units into text (JavaScript string indices)",
      text,
    },
  };
}

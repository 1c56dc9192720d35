// GET /api/v1/orgs/{id}/changes?from=&to=: who joined and who left the organ's posts between two
// dates (holders compared on both dates), and the announcements in between that changed it.

import type { Db } from "../../db/client";
import { changeSummary, orgChanges, type RosterRow, rosterAt } from "../../queries/organs";
import { actionProvenance } from "../../queries/provenance";
import type { ApiContext } from "../handler";
import { ApiError } from "../http";
import { announcementUrl } from "./facts";
import { organOr404, rosterEntry } from "./organs";
import { dateParam } from "./params";

/**
 * Who held which post on `from` and on `to`, compared by (person, post). Holders whose start is
 * unknown are left out: whether they held the post on `from` cannot be said.
 */
async function rosterDiff(db: Db, organizationId: number, from: string, to: string) {
  const [a, b] = await Promise.all([rosterAt(db, organizationId, { at: from }), rosterAt(db, organizationId, { at: to })]);
  const key = (r: RosterRow) => `${r.person.id}:${r.post.id}`;
  const before = new Map(a.rows.filter((r) => r.startKnown).map((r) => [key(r), r]));
  const after = new Map(b.rows.filter((r) => r.startKnown).map((r) => [key(r), r]));
  return {
    from: a.at,
    to: b.at,
    joined: [...after.values()].filter((r) => !before.has(key(r))),
    gone: [...before.values()].filter((r) => !after.has(key(r))),
    stayed: [...after.values()].filter((r) => before.has(key(r))),
  };
}

export async function getChanges({ db, params, url, origin }: ApiContext) {
  const org = await organOr404(db, params.id);
  const from = dateParam(url, "from");
  const to = dateParam(url, "to");
  if (!from || !to) throw new ApiError(400, "missing-dates", "from and to (YYYY-MM-DD) are required");
  if (from > to) throw new ApiError(400, "bad-dates", "from must not be after to");
  const diff = await rosterDiff(db, org.id, from, to);
  const goneTenures = await db.tenure.findMany({
    where: { id: { in: diff.gone.map((r) => r.tenureId) } },
    select: { id: true, endActionId: true },
  });
  const endOf = new Map(goneTenures.map((t) => [t.id, t.endActionId]));
  const cited = await actionProvenance(db, [
    ...[...diff.joined, ...diff.gone].flatMap((r) => (r.start ? [r.start.actionId] : [])),
    ...goneTenures.flatMap((t) => (t.endActionId === null ? [] : [t.endActionId])),
  ]);
  const [announcements, counts] = await Promise.all([
    orgChanges(db, org.id, { from, to, pageSize: 50 }),
    changeSummary(db, org.id, { from, to }),
  ]);
  return {
    organization: { id: org.id, name: org.name, kind: org.kind, url: `${origin}/orgs/${org.id}` },
    from: diff.from,
    to: diff.to,
    note: "holders whose start is unknown are left out of joined/left: whether they held the post on `from` cannot be said",
    joined: diff.joined.map((r) => rosterEntry(origin, r, cited)),
    left: diff.gone.map((r) => {
      const end = endOf.get(r.tenureId);
      return rosterEntry(origin, r, cited, end == null ? undefined : cited.get(end));
    }),
    stayed: diff.stayed.length,
    counts: { ...counts, note: "each a person in one announcement, unknown starts included (as the organ page's change log counts them)" },
    announcements_total: announcements.total,
    announcements: announcements.rows.map((g) => ({
      ...g.announcement,
      url: announcementUrl(origin, g.announcement.id),
      came: g.came.map((c) => c.person),
      left: g.left.map((c) => c.person),
      moved_within: g.movedWithin.map((c) => c.person),
    })),
  };
}

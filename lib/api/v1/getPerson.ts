// GET /api/v1/people/{id}: a person with the posts held (derived tenures, each citing the actions
// that opened and closed it) and every action naming them, each with its announcement and source.
import { rowSelect, SourceTexts } from "../../queries/actions/rows";
import { personTimeline, survivingPersonId } from "../../queries/person";
import { actionProvenance } from "../../queries/provenance";
import type { ApiContext } from "../handler";
import { ApiError } from "../http";
import { actionFact, citedAction, personUrl, TENURE_RULE } from "./facts";
import { pathId } from "./params";

export async function getPerson({ db, params, origin }: ApiContext) {
  const asked = pathId(params.id, "person");
  const id = await survivingPersonId(db, asked);
  const timeline = id === null ? null : await personTimeline(db, id);
  if (!timeline) throw new ApiError(404, "not-found", `no person ${asked}`);
  const items = timeline.organs.flatMap((o) => o.items.map((item) => ({ organization: o.organization, item })));
  const cited = await actionProvenance(
    db,
    items.flatMap(({ item }) => [item.start?.actionId, item.end?.actionId].filter((x): x is number => x !== undefined)),
  );
  const actions = await db.action.findMany({
    where: { personId: timeline.person.id },
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { announcementId: "desc" }, { ordinal: "asc" }],
    select: { ...rowSelect, linkReason: true },
  });
  await new SourceTexts(db).attachClauses(actions);
  return {
    id: timeline.person.id,
    ...(asked !== timeline.person.id ? { merged_from: asked } : {}),
    name: timeline.person.name,
    pinyin: timeline.person.pinyin,
    url: personUrl(origin, timeline.person.id),
    tenures: items.flatMap(({ organization, item }) =>
      item.posts.map((p) => ({
        organization: { id: organization.id, name: organization.name },
        post: { id: p.postId, title: p.title },
        status: item.status,
        acting: item.acting,
        start_date: item.startDate,
        end_date: item.endDate,
        start: citedAction(origin, item.start ? cited.get(item.start.actionId) : undefined),
        end: citedAction(origin, item.end ? cited.get(item.end.actionId) : undefined),
        basis: TENURE_RULE,
      })),
    ),
    actions: actions.map((a) => ({ ...actionFact(origin, a), person_link: `derived: ${a.linkReason}` })),
  };
}

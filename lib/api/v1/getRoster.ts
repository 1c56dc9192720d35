// GET /api/v1/orgs/{id}/roster?at=YYYY-MM-DD: who held which post in the organ on a date (default today).
import { rosterAt } from "../../queries/organs";
import { actionProvenance } from "../../queries/provenance";
import type { ApiContext } from "../handler";
import { organOr404, rosterEntry } from "./organs";
import { dateParam } from "./params";

export async function getRoster({ db, params, url, origin }: ApiContext) {
  const org = await organOr404(db, params.id);
  const roster = await rosterAt(db, org.id, { at: dateParam(url, "at") });
  const cited = await actionProvenance(
    db,
    roster.rows.flatMap((r) => (r.start ? [r.start.actionId] : [])),
  );
  return {
    organization: { id: org.id, name: org.name, kind: org.kind, url: `${origin}/orgs/${org.id}` },
    at: roster.at,
    roster: roster.rows.map((r) => rosterEntry(origin, r, cited)),
  };
}

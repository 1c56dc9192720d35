// Shared by the organ operations: the organ or a 404, and a roster row stated with its provenance.
import type { Db } from "../../db/client";
import type { RosterRow } from "../../queries/organs";
import { organization } from "../../queries/organs";
import type { ActionProvenance } from "../../queries/provenance";
import { ApiError } from "../http";
import { citedAction, personUrl, TENURE_RULE } from "./facts";
import { pathId } from "./params";

export async function organOr404(db: Db, id: string | undefined) {
  const orgId = pathId(id, "organization");
  const org = await organization(db, orgId);
  if (!org) throw new ApiError(404, "not-found", `no organization ${orgId}`);
  return org;
}

export function rosterEntry(origin: string, r: RosterRow, cited: Map<number, ActionProvenance>, ended?: ActionProvenance) {
  return {
    post: { id: r.post.id, title: r.post.title, rank: r.post.rank },
    person: { id: r.person.id, name: r.person.name, url: personUrl(origin, r.person.id) },
    start_date: r.startDate,
    start_known: r.startKnown,
    held_before: r.startKnown ? null : r.endDate,
    acting: r.acting,
    start: citedAction(origin, r.start ? cited.get(r.start.actionId) : undefined),
    ...(ended ? { end: citedAction(origin, ended) } : {}),
    basis: TENURE_RULE,
  };
}

// A person's identity inferences for their page: the "可能是同一人" suggestions touching them (either
// side) with the namesake's latest organ, and per announcement the rule that linked their entries.
import type { Db } from "../db/client";
import { type Inference, identityInference } from "../derive/inferences";
import { latestOrgans } from "./correctionPage";

export interface SuggestionView {
  id: number;
  other: { id: number; name: string; latestOrgan: string | null; latestDate: string | null };
  evidence: string;
}

export async function identitySuggestions(db: Db, personId: number): Promise<SuggestionView[]> {
  const rows = await db.identitySuggestion.findMany({
    where: { OR: [{ personId }, { otherPersonId: personId }] },
    orderBy: { id: "asc" },
  });
  const others = rows.map((r) => (r.personId === personId ? r.otherPersonId : r.personId));
  const [people, latest] = await Promise.all([
    db.person.findMany({ where: { id: { in: others } }, select: { id: true, name: true } }),
    latestOrgans(db, others),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((r, i) => {
    const id = others[i];
    const l = latest.get(id);
    return {
      id: r.id,
      other: { id, name: names.get(id) ?? "", latestOrgan: l?.orgName ?? null, latestDate: l?.date ?? null },
      evidence: r.evidence,
    };
  });
}

/** Announcement id → the identity inference that linked this person's entries in it (inferred links only). */
export async function identityInferencesByAnnouncement(db: Db, personId: number): Promise<Map<number, Inference>> {
  const rows = await db.action.findMany({
    where: { personId },
    orderBy: [{ announcementId: "asc" }, { ordinal: "asc" }],
    select: { announcementId: true, linkReason: true },
  });
  const out = new Map<number, Inference>();
  for (const r of rows) {
    if (out.has(r.announcementId)) continue;
    const inference = identityInference(r.linkReason);
    if (inference) out.set(r.announcementId, inference);
  }
  return out;
}

// Links a printed name in an action to a person, with the reason, by explainable rules.
import { nameInitials, nameKey, namePinyin } from "../domain/names";
import { closesTenure } from "./kinds";
import type { Tx } from "./tenures";

export interface NameInAction {
  name: string;
  kind: string;
  postId: number;
  organizationId: number;
}

export interface PersonLink {
  personId: number;
  /** The name key the person was found under, for the caller's same-announcement map. */
  personKey: string;
  reason: string;
  isNew: boolean;
}

/**
 * Resolves one name. `sameAnnouncement` maps name keys already resolved in the
 * announcement being imported: a name repeated in one list is one person (a move).
 */
export async function resolvePerson(tx: Tx, entry: NameInAction, sameAnnouncement: Map<string, number>): Promise<PersonLink> {
  const key = nameKey(entry.name);
  const inThisList = sameAnnouncement.get(key);
  if (inThisList !== undefined) return { personId: inThisList, personKey: key, isNew: false, reason: "same name earlier in the same announcement" };

  const candidates = await tx.person.findMany({ where: { nameKey: key, mergedIntoId: null }, select: { id: true } });
  if (candidates.length) {
    const ids = candidates.map((c) => c.id);
    if (closesTenure(entry.kind)) {
      const holder = await tx.tenure.findFirst({
        where: { personId: { in: ids }, postId: entry.postId, endActionId: null },
        select: { personId: true },
      });
      if (holder) return { personId: holder.personId, personKey: key, isNew: false, reason: "holds the post this action ends" };
    }
    const samePost = await tx.action.findFirst({ where: { personId: { in: ids }, postId: entry.postId }, select: { personId: true } });
    if (samePost) return { personId: samePost.personId, personKey: key, isNew: false, reason: "same name, earlier action on the same post" };
    const sameOrg = await tx.action.findFirst({
      where: { personId: { in: ids }, post: { organizationId: entry.organizationId } },
      select: { personId: true },
    });
    if (sameOrg) return { personId: sameOrg.personId, personKey: key, isNew: false, reason: "same name, earlier action in the same organ" };
  }
  const person = await tx.person.create({
    data: { name: entry.name, nameKey: key, pinyin: namePinyin(entry.name), initials: nameInitials(entry.name) },
    select: { id: true },
  });
  return {
    personId: person.id,
    personKey: key,
    isNew: true,
    reason: candidates.length ? "same name as another person, but no shared organ: a different person" : "first appearance of this name",
  };
}

// Stores the "可能是同一人" suggestions of a re-linked unit of names: the suggestions touching its
// people are replaced by what the rules say now (people joined since, or confirmed by an editor's
// merge, drop out by themselves: a suggestion is only made between two clusters).
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db/client";
import type { IdentitySuggestion } from "./identity";
import { insertRows } from "./rows";

export async function replaceSuggestions(
  tx: Tx,
  people: Iterable<number>,
  suggestions: IdentitySuggestion[],
  personOfCluster: Map<number, number>,
): Promise<void> {
  const ids = [...new Set(people)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = Prisma.join(ids.slice(i, i + 500));
    await tx.$executeRaw`DELETE FROM "IdentitySuggestion" WHERE "personId" IN (${chunk}) OR "otherPersonId" IN (${chunk})`;
  }
  await insertSuggestions(tx, suggestions, personOfCluster, new Set());
}

/**
 * Adds the suggestions of newly decided entries, keeping the stored ones (a chronological import:
 * the stored decisions, and so their suggestions, stand; a pair already suggested keeps its
 * first evidence, as replaceSuggestions would give it).
 */
export async function addSuggestions(tx: Tx, suggestions: IdentitySuggestion[], personOfCluster: Map<number, number>): Promise<void> {
  const ids = [...new Set(suggestions.flatMap((s) => [personOfCluster.get(s.cluster), personOfCluster.get(s.other)]))].filter(
    (id): id is number => id !== undefined,
  );
  const stored = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tx.identitySuggestion.findMany({
      where: { personId: { in: ids.slice(i, i + 500) } },
      select: { personId: true, otherPersonId: true },
    });
    for (const r of rows) stored.add(pairKey(r.personId, r.otherPersonId));
  }
  await insertSuggestions(tx, suggestions, personOfCluster, stored);
}

const pairKey = (a: number, b: number) => `${Math.min(a, b)}:${Math.max(a, b)}`;

async function insertSuggestions(
  tx: Tx,
  suggestions: IdentitySuggestion[],
  personOfCluster: Map<number, number>,
  seen: Set<string>,
): Promise<void> {
  const rows: { personId: number; otherPersonId: number; evidence: string }[] = [];
  for (const s of suggestions) {
    const personId = personOfCluster.get(s.cluster);
    const otherPersonId = personOfCluster.get(s.other);
    if (personId === undefined || otherPersonId === undefined || personId === otherPersonId) continue;
    const key = pairKey(personId, otherPersonId);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ personId, otherPersonId, evidence: s.evidence });
  }
  await insertRows(tx, "IdentitySuggestion", ["personId", "otherPersonId", "evidence"], rows);
}

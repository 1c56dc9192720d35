// Organs for the one search box: a name or alias containing the query, Traditional input read as
// Simplified (the stored names are Simplified). Pinyin queries are people's, not organs'.
import type { Db } from "../db/client";
import { isPinyinQuery, toSimplified } from "../domain/names";
import { literalContains, organizationAliasesWhere, organizationNameWhere, organizationPrintedNameWhere } from "./literal";

export interface OrganHit {
  id: number;
  name: string;
  aliases: string;
  kind: string;
}

export async function searchOrgans(db: Db, q: string, take = 10): Promise<{ rows: OrganHit[]; total: number }> {
  const key = toSimplified(q.normalize("NFKC").replace(/\s+/g, ""));
  if (!key || isPinyinQuery(key)) return { rows: [], total: 0 };
  // Taken literally (`_` and `%` are text), and any form the organ was printed in finds it.
  const where = {
    OR: [
      organizationNameWhere(await literalContains(db, "Organization.name", key)),
      organizationAliasesWhere(await literalContains(db, "Organization.aliases", key)),
      organizationPrintedNameWhere(await literalContains(db, "OrganizationName.name", key)),
    ],
  };
  const [rows, total] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
      select: { id: true, name: true, aliases: true, kind: true },
    }),
    db.organization.count({ where }),
  ]);
  // Shorter names first: 第三中级人民法院 before its 审判委员会-like sub-organs.
  return { rows: rows.sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name)), total };
}

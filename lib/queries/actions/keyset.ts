// Keyset pages of the actions table (the API's pages): the rows after a cursor in (key, id) order,
// by date (dated rows first, then the undated by id) or by name, with the same filter encoding as
// the pages and the walk. A cursor names the last row given, so pages stay stable while rows are
// added and deep pages cost what the first does.
import { Prisma } from "../../../generated/prisma/client";
import type { Db } from "../../db/client";
import { conditions, resolveFilter, whereOf } from "./conditions";
import { ActionsFilter, type ActionsFilterInput } from "./filter";
import { type ActionRow, rowsByIds, SourceTexts } from "./rows";

export const KEYSET_SORTS = ["date", "person"] as const;
export type KeysetSort = (typeof KEYSET_SORTS)[number];

/** After the row (value, id) of a phase: phase 0 = rows with a sort value, 1 = undated rows (date order only). */
export interface ActionsCursor {
  phase: 0 | 1;
  value: string | null;
  id: number;
}

export function encodeCursor(c: ActionsCursor): string {
  return Buffer.from(JSON.stringify([c.phase, c.value, c.id])).toString("base64url");
}

/** The cursor, or null when it is not one this code wrote. */
export function decodeCursor(s: string): ActionsCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
    if (!Array.isArray(v) || v.length !== 3) return null;
    const [phase, value, id] = v;
    if ((phase !== 0 && phase !== 1) || !(value === null || (typeof value === "string" && value.length <= 200))) return null;
    if (!Number.isInteger(id) || id < 0 || id > 2_147_483_647) return null;
    return { phase, value, id };
  } catch {
    return null;
  }
}

interface KeyRow {
  id: number | bigint;
  key: string | null;
}

export async function actionsAfter(
  db: Db,
  input: ActionsFilterInput & { sort?: KeysetSort },
  cursor: ActionsCursor | null,
  limit: number,
  options: { clauses?: boolean } = {},
): Promise<{ rows: ActionRow[]; next: ActionsCursor | null; filter: ActionsFilter }> {
  const f = ActionsFilter.parse(input);
  if (f.sort !== "date" && f.sort !== "person") throw new Error("keyset pages sort by date or person");
  const r = await resolveFilter(db, f);
  if (!r) return { rows: [], next: null, filter: f };
  const c = conditions(r);
  const d = Prisma.raw(f.dir === "asc" ? "ASC" : "DESC");
  const beyond = Prisma.raw(f.dir === "asc" ? ">" : "<");
  const column = f.sort === "date" ? Prisma.sql`a."date"` : Prisma.sql`a."personName"`;
  const got: { id: number; key: string | null; phase: 0 | 1 }[] = [];
  const phases: (0 | 1)[] = f.sort === "date" ? [0, 1] : [0];
  for (const phase of phases) {
    if (cursor && phase < cursor.phase) continue;
    const want = limit + 1 - got.length;
    if (want <= 0) break;
    const where = [...c];
    const after = cursor && cursor.phase === phase ? cursor : null;
    if (phase === 0) {
      if (f.sort === "date") where.push(Prisma.sql`a."date" IS NOT NULL`);
      if (after) where.push(Prisma.sql`(${column}, a."id") ${beyond} (${after.value ?? ""}, ${after.id})`);
    } else {
      where.push(Prisma.sql`a."date" IS NULL`);
      if (after) where.push(Prisma.sql`a."id" ${beyond} ${after.id}`);
    }
    const orderBy = phase === 0 ? Prisma.sql`${column} ${d}, a."id" ${d}` : Prisma.sql`a."id" ${d}`;
    const rows = await db.$queryRaw<KeyRow[]>`
      SELECT a."id", ${column} AS "key" FROM "Action" a WHERE ${whereOf(where)} ORDER BY ${orderBy} LIMIT ${want}`;
    got.push(...rows.map((x) => ({ id: Number(x.id), key: x.key, phase })));
  }
  const page = got.slice(0, limit);
  const last = page.at(-1);
  const next = got.length > limit && last ? { phase: last.phase, value: last.phase === 0 ? last.key : null, id: last.id } : null;
  const rows = await rowsByIds(
    db,
    page.map((p) => p.id),
  );
  if (options.clauses) await new SourceTexts(db).attachClauses(rows);
  return { rows, next, filter: f };
}

// Multi-row INSERTs through the client's raw SQL (the same SQL on SQLite and PostgreSQL): Prisma's
// createMany costs about a millisecond per row here, one statement of many rows a few microseconds.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db/client";

export type Cell = string | number | boolean | null;

const ROWS_PER_STATEMENT = 400;

function cell(v: Cell): Prisma.Sql {
  if (typeof v === "boolean") return v ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
  return Prisma.sql`${v}`;
}

/** Inserts the rows (each an object holding every column) into the table, a few hundred per statement. */
export async function insertRows<K extends string>(
  tx: Tx,
  table: string,
  columns: readonly K[],
  rows: readonly { [k in K]: Cell }[],
): Promise<void> {
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values = rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => Prisma.sql`(${Prisma.join(columns.map((c) => cell(r[c])))})`);
    await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
}

/** insertRows, returning the given columns of the rows created (INSERT … RETURNING: SQLite ≥ 3.35 and PostgreSQL). */
export async function insertRowsReturning<K extends string, R>(
  tx: Tx,
  table: string,
  columns: readonly K[],
  rows: readonly { [k in K]: Cell }[],
  returning: readonly (keyof R & string)[],
): Promise<R[]> {
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  const tail = Prisma.raw(` RETURNING ${returning.map((c) => `"${c}"`).join(", ")}`);
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values = rows.slice(i, i + ROWS_PER_STATEMENT).map((r) => Prisma.sql`(${Prisma.join(columns.map((c) => cell(r[c])))})`);
    out.push(...(await tx.$queryRaw<R[]>`${head}${Prisma.join(values)}${tail}`));
  }
  return out;
}

/** Ends open tenures: each gets its end action and date, status ended (one statement per few hundred). */
export async function endTenures(tx: Tx, ended: { id: number; endActionId: number; endDate: string | null }[]): Promise<void> {
  for (let i = 0; i < ended.length; i += ROWS_PER_STATEMENT) {
    const chunk = ended.slice(i, i + ROWS_PER_STATEMENT);
    const action = Prisma.join(
      chunk.map((t) => Prisma.sql`WHEN ${t.id} THEN CAST(${t.endActionId} AS INTEGER)`),
      " ",
    );
    const date = Prisma.join(
      chunk.map((t) => Prisma.sql`WHEN ${t.id} THEN CAST(${t.endDate} AS TEXT)`),
      " ",
    );
    await tx.$executeRaw`UPDATE "Tenure" SET "endActionId" = CASE "id" ${action} END, "endDate" = CASE "id" ${date} END, "status" = 'ended'
      WHERE "id" IN (${Prisma.join(chunk.map((t) => t.id))})`;
  }
}

/** Gives stored entries their (new) person and link reason (one statement per few hundred). */
export async function relinkActions(tx: Tx, changed: { id: number; personId: number; linkReason: string }[]): Promise<void> {
  for (let i = 0; i < changed.length; i += ROWS_PER_STATEMENT) {
    const chunk = changed.slice(i, i + ROWS_PER_STATEMENT);
    const person = Prisma.join(
      chunk.map((a) => Prisma.sql`WHEN ${a.id} THEN CAST(${a.personId} AS INTEGER)`),
      " ",
    );
    const reason = Prisma.join(
      chunk.map((a) => Prisma.sql`WHEN ${a.id} THEN CAST(${a.linkReason} AS TEXT)`),
      " ",
    );
    await tx.$executeRaw`UPDATE "Action" SET "personId" = CASE "id" ${person} END, "linkReason" = CASE "id" ${reason} END
      WHERE "id" IN (${Prisma.join(chunk.map((a) => a.id))})`;
  }
}

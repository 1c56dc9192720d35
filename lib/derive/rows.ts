// Multi-row writes (SQLite and PostgreSQL). PostgreSQL: the rows travel as ONE JSON parameter that
// the database unpacks itself (jsonb_array_elements cast to the table's own column types): Prisma's
// createMany costs about a millisecond per row here, and a statement of thousands of bound
// parameters spends most of its time binding them; one JSON text of a few thousand rows costs a few
// microseconds a row. SQLite runs in the process: one prepared INSERT per row on the connection
// under the adapter (lib/db/client.ts) is cheaper still, and tells each row's id without RETURNING.
import type { Statement } from "better-sqlite3";
import { Prisma } from "../../generated/prisma/client";
import { providerOf, sqliteConnection, type Tx } from "../db/client";

export type Cell = string | number | boolean | null;

const ROWS_PER_STATEMENT = 2000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * PostgreSQL's `SELECT <columns> FROM <the rows>` for an INSERT … SELECT, the rows (each its
 * columns' values in order) as one JSON array; with `ids`, each row's id first.
 */
function selectRows(table: string, columns: readonly string[], rows: readonly (readonly Cell[])[], ids?: number[]): Prisma.Sql {
  const json = JSON.stringify(ids ? rows.map((r, i) => [ids[i], ...r]) : rows);
  // Each row an array: its elements named and typed by the table's own columns.
  const named = ids ? ["id", ...columns] : columns;
  const list = named.map((c, i) => `(r->>${i})::${c === "id" ? "integer" : pgType(table, c)} AS ${quote(c)}`).join(", ");
  return Prisma.sql`SELECT ${Prisma.raw(list)} FROM jsonb_array_elements(${json}::jsonb) AS r`;
}

/** Runs `insert` once per row on the SQLite connection; returns each row's id (its rowid), in order. */
function insertEach(tx: Tx, table: string, columns: readonly string[], rows: readonly (readonly Cell[])[]): number[] {
  const insert: Statement = sqliteConnection(tx).prepare(
    `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  const values: Cell[] = new Array(columns.length);
  const ids = new Array<number>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < columns.length; c++) {
      const v = row[c];
      values[c] = typeof v === "boolean" ? Number(v) : v; // SQLite stores Prisma's Boolean as 0/1
    }
    ids[r] = Number(insert.run(values).lastInsertRowid);
  }
  return ids;
}

/** Column types of the tables written in bulk (PostgreSQL casts the JSON text to them). */
const PG_TYPES: Record<string, Record<string, string>> = {
  Source: {
    sha256: "text",
    name: "text",
    encoding: "text",
    byteLength: "integer",
    text: "text",
    url: "text",
    publication: "text",
    parseWarnings: "text",
  },
  Announcement: {
    sourceId: "integer",
    issuer: "text",
    number: "text",
    date: "text",
    meeting: "text",
    spanStart: "integer",
    spanEnd: "integer",
    fingerprint: "text",
    entryCount: "integer",
  },
  Person: { name: "text", nameKey: "text", pinyin: "text", initials: "text" },
  Action: {
    announcementId: "integer",
    ordinal: "integer",
    personName: "text",
    personId: "integer",
    linkReason: "text",
    postId: "integer",
    kind: "text",
    date: "text",
    spanStart: "integer",
    spanEnd: "integer",
  },
  Tenure: {
    personId: "integer",
    postId: "integer",
    startActionId: "integer",
    endActionId: "integer",
    startDate: "text",
    endDate: "text",
    status: "text",
    acting: "boolean",
  },
  Organization: { name: "text", kind: "text", aliases: "text", parentId: "integer" },
  Post: { organizationId: "integer", title: "text", rank: "integer" },
  IdentitySuggestion: { personId: "integer", otherPersonId: "integer", evidence: "text" },
};

function pgType(table: string, column: string): string {
  const t = PG_TYPES[table]?.[column];
  if (!t) throw new Error(`rows: no PostgreSQL type known for ${table}.${column}`);
  return t;
}

/** Each row's values in the columns' order. */
const tuplesOf = <K extends string>(columns: readonly K[], rows: readonly { [k in K]: Cell }[]): Cell[][] =>
  rows.map((r) => columns.map((c) => r[c]));

/** Inserts the rows (each an object holding every column) into the table. */
export async function insertRows<K extends string>(
  tx: Tx,
  table: string,
  columns: readonly K[],
  rows: readonly { [k in K]: Cell }[],
): Promise<void> {
  const tuples = tuplesOf(columns, rows);
  if (providerOf(tx) !== "postgresql") {
    insertEach(tx, table, columns, tuples);
    return;
  }
  const head = Prisma.raw(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) `);
  for (let i = 0; i < tuples.length; i += ROWS_PER_STATEMENT) {
    await tx.$executeRaw`${head}${selectRows(table, columns, tuples.slice(i, i + ROWS_PER_STATEMENT))}`;
  }
}

/** insertRows, returning the id of each row in the rows' order. */
export async function insertRowsGivingIds<K extends string>(
  tx: Tx,
  table: string,
  columns: readonly K[],
  rows: readonly { [k in K]: Cell }[],
): Promise<number[]> {
  return insertTuplesGivingIds(tx, table, columns, tuplesOf(columns, rows));
}

/**
 * insertRowsGivingIds for rows given as their values in the columns' order: the importer's Action
 * rows (a million at a time) are built so, without an object per row.
 */
export async function insertTuplesGivingIds(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
): Promise<number[]> {
  if (providerOf(tx) !== "postgresql") return insertEach(tx, table, columns, rows);
  const head = Prisma.raw(`INSERT INTO ${quote(table)} (${["id", ...columns].map(quote).join(", ")}) `);
  const out: number[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT);
    // The ids drawn from the table's own sequence first (RETURNING promises no order), then written with the rows.
    const drawn = await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence(${quote(table)}, 'id'))::integer AS "id"
      FROM generate_series(1, ${part.length}::integer)`;
    const ids = drawn.map((r) => Number(r.id)).sort((a, b) => a - b);
    await tx.$executeRaw`${head}${selectRows(table, columns, part, ids)}`;
    out.push(...ids);
  }
  return out;
}

/** Ends open tenures: each gets its end action and date, status ended (one statement per few thousand). */
export async function endTenures(tx: Tx, ended: { id: number; endActionId: number; endDate: string | null }[]): Promise<void> {
  for (let i = 0; i < ended.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(ended.slice(i, i + ROWS_PER_STATEMENT).map((t) => [t.id, t.endActionId, t.endDate]));
    if (providerOf(tx) === "postgresql") {
      await tx.$executeRaw`UPDATE "Tenure" t SET "endActionId" = (r->>1)::integer, "endDate" = r->>2, "status" = 'ended'
        FROM jsonb_array_elements(${json}::jsonb) AS r WHERE t."id" = (r->>0)::integer`;
    } else {
      await tx.$executeRaw`UPDATE "Tenure" SET "endActionId" = json_extract(r.value, '$[1]'), "endDate" = json_extract(r.value, '$[2]'), "status" = 'ended'
        FROM json_each(${json}) AS r WHERE "Tenure"."id" = json_extract(r.value, '$[0]')`;
    }
  }
}

/** Gives stored entries their (new) person and link reason (one statement per few thousand). */
export async function relinkActions(tx: Tx, changed: { id: number; personId: number; linkReason: string }[]): Promise<void> {
  for (let i = 0; i < changed.length; i += ROWS_PER_STATEMENT) {
    const json = JSON.stringify(changed.slice(i, i + ROWS_PER_STATEMENT).map((a) => [a.id, a.personId, a.linkReason]));
    if (providerOf(tx) === "postgresql") {
      await tx.$executeRaw`UPDATE "Action" a SET "personId" = (r->>1)::integer, "linkReason" = r->>2
        FROM jsonb_array_elements(${json}::jsonb) AS r WHERE a."id" = (r->>0)::integer`;
    } else {
      await tx.$executeRaw`UPDATE "Action" SET "personId" = json_extract(r.value, '$[1]'), "linkReason" = json_extract(r.value, '$[2]')
        FROM json_each(${json}) AS r WHERE "Action"."id" = json_extract(r.value, '$[0]')`;
    }
  }
}

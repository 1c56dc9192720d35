// Multi-row writes through the client's raw SQL (SQLite and PostgreSQL). The rows travel as ONE
// JSON parameter that the database unpacks itself (SQLite json_each, PostgreSQL
// jsonb_populate_recordset over the table's own row type): Prisma's createMany costs about a
// millisecond per row here, and a statement of thousands of bound parameters spends most of its
// time binding them; one JSON text of a few thousand rows costs a few microseconds a row.
import { Prisma } from "../../generated/prisma/client";
import { providerOf, type Tx } from "../db/client";

export type Cell = string | number | boolean | null;

const ROWS_PER_STATEMENT = 2000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** `SELECT <columns> FROM <the rows>` for an INSERT … SELECT, the rows given as one JSON array of objects. */
function selectRows(tx: Tx, table: string, columns: readonly string[], rows: readonly Record<string, Cell>[]): Prisma.Sql {
  const json = JSON.stringify(rows.map((r) => columns.map((c) => r[c])));
  if (providerOf(tx) === "postgresql") {
    // Each row an array: its elements named and typed by the table's own columns.
    const list = columns.map((c, i) => `(r->>${i})::${pgType(table, c)} AS ${quote(c)}`).join(", ");
    return Prisma.sql`SELECT ${Prisma.raw(list)} FROM jsonb_array_elements(${json}::jsonb) AS r`;
  }
  const list = columns.map((_c, i) => `json_extract(value, '$[${i}]')`).join(", ");
  return Prisma.sql`SELECT ${Prisma.raw(list)} FROM json_each(${json})`;
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

/** Inserts the rows (each an object holding every column) into the table, a few thousand per statement. */
export async function insertRows<K extends string>(
  tx: Tx,
  table: string,
  columns: readonly K[],
  rows: readonly { [k in K]: Cell }[],
): Promise<void> {
  const head = Prisma.raw(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) `);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await tx.$executeRaw`${head}${selectRows(tx, table, columns, rows.slice(i, i + ROWS_PER_STATEMENT))}`;
  }
}

/** insertRows, returning the given columns of the rows created (INSERT … RETURNING: SQLite ≥ 3.35 and PostgreSQL). */
export async function insertRowsReturning<K extends string, R>(
  tx: Tx,
  table: string,
  columns: readonly K[],
  rows: readonly { [k in K]: Cell }[],
  returning: readonly (keyof R & string)[],
  rowsPerStatement = ROWS_PER_STATEMENT,
): Promise<R[]> {
  const head = Prisma.raw(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) `);
  // SQLite parses "SELECT … FROM json_each(…) RETURNING" as a join clause without this WHERE.
  const tail = Prisma.raw(`${providerOf(tx) === "postgresql" ? "" : " WHERE true"} RETURNING ${returning.map(quote).join(", ")}`);
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    out.push(...(await tx.$queryRaw<R[]>`${head}${selectRows(tx, table, columns, rows.slice(i, i + rowsPerStatement))}${tail}`));
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

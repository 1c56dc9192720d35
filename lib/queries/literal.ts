// Text filters take the user's text literally. Prisma turns contains/startsWith into SQL LIKE
// without escaping, so `_` and `%` in a query would match any character(s) (`/search?q=_` listed
// everyone). PostgreSQL's LIKE escapes with a backslash by default: the text is escaped. SQLite's
// LIKE has no escape character unless the SQL says ESCAPE, which Prisma never does: there, text
// with a wildcard in it is matched with instr() in a parameterised query and the filter becomes
// the ids found. Every text filter in lib/queries goes through this module (literal.test.ts
// checks that no other `contains:` is left).
import type { Prisma } from "../../generated/prisma/client";
import { type Db, type Provider, providerOf, type Tx } from "../db/client";

const LIKE_SPECIAL = /[\\%_]/;

/** The text as a LIKE pattern that matches it literally (PostgreSQL: backslash is the default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** Whether a LIKE built from this text by Prisma would match only the text itself on this database. */
export function likeIsLiteral(text: string, provider: Provider): boolean {
  return provider === "postgresql" || !LIKE_SPECIAL.test(text);
}

/**
 * The text as the operand of Prisma's contains/startsWith on this database: escaped on PostgreSQL;
 * as it is on SQLite, where the LIKE is literal only for text without `_`, `%` or `\` (callers that
 * cannot take the instr() path of literalContains narrow it otherwise, as prefixRange does).
 */
export function likeOperand(text: string, provider: Provider): string {
  return provider === "postgresql" ? escapeLike(text) : text;
}

// SQLite: the rows whose column contains the text, by instr() (no pattern at all). lower() folds
// ASCII letters only, as SQLite's LIKE does, so both paths match the same rows.
const SQLITE_CONTAINS = {
  "Person.nameKey": (db: Db | Tx, text: string) =>
    db.$queryRaw<{ id: number | bigint }[]>`SELECT "id" FROM "Person" WHERE instr(lower("nameKey"), lower(${text})) > 0`,
  "Organization.name": (db: Db | Tx, text: string) =>
    db.$queryRaw<{ id: number | bigint }[]>`SELECT "id" FROM "Organization" WHERE instr(lower("name"), lower(${text})) > 0`,
  "Organization.aliases": (db: Db | Tx, text: string) =>
    db.$queryRaw<{ id: number | bigint }[]>`SELECT "id" FROM "Organization" WHERE instr(lower("aliases"), lower(${text})) > 0`,
  // Any printed form of an organ (lib/domain/organNames): the ids are of the organ bearing it.
  "OrganizationName.name": (db: Db | Tx, text: string) =>
    db.$queryRaw<
      { id: number | bigint }[]
    >`SELECT "organizationId" AS "id" FROM "OrganizationName" WHERE instr(lower("name"), lower(${text})) > 0`,
  "Post.title": (db: Db | Tx, text: string) =>
    db.$queryRaw<{ id: number | bigint }[]>`SELECT "id" FROM "Post" WHERE instr(lower("title"), lower(${text})) > 0`,
};
export type LiteralColumn = keyof typeof SQLITE_CONTAINS;

/** How to find the rows whose column contains a text: a LIKE Prisma may build, or the ids already found. */
export type LiteralMatch = { contains: string } | { ids: number[] };

export async function literalContains(db: Db | Tx, column: LiteralColumn, text: string): Promise<LiteralMatch> {
  const provider = providerOf(db);
  if (provider === "postgresql") return { contains: escapeLike(text) };
  if (likeIsLiteral(text, provider)) return { contains: text };
  return { ids: (await SQLITE_CONTAINS[column](db, text)).map((r) => Number(r.id)) };
}

// The match as a where condition of each model (the field for a LIKE, the id for found rows).
export const personNameKeyWhere = (m: LiteralMatch): Prisma.PersonWhereInput =>
  "contains" in m ? { nameKey: { contains: m.contains } } : { id: { in: m.ids } };
export const organizationNameWhere = (m: LiteralMatch): Prisma.OrganizationWhereInput =>
  "contains" in m ? { name: { contains: m.contains } } : { id: { in: m.ids } };
export const organizationAliasesWhere = (m: LiteralMatch): Prisma.OrganizationWhereInput =>
  "contains" in m ? { aliases: { contains: m.contains } } : { id: { in: m.ids } };
export const organizationPrintedNameWhere = (m: LiteralMatch): Prisma.OrganizationWhereInput =>
  "contains" in m ? { names: { some: { name: { contains: m.contains } } } } : { id: { in: m.ids } };
export const postTitleWhere = (m: LiteralMatch): Prisma.PostWhereInput =>
  "contains" in m ? { title: { contains: m.contains } } : { id: { in: m.ids } };

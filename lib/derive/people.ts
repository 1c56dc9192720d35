// Stores new people. Every Person row gets its name's bigrams (NameBigram, for search) from a
// trigger on Person, whatever code inserts it (migrations 0007, 0013, 0016). On SQLite that
// trigger writes one person's bigrams at a time, in no order: storing 265,000 people of a
// 1 M-action import cost 9 s, 6 of them in the trigger. A large insert here therefore lifts the
// trigger inside its own transaction (SQLite's schema changes are transactional: no other
// connection ever sees the table without it), writes the people, writes their names' bigrams in
// one sorted statement, and puts the trigger back.
import { providerOf, sqliteConnection, type Tx } from "../db/client";
import { keyReadings } from "../domain/names";
import { insertRowsGivingIds } from "./rows";

/** From this many people on, the SQLite trigger is lifted for the insert. */
const BULK_PEOPLE = 2000;

/**
 * The trigger as migration 0013 stores it. Put back word for word; when the stored one differs
 * (a later migration changed it), it is left alone and does the work itself.
 */
export const BIGRAM_TRIGGER = `CREATE TRIGGER "Person_nameBigram" AFTER INSERT ON "Person" BEGIN
    INSERT OR IGNORE INTO "NameBigram" ("bigram", "nameKey")
    SELECT substr(NEW."nameKey", "n", 2), NEW."nameKey" FROM "NameBigramPosition" WHERE "n" < length(NEW."nameKey");
END`;

/** Inserts people, each named as printed with the name's key (nameKey); returns their ids in order. */
export async function insertPeople(tx: Tx, people: readonly { name: string; nameKey: string }[]): Promise<number[]> {
  const rows = people.map(({ name, nameKey }) => ({ name, nameKey, ...keyReadings(nameKey) }));
  const insert = () => insertRowsGivingIds(tx, "Person", ["name", "nameKey", "pinyin", "initials"], rows);
  if (providerOf(tx) !== "sqlite" || rows.length < BULK_PEOPLE) return insert();
  const [stored] = await tx.$queryRaw<
    { sql: string }[]
  >`SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" = 'Person_nameBigram'`;
  if (stored?.sql !== BIGRAM_TRIGGER) return insert();
  // On the transaction's own connection (lib/db/client.ts), as the rows are written.
  sqliteConnection(tx).exec('DROP TRIGGER "Person_nameBigram"');
  const ids = await insert();
  // The trigger's rows: each two-character piece of the key at positions 1..31.
  const keys = JSON.stringify([...new Set(rows.map((r) => r.nameKey))]);
  await tx.$executeRaw`INSERT OR IGNORE INTO "NameBigram" ("bigram", "nameKey")
    SELECT substr(k."value", p."n", 2), k."value" FROM json_each(${keys}) AS k JOIN "NameBigramPosition" p ON p."n" < length(k."value")
    ORDER BY 1, 2`;
  sqliteConnection(tx).exec(BIGRAM_TRIGGER);
  return ids;
}

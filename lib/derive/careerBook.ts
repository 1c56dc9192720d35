// The careers the identity rules built during one import run (and the open tenures it left), kept
// between its batches. When a batch comes after everything stored (an archive imported in date
// order), lib/derive/relink.ts decides its entries against these careers and reads from the
// database only the names the run has not met yet, instead of reading and replaying every stored
// entry of every name again; its posts' tenures go on from the open ones kept here.
//
// The book is only as good as its match with the database, so it starts over (empty) when:
// another writer moved the database (its stamp: the last Action, Person and Correction ids,
// taken inside each batch's transaction after its writes), a batch was not chronological (stored
// decisions may change), corrections exist (people across names), or a batch failed or was a
// dry run (the careers were changed for rows that were never committed).
import type { Tx } from "../db/client";
import { type LinkerState, newLinkerState } from "./identity";
import { OpenTenureBook } from "./openTenures";

async function stampOf(tx: Tx): Promise<string> {
  const [row] = await tx.$queryRaw<{ a: number | bigint | null; p: number | bigint | null; c: number | bigint | null }[]>`
    SELECT (SELECT MAX("id") FROM "Action") AS "a", (SELECT MAX("id") FROM "Person") AS "p", (SELECT MAX("id") FROM "Correction") AS "c"`;
  return `${row.a ?? 0}:${row.p ?? 0}:${row.c ?? 0}`;
}

export class CareerBook {
  state: LinkerState = newLinkerState();
  /** The open tenures the run's batches left, for the next one to go on from (lib/derive/openTenures.ts). */
  readonly tenures = new OpenTenureBook();
  /** Names whose every stored entry the state holds (as careers). */
  readonly names = new Set<string>();
  /** The stamp of the database the state matches, once a batch using it committed. */
  private stamp: string | null = null;
  private sealed: string | null = null;
  /** A transaction is using the state: until it commits, the state holds uncommitted decisions. */
  private open = false;

  /** Empties the book. */
  reset(): void {
    this.state = newLinkerState();
    this.tenures.reset();
    this.names.clear();
    this.stamp = null;
    this.sealed = null;
    this.open = false;
  }

  /** Starts using the book in a transaction: empties it when the database is not the one it matches. */
  async begin(tx: Tx): Promise<void> {
    if (this.open || this.stamp === null || this.stamp !== (await stampOf(tx))) this.reset();
    this.open = true;
  }

  /** Records the database's stamp at the end of the batch's transaction (after its writes). */
  async seal(tx: Tx): Promise<void> {
    if (this.open) this.sealed = await stampOf(tx);
  }

  /** The batch's transaction committed: the state matches the sealed stamp. */
  commit(): void {
    if (!this.open) return;
    this.stamp = this.sealed;
    this.sealed = null;
    this.open = false;
  }
}

// The open tenures (no end action yet) of every post, kept between the batches of one import run
// (lib/derive/careerBook.ts holds one). A chronological batch continues each post from its open
// tenures (continueStoredTenures); reading them back from the database cost about a tenth of a
// 1 M-action import, though the whole database holds a few thousand of them. The book is read
// once, then follows the run's own writes: posts continued from it get their new open tenures,
// posts derived again from all their actions are read again when next needed. Its owner empties
// it whenever the database may have moved under it.
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../db/client";
import { appendTo } from "../domain/groups";
import { type OpenTenure, type OpenTenureSource, readOpenTenures } from "./tenures";

export class OpenTenureBook implements OpenTenureSource {
  private byPost: Map<number, OpenTenure[]> | null = null;
  /** Posts whose tenures were written around the book: read again when asked for. */
  private readonly stale = new Set<number>();

  /** Empties the book: the next batch reads the database again. */
  reset(): void {
    this.byPost = null;
    this.stale.clear();
  }

  /**
   * Every open tenure of the given posts (copies: continuing a post closes them in place). With all
   * of them, continuing needs no look-up of which posts are head posts or have an acting holder.
   */
  async openOf(tx: Tx, postIds: number[]): Promise<Map<number, OpenTenure[]>> {
    if (!this.byPost) {
      this.byPost = new Map();
      for (const t of await readOpenTenures(tx, Prisma.sql`1 = 1`)) appendTo(this.byPost, t.postId, t);
      this.stale.clear();
    }
    const byPost = this.byPost;
    const reread = postIds.filter((p) => this.stale.has(p));
    for (let i = 0; i < reread.length; i += 500) {
      const chunk = reread.slice(i, i + 500);
      for (const p of chunk) {
        byPost.delete(p);
        this.stale.delete(p);
      }
      for (const t of await readOpenTenures(tx, Prisma.sql`t."postId" IN (${Prisma.join(chunk)})`)) appendTo(byPost, t.postId, t);
    }
    const open = new Map<number, OpenTenure[]>();
    for (const p of postIds)
      open.set(
        p,
        (byPost.get(p) ?? []).map((t) => ({ ...t })),
      );
    return open;
  }

  /** A post's tenures went on from the book's: these are its open ones now (ended ones are dropped). */
  settle(postId: number, tenures: OpenTenure[]): void {
    this.byPost?.set(
      postId,
      tenures.filter((t) => t.endActionId === null),
    );
  }

  /** These posts' tenures were derived again from all their actions: read them again when needed. */
  forget(postIds: Iterable<number>): void {
    for (const p of postIds) this.stale.add(p);
  }
}

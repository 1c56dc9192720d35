// What a correction says, as stored in Correction.payload (JSON), and the pins it puts on entries.
// Entries are named by refs (`${announcementFingerprint}:${ordinal}`, see actionRef), not by
// Action ids, so a correction keeps its meaning when derived data is rebuilt or sources re-imported.
import { z } from "zod";
import type { Tx } from "../db/client";
import type { Pin } from "../derive/identity";

const Undo = z.object({ undoneBy: z.string().optional(), undoReason: z.string().optional() });

export const SplitPayload = Undo.extend({
  /** The person the entries were taken from. */
  person: z.number().int(),
  /** The person created for them. */
  newPerson: z.number().int(),
  /** Entries that are someone else. */
  moved: z.array(z.string()).min(1),
  /** Entries that stayed with `person` (confirmed by the decision). */
  kept: z.array(z.string()),
});
export type SplitPayload = z.infer<typeof SplitPayload>;

export const MergePayload = Undo.extend({
  from: z.number().int(),
  into: z.number().int(),
  fromRefs: z.array(z.string()),
  intoRefs: z.array(z.string()),
  /** Set when the merge confirms a "可能是同一人" suggestion: its evidence. */
  suggestion: z.string().optional(),
});
export type MergePayload = z.infer<typeof MergePayload>;

export type ParsedCorrection = { id: number; kind: "split"; payload: SplitPayload } | { id: number; kind: "merge"; payload: MergePayload };

export function parseCorrection(row: { id: number; kind: string; payload: string }): ParsedCorrection | null {
  let json: unknown;
  try {
    json = JSON.parse(row.payload);
  } catch {
    return null;
  }
  if (row.kind === "split") {
    const p = SplitPayload.safeParse(json);
    return p.success ? { id: row.id, kind: "split", payload: p.data } : null;
  }
  if (row.kind === "merge") {
    const p = MergePayload.safeParse(json);
    return p.success ? { id: row.id, kind: "merge", payload: p.data } : null;
  }
  return null;
}

/** The people a correction concerns (for listing it on their pages). */
export function peopleOf(c: ParsedCorrection): number[] {
  return c.kind === "split" ? [c.payload.person, c.payload.newPerson] : [c.payload.from, c.payload.into];
}

/** Pins of the active corrections, oldest first, so a later decision about an entry wins. */
export function pinsOf(corrections: ParsedCorrection[]): Map<string, Pin> {
  const pins = new Map<string, Pin>();
  for (const c of [...corrections].sort((a, b) => a.id - b.id)) {
    if (c.kind === "split") {
      for (const ref of c.payload.kept) pins.set(ref, { personId: c.payload.person, correctionId: c.id });
      for (const ref of c.payload.moved) pins.set(ref, { personId: c.payload.newPerson, correctionId: c.id });
    } else {
      for (const ref of [...c.payload.intoRefs, ...c.payload.fromRefs]) pins.set(ref, { personId: c.payload.into, correctionId: c.id });
    }
  }
  return pins;
}

export async function activeCorrections(tx: Tx): Promise<ParsedCorrection[]> {
  const rows = await tx.correction.findMany({
    where: { undoneAt: null },
    orderBy: { id: "asc" },
    select: { id: true, kind: true, payload: true },
  });
  return rows.map(parseCorrection).filter((c): c is ParsedCorrection => c !== null);
}

export async function loadPins(tx: Tx): Promise<Map<string, Pin>> {
  return pinsOf(await activeCorrections(tx));
}

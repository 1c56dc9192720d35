// Manual identity corrections: split a person ("these entries are someone else"), merge two
// people, undo either. Each is a Correction row (who decided, when, why) whose payload names
// entries by stable refs; relinkNames re-applies all active corrections whenever it runs, so
// they survive re-imports and rederiveAll. Merged people keep their ids (Person.mergedIntoId).
import { z } from "zod";
import type { Db, Tx } from "../db/client";
import { actionRef } from "../derive/identity";
import { relinkNames } from "../derive/relink";
import { rederiveTenures } from "../derive/tenures";
import { appendAll, appendTo } from "../domain/groups";
import { nameKey } from "../domain/names";
import { type MergePayload, type ParsedCorrection, parseCorrection, peopleOf, type SplitPayload } from "./payload";

export class CorrectionError extends Error {}

const Reason = z.string().trim().min(1, "请写明理由").max(1000, "理由太长（最多 1000 字）");
const DecidedBy = z.string().trim().min(1, "请写明决定人").max(100, "决定人太长");
/** The editor session that made the correction (lib/auth/sessions), recorded in the log. */
const SessionId = z.string().max(64).nullish();

export const SplitInput = z.object({
  personId: z.number().int().positive(),
  actionIds: z.array(z.number().int().positive()).min(1, "请至少选择一条属于另一人的记录"),
  reason: Reason,
  decidedBy: DecidedBy,
  sessionId: SessionId,
});
export type SplitInput = z.input<typeof SplitInput>;

export const MergeInput = z.object({
  fromId: z.number().int().positive(),
  intoId: z.number().int().positive(),
  reason: Reason,
  decidedBy: DecidedBy,
  sessionId: SessionId,
  /** The evidence of the "可能是同一人" suggestion this merge confirms. */
  suggestion: z.string().optional(),
});
export type MergeInput = z.input<typeof MergeInput>;

export const UndoInput = z.object({
  correctionId: z.number().int().positive(),
  reason: z.string().trim().max(1000).default(""),
  decidedBy: DecidedBy,
  sessionId: SessionId,
});
export type UndoInput = z.input<typeof UndoInput>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw new CorrectionError(r.error.issues.map((i) => i.message).join("；"));
  return r.data;
}

const TX = { maxWait: 60_000, timeout: 10 * 60_000 };

/** Follows merges to the person an id stands for now (null if there is no such person). */
export async function resolvePersonId(tx: Tx, id: number): Promise<number | null> {
  let current = id;
  for (let hops = 0; hops < 20; hops++) {
    const p = await tx.person.findUnique({ where: { id: current }, select: { mergedIntoId: true } });
    if (!p) return null;
    if (p.mergedIntoId === null || p.mergedIntoId === current) return current;
    current = p.mergedIntoId;
  }
  return current;
}

async function entriesOf(tx: Tx, personId: number) {
  const rows = await tx.action.findMany({
    where: { personId },
    select: { id: true, ordinal: true, personName: true, postId: true, announcement: { select: { fingerprint: true } } },
  });
  return rows.map((r) => ({ id: r.id, personName: r.personName, postId: r.postId, ref: actionRef(r.announcement.fingerprint, r.ordinal) }));
}

/** Moves the entries named by refs to a person (before re-linking applies the same decision); returns their posts. */
async function moveRefs(tx: Tx, refs: string[], personId: number): Promise<number[]> {
  const byFingerprint = new Map<string, number[]>();
  for (const ref of refs) {
    const i = ref.lastIndexOf(":");
    const fp = ref.slice(0, i);
    appendTo(byFingerprint, fp, Number(ref.slice(i + 1)));
  }
  const announcements = await tx.announcement.findMany({
    where: { fingerprint: { in: [...byFingerprint.keys()] } },
    select: { id: true, fingerprint: true },
  });
  const posts: number[] = [];
  for (const a of announcements) {
    const where = { announcementId: a.id, ordinal: { in: byFingerprint.get(a.fingerprint)! } };
    appendAll(
      posts,
      (await tx.action.findMany({ where, select: { postId: true } })).map((x) => x.postId),
    );
    await tx.action.updateMany({ where, data: { personId } });
  }
  return posts;
}

function nameKeysOf(names: string[]): string[] {
  return [...new Set(names.map(nameKey))];
}

/** "These entries are someone else": a new person takes them. Returns the new person's id. */
export async function splitPerson(db: Db, input: SplitInput): Promise<{ correctionId: number; newPersonId: number }> {
  const { personId, actionIds, reason, decidedBy, sessionId } = parse(SplitInput, input);
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId } });
    if (!person) throw new CorrectionError(`没有编号为 ${personId} 的人员`);
    if (person.mergedIntoId !== null) throw new CorrectionError("此人已并入另一人，请在合并后的人员页面更正");
    const entries = await entriesOf(tx, personId);
    const chosen = new Set(actionIds);
    const moved = entries.filter((e) => chosen.has(e.id));
    if (moved.length !== chosen.size) throw new CorrectionError("所选记录不全属于此人（页面可能已过期，请刷新）");
    const kept = entries.filter((e) => !chosen.has(e.id));
    if (!kept.length) throw new CorrectionError("不能把全部记录拆分出去：至少留下一条");

    const first = moved[0].personName;
    const created = await tx.person.create({
      data: { name: first, nameKey: person.nameKey, pinyin: person.pinyin, initials: person.initials },
      select: { id: true },
    });
    const payload: SplitPayload = { person: personId, newPerson: created.id, moved: moved.map((e) => e.ref), kept: kept.map((e) => e.ref) };
    const correction = await tx.correction.create({
      data: { kind: "split", payload: JSON.stringify(payload), reason, decidedBy, sessionId: sessionId ?? null },
      select: { id: true },
    });
    await tx.action.updateMany({ where: { id: { in: moved.map((e) => e.id) } }, data: { personId: created.id } });
    await relinkNames(tx, nameKeysOf([person.name, ...entries.map((e) => e.personName)]));
    await rederiveTenures(
      tx,
      moved.map((e) => e.postId),
    );
    return { correctionId: correction.id, newPersonId: created.id };
  }, TX);
}

/** "These two are one person": `from` joins `into`; `from`'s id keeps resolving to `into`. */
export async function mergePeople(db: Db, input: MergeInput): Promise<{ correctionId: number; personId: number }> {
  const { fromId, intoId, reason, decidedBy, sessionId, suggestion } = parse(MergeInput, input);
  return db.$transaction(async (tx) => {
    const from = await resolvePersonId(tx, fromId);
    const into = await resolvePersonId(tx, intoId);
    if (from === null) throw new CorrectionError(`没有编号为 ${fromId} 的人员`);
    if (into === null) throw new CorrectionError(`没有编号为 ${intoId} 的人员`);
    if (from === into) throw new CorrectionError("不能与自己合并");
    const fromEntries = await entriesOf(tx, from);
    const intoEntries = await entriesOf(tx, into);
    const people = await tx.person.findMany({ where: { id: { in: [from, into] } }, select: { name: true } });
    const payload: MergePayload = {
      from,
      into,
      fromRefs: fromEntries.map((e) => e.ref),
      intoRefs: intoEntries.map((e) => e.ref),
      ...(suggestion ? { suggestion } : {}),
    };
    const correction = await tx.correction.create({
      data: { kind: "merge", payload: JSON.stringify(payload), reason, decidedBy, sessionId: sessionId ?? null },
      select: { id: true },
    });
    await tx.action.updateMany({ where: { personId: from }, data: { personId: into } });
    await tx.person.update({ where: { id: from }, data: { mergedIntoId: into } });
    await relinkNames(
      tx,
      nameKeysOf([...people.map((p) => p.name), ...fromEntries.map((e) => e.personName), ...intoEntries.map((e) => e.personName)]),
    );
    await rederiveTenures(
      tx,
      fromEntries.map((e) => e.postId),
    );
    return { correctionId: correction.id, personId: into };
  }, TX);
}

export const ConfirmInput = z.object({
  suggestionId: z.number().int().positive(),
  decidedBy: DecidedBy,
  sessionId: SessionId,
});
export type ConfirmInput = z.input<typeof ConfirmInput>;

/**
 * An editor confirms a "可能是同一人" suggestion: a merge (the later person joins the earlier one),
 * logged like any other correction with the suggestion's evidence as its reason, and replayed by
 * every re-derivation.
 */
export async function confirmSuggestion(db: Db, input: ConfirmInput): Promise<{ correctionId: number; personId: number }> {
  const { suggestionId, decidedBy, sessionId } = parse(ConfirmInput, input);
  const s = await db.identitySuggestion.findUnique({ where: { id: suggestionId } });
  if (!s) throw new CorrectionError("这条“可能是同一人”的提示已不存在（页面可能已过期，请刷新）");
  return mergePeople(db, {
    fromId: s.personId,
    intoId: s.otherPersonId,
    reason: `确认“可能是同一人”：${s.evidence}`.slice(0, 1000),
    decidedBy,
    sessionId,
    suggestion: s.evidence,
  });
}

/** Undoes a correction: its entries go back where they were, and the rules (and later corrections) decide again. */
export async function undoCorrection(db: Db, input: UndoInput): Promise<void> {
  const { correctionId, reason, decidedBy, sessionId } = parse(UndoInput, input);
  await db.$transaction(async (tx) => {
    const row = await tx.correction.findUnique({ where: { id: correctionId } });
    if (!row) throw new CorrectionError(`没有编号为 ${correctionId} 的更正`);
    if (row.undoneAt) throw new CorrectionError("这项更正已经撤销");
    const c = parseCorrection(row);
    if (!c) throw new CorrectionError("这项更正的记录无法读取");
    const payload = { ...c.payload, undoneBy: decidedBy, undoReason: reason, ...(sessionId ? { undoneBySession: sessionId } : {}) };
    await tx.correction.update({ where: { id: correctionId }, data: { undoneAt: new Date(), payload: JSON.stringify(payload) } });

    const people = peopleOf(c);
    let posts: number[];
    if (c.kind === "split") {
      const back = (await resolvePersonId(tx, c.payload.person)) ?? c.payload.person;
      posts = await moveRefs(tx, c.payload.moved, back);
      // The split-off person's address now leads back (unless a later merge already sent it elsewhere).
      if (back !== c.payload.newPerson) {
        await tx.person.updateMany({ where: { id: c.payload.newPerson, mergedIntoId: null }, data: { mergedIntoId: back } });
      }
    } else {
      await tx.person.update({ where: { id: c.payload.from }, data: { mergedIntoId: null } });
      posts = await moveRefs(tx, c.payload.fromRefs, c.payload.from);
    }
    const names = await tx.person.findMany({ where: { id: { in: people } }, select: { name: true } });
    await relinkNames(tx, nameKeysOf(names.map((p) => p.name)));
    await rederiveTenures(tx, posts);
  }, TX);
}

export interface CorrectionView {
  id: number;
  kind: "split" | "merge";
  /** A merge that confirmed a "可能是同一人" suggestion. */
  confirmed: boolean;
  reason: string;
  decidedBy: string;
  createdAt: Date;
  undoneAt: Date | null;
  undoneBy?: string;
  undoReason?: string;
  /** The people concerned, with their current names. */
  people: { id: number; name: string; role: "from" | "into" | "person" | "newPerson" }[];
  entries: number;
}

/** The corrections that concern a person (newest first), active and undone. */
export async function correctionsFor(tx: Tx, personId: number): Promise<CorrectionView[]> {
  const rows = await tx.correction.findMany({ orderBy: { id: "desc" } });
  const parsed = rows
    .map((r) => ({ row: r, c: parseCorrection(r) }))
    .filter((x): x is { row: (typeof rows)[number]; c: ParsedCorrection } => x.c !== null && peopleOf(x.c).includes(personId));
  const ids = [...new Set(parsed.flatMap((x) => peopleOf(x.c)))];
  const names = new Map(
    (await tx.person.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((p) => [p.id, p.name]),
  );
  return parsed.map(({ row, c }) => ({
    id: row.id,
    kind: c.kind,
    confirmed: c.kind === "merge" && c.payload.suggestion !== undefined,
    reason: row.reason,
    decidedBy: row.decidedBy,
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
    undoneBy: c.payload.undoneBy,
    undoReason: c.payload.undoReason,
    people:
      c.kind === "split"
        ? [
            { id: c.payload.person, name: names.get(c.payload.person) ?? "", role: "person" as const },
            { id: c.payload.newPerson, name: names.get(c.payload.newPerson) ?? "", role: "newPerson" as const },
          ]
        : [
            { id: c.payload.from, name: names.get(c.payload.from) ?? "", role: "from" as const },
            { id: c.payload.into, name: names.get(c.payload.into) ?? "", role: "into" as const },
          ],
    entries: c.kind === "split" ? c.payload.moved.length : c.payload.fromRefs.length,
  }));
}

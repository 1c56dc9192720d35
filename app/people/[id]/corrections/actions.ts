"use server";
// The only writes of the correction page. Each action checks the editor first, then calls lib/corrections.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/app/_auth/editor";
import { CorrectionError, confirmSuggestion, mergePeople, splitPerson, undoCorrection } from "@/lib/corrections";
import { db } from "@/lib/db/client";

const text = (form: FormData, key: string) => String(form.get(key) ?? "");
const int = (form: FormData, key: string) => Number.parseInt(text(form, key), 10);

function back(personId: number, params: Record<string, string>): never {
  redirect(`/people/${personId}/corrections?${new URLSearchParams(params)}`);
}

/** Runs a correction; a refusal (no reason, stale page …) comes back to the page as a message. */
async function attempt<T>(personId: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof CorrectionError) back(personId, { error: e.message });
    throw e;
  }
}

export async function splitAction(form: FormData): Promise<void> {
  const personId = int(form, "personId");
  const session = await requireEditor(`/people/${personId}/corrections`);
  const actionIds = form.getAll("actionId").map((v) => Number.parseInt(String(v), 10));
  const { newPersonId } = await attempt(personId, () =>
    splitPerson(db(), { personId, actionIds, reason: text(form, "reason"), decidedBy: text(form, "decidedBy"), sessionId: session.id }),
  );
  revalidatePath("/", "layout");
  back(newPersonId, { done: "split", from: String(personId) });
}

export async function mergeAction(form: FormData): Promise<void> {
  const personId = int(form, "personId");
  const session = await requireEditor(`/people/${personId}/corrections`);
  const typed = text(form, "intoIdTyped").trim();
  const intoId = typed ? Number.parseInt(typed.replace(/^#/, ""), 10) : int(form, "intoId");
  if (!Number.isInteger(intoId) || intoId <= 0) back(personId, { error: "请选择或输入要合并到的人员" });
  const merged = await attempt(personId, () =>
    mergePeople(db(), {
      fromId: personId,
      intoId,
      reason: text(form, "reason"),
      decidedBy: text(form, "decidedBy"),
      sessionId: session.id,
    }),
  );
  revalidatePath("/", "layout");
  back(merged.personId, { done: "merge", from: String(personId) });
}

export async function undoAction(form: FormData): Promise<void> {
  const personId = int(form, "personId");
  const session = await requireEditor(`/people/${personId}/corrections`);
  const correctionId = int(form, "correctionId");
  await attempt(personId, () =>
    undoCorrection(db(), { correctionId, decidedBy: text(form, "decidedBy"), reason: text(form, "reason"), sessionId: session.id }),
  );
  revalidatePath("/", "layout");
  back(personId, { done: "undo" });
}

/** One click on a "可能是同一人" suggestion: the editor's session is the decision (recorded as a merge). */
export async function confirmSuggestionAction(form: FormData): Promise<void> {
  const personId = int(form, "personId");
  const session = await requireEditor(`/people/${personId}`);
  const suggestionId = int(form, "suggestionId");
  const merged = await attempt(personId, () =>
    confirmSuggestion(db(), { suggestionId, decidedBy: "编辑（令牌登录）", sessionId: session.id }),
  );
  revalidatePath("/", "layout");
  back(merged.personId, { done: "confirm", from: String(personId) });
}

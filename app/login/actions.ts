"use server";
// Ending another editor session (a lost laptop, a shared machine). Signing in and out are route
// handlers (./session, ./signout).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireEditor } from "@/app/_auth/editor";
import { endSession } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";

export async function endSessionAction(form: FormData): Promise<void> {
  const current = await requireEditor("/login");
  const id = String(form.get("sessionId") ?? "");
  if (!/^[0-9a-f]{64}$/.test(id)) redirect("/login");
  await endSession(db(), id);
  revalidatePath("/login");
  redirect(id === current.id ? "/login?signedOut=1" : "/login?ended=1");
}

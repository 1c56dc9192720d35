"use server";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/app/_auth/editor";
import { safeNextPath } from "@/lib/auth/token";

export async function loginAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const next = safeNextPath(String(formData.get("next") ?? "/"));
  const result = await signIn(token);
  if (result !== "ok") redirect(`/login?error=${result}&next=${encodeURIComponent(next)}`);
  redirect(next);
}

export async function logoutAction(): Promise<void> {
  await signOut();
  redirect("/login?signedOut=1");
}

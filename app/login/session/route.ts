// POST /login/session: the sign-in form. A route handler, not a server action, so that every
// server action is a write that proxy.ts can refuse before Next.js reads its body.
import { signIn } from "@/app/_auth/editor";
import { safeNextPath } from "@/lib/auth/token";

export const dynamic = "force-dynamic";

/** A sign-in form is a few hundred bytes; anything much larger is not one. */
const MAX_FORM_BYTES = 8 * 1024;

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? "0");
  const type = request.headers.get("content-type") ?? "";
  if (!(length <= MAX_FORM_BYTES) || !/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    return new Response("登录表单格式不正确。", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("登录表单格式不正确。", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const token = String(form.get("token") ?? "");
  const next = safeNextPath(String(form.get("next") ?? "/"));
  const result = await signIn(token);
  if (result !== "ok") return seeOther(`/login?error=${result}&next=${encodeURIComponent(next)}`);
  return seeOther(next);
}

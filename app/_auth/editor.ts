// Who may change data from the browser: whoever signed in with the operator's token (env
// RENMIAN_EDITOR_TOKEN) and holds a live server-side session (lib/auth/sessions). Reading stays
// public. The cookie glue for Next.js (cookies, headers, redirect); every write goes through it:
//
//   const session = await requireEditor(); // first line of a server action that writes
//   const s = await editorStatus();        // { configured, signedIn, session } for pages and route handlers
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  type ActiveSession,
  checkSession,
  endSession,
  openSession,
  SESSION_COOKIE,
  SESSION_POLICY,
  sessionIdOf,
} from "@/lib/auth/sessions";
import { LoginThrottle, type LoginVerdict, throttleClient, trustProxy, verifyLogin } from "@/lib/auth/throttle";
import { configuredToken, EDITOR_TOKEN_ENV, safeNextPath } from "@/lib/auth/token";
import { db } from "@/lib/db/client";
import { isSameOrigin } from "@/lib/security/origin";

/** Shown wherever a write is refused because the operator has not set a token. */
export const NO_TOKEN_MESSAGE =
  `写入功能未开启：运营者尚未设置编辑令牌。请在启动服务器前设置环境变量 ${EDITOR_TOKEN_ENV}` +
  `（例如 ${EDITOR_TOKEN_ENV}=$(openssl rand -hex 32) npm start），然后用该令牌登录。`;
export const SIGN_IN_MESSAGE = "此操作会修改数据，需要先用编辑令牌登录。";

export interface EditorStatus {
  /** The operator has set RENMIAN_EDITOR_TOKEN. */
  configured: boolean;
  /** This request carries the cookie of a live session. */
  signedIn: boolean;
  /** That session (its id is recorded on every write it makes). */
  session: ActiveSession | null;
}

export async function editorStatus(): Promise<EditorStatus> {
  const token = configuredToken();
  if (!token) return { configured: false, signedIn: false, session: null };
  const secret = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await checkSession(db(), secret, token);
  return { configured: true, signedIn: session !== null, session };
}

/** The local path of the page that sent this request (for "come back here after login"). */
async function refererPath(): Promise<string> {
  const h = await headers();
  const referer = h.get("referer");
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    if (url.host !== h.get("host")) return "/";
    return safeNextPath(url.pathname + url.search);
  } catch {
    return "/";
  }
}

/**
 * Guard for server actions and server components that change data: returns the live session
 * (record its id with the write), otherwise redirects to /login (which explains how to sign in,
 * or how the operator sets a token) and comes back afterwards.
 */
export async function requireEditor(next?: string): Promise<ActiveSession> {
  const status = await editorStatus();
  if (status.session) return status.session;
  const back = safeNextPath(next ?? (await refererPath()));
  redirect(`/login?next=${encodeURIComponent(back)}`);
}

async function isHttps(): Promise<boolean> {
  const h = await headers();
  return (h.get("x-forwarded-proto") ?? "").split(",")[0].trim() === "https";
}

export type SignInResult = LoginVerdict | "not-configured";

const throttle = ((globalThis as unknown as { renmianLoginThrottle?: LoginThrottle }).renmianLoginThrottle ??= new LoginThrottle());

/**
 * Checks the token through the throttle (counted first, the same wait for right and wrong) and,
 * when right, opens a server-side session and sets its httpOnly, SameSite=Strict cookie.
 */
export async function signIn(candidate: string): Promise<SignInResult> {
  const token = configuredToken();
  if (!token) return "not-configured";
  const h = await headers();
  const client = throttleClient(h.get("x-forwarded-for"));
  const verdict = await verifyLogin(candidate, token, client, throttle);
  if (verdict !== "ok") return verdict;
  const { secret } = await openSession(db(), token, {
    client: client === "all-clients" ? "" : client.slice(5),
    userAgent: h.get("user-agent") ?? "",
  });
  (await cookies()).set(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "strict",
    secure: await isHttps(),
    path: "/",
    // The browser forgets it at the absolute limit; the server refuses it from then on anyway.
    maxAge: SESSION_POLICY.absoluteMs / 1000,
  });
  return "ok";
}

/** Ends this browser's session on the server (a copy of the cookie is refused from now on) and drops the cookie. */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const secret = jar.get(SESSION_COOKIE)?.value;
  if (secret) await endSession(db(), sessionIdOf(secret));
  jar.delete(SESSION_COOKIE);
}

/** Same-origin check for route handlers that write (lib/security/origin; proxy.ts applies it to every write). */
export function sameOrigin(request: Request): boolean {
  return isSameOrigin(request.headers, trustProxy());
}

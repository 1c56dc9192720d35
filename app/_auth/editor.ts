// Who may change data from the browser: whoever knows the operator's token
// (env RENMIAN_EDITOR_TOKEN). Reading stays public. This is the only lib/ module that
// touches Next.js (cookies, headers, redirect): server actions and route handlers call it.
//
//   await requireEditor();          // first line of a server action that writes
//   const s = await editorStatus(); // { configured, signedIn } for pages and route handlers
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  configuredToken,
  EDITOR_TOKEN_ENV,
  LoginThrottle,
  safeNextPath,
  sessionMatches,
  sessionValue,
  tokenMatches,
} from "../../lib/auth/token";

export const EDITOR_COOKIE = "renmian_editor";
const SESSION_SECONDS = 12 * 60 * 60;

/** Shown wherever a write is refused because the operator has not set a token. */
export const NO_TOKEN_MESSAGE =
  `写入功能未开启：运营者尚未设置编辑令牌。请在启动服务器前设置环境变量 ${EDITOR_TOKEN_ENV}` +
  `（例如 ${EDITOR_TOKEN_ENV}=$(openssl rand -hex 32) npm start），然后用该令牌登录。`;
export const SIGN_IN_MESSAGE = "此操作会修改数据，需要先用编辑令牌登录。";

export interface EditorStatus {
  /** The operator has set RENMIAN_EDITOR_TOKEN. */
  configured: boolean;
  /** This request carries a valid session cookie. */
  signedIn: boolean;
}

export async function editorStatus(): Promise<EditorStatus> {
  const token = configuredToken();
  if (!token) return { configured: false, signedIn: false };
  const cookie = (await cookies()).get(EDITOR_COOKIE)?.value;
  return { configured: true, signedIn: sessionMatches(cookie, token) };
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
 * Guard for server actions and server components that change data: returns when the
 * request is signed in, otherwise redirects to /login (which explains how to sign in,
 * or how the operator sets a token) and comes back afterwards.
 */
export async function requireEditor(next?: string): Promise<void> {
  const status = await editorStatus();
  if (status.signedIn) return;
  const back = safeNextPath(next ?? (await refererPath()));
  redirect(`/login?next=${encodeURIComponent(back)}`);
}

async function isHttps(): Promise<boolean> {
  const h = await headers();
  return (h.get("x-forwarded-proto") ?? "").split(",")[0].trim() === "https";
}

export type SignInResult = "ok" | "not-configured" | "wrong-token";

const throttle = ((globalThis as unknown as { renmianLoginThrottle?: LoginThrottle }).renmianLoginThrottle ??= new LoginThrottle());

async function clientAddress(): Promise<string> {
  const h = await headers();
  return (h.get("x-forwarded-for") ?? "").split(",")[0].trim() || h.get("x-real-ip") || "direct";
}

/** Checks the token (constant time) and sets the httpOnly, SameSite=Strict session cookie. */
export async function signIn(candidate: string): Promise<SignInResult> {
  const token = configuredToken();
  if (!token) return "not-configured";
  const client = await clientAddress();
  if (!tokenMatches(candidate, token)) {
    // Wrong answers come slowly (longer after repeated failures): guessing is slow.
    const delay = throttle.fail(client);
    await new Promise((r) => setTimeout(r, delay));
    return "wrong-token";
  }
  throttle.succeed(client);
  (await cookies()).set(EDITOR_COOKIE, sessionValue(token), {
    httpOnly: true,
    sameSite: "strict",
    secure: await isHttps(),
    path: "/",
    maxAge: SESSION_SECONDS,
  });
  return "ok";
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(EDITOR_COOKIE);
}

/**
 * Same-origin check for route handlers that write (server actions get it from Next.js):
 * a browser sends Origin on POST; when it names another host the request is refused.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // non-browser clients; the SameSite=Strict cookie still applies
  try {
    return new URL(origin).host === (request.headers.get("x-forwarded-host") ?? request.headers.get("host"));
  } catch {
    return false;
  }
}

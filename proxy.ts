// Next.js 16 proxy (formerly middleware), run before any route:
// 1. refuses what no route should see (lib/security/request.ts): malformed percent-encoding (400),
//    cross-origin writes (403), server actions with a body that is not a form (400);
// 2. every other write (a server action, from JavaScript or a plain form; signing in and out are
//    the exceptions) needs a live editor session: refused here without one, before Next.js reads
//    the body;
// 3. a per-request Content-Security-Policy with a nonce (lib/security/csp.ts), and HSTS over HTTPS;
// 4. a page asked with impossible parameters (lib/queries/inputProblems.ts) is answered 400: a server
//    component cannot set its status, the proxy can; the page itself says what was wrong.
// Refusals carry the same security headers as every other answer (lib/security/headers.mjs).
import { type NextRequest, NextResponse } from "next/server";
import { checkSession, SESSION_COOKIE } from "./lib/auth/sessions";
import { trustProxy } from "./lib/auth/throttle";
import { configuredToken } from "./lib/auth/token";
import { db } from "./lib/db/client";
import { inputProblems, rulesFor } from "./lib/queries/inputProblems";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { FALLBACK_CSP, HSTS, SECURITY_HEADERS, viaHttps } from "./lib/security/headers.mjs";
import { screenRequest } from "./lib/security/request";
import { routerStateLooksValid } from "./lib/security/routerState.mjs";
import { splitTarget } from "./lib/security/target.mjs";

function withSecurityHeaders(response: Response, https: boolean, csp: string): Response {
  for (const { key, value } of SECURITY_HEADERS) response.headers.set(key, value);
  if (https) response.headers.set(HSTS.key, HSTS.value);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function refusal(status: number, message: string, https: boolean): Response {
  const response = new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
  return withSecurityHeaders(response, https, FALLBACK_CSP);
}

export async function proxy(request: NextRequest) {
  const https = viaHttps(request.headers.get("x-forwarded-proto"));
  const target = splitTarget(request.url) ?? { rawPath: "/", rawQuery: "" };
  const verdict = screenRequest({ method: request.method, ...target, headers: request.headers }, trustProxy());
  if (verdict.refuse) return refusal(verdict.status, verdict.message, https);
  if (verdict.needsSession) {
    const session = await checkSession(db(), request.cookies.get(SESSION_COOKIE)?.value, configuredToken());
    if (!session) return refusal(401, "此操作会修改数据，需要先用编辑令牌登录（/login）。", https);
  }

  // Prefetches pass the checks above but are otherwise left as they came: Next.js matches their
  // cache key against their headers, and a prefetch renders no document that needs a nonce.
  if (request.headers.get("next-router-prefetch") !== null || request.headers.get("purpose") === "prefetch") {
    return NextResponse.next();
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // Next.js answers a router state it cannot parse with a 500, and turns a proxy's refusal of a
  // navigation request into a redirect; so a malformed one is dropped and the request is an
  // ordinary page request. What Next's own client sends always passes (lib/security/routerState.mjs).
  // The server in front (scripts/serve.mjs) drops it before Next.js parses it; this is for `next start`.
  if (!routerStateLooksValid(request.headers.get("next-router-state-tree"))) requestHeaders.delete("next-router-state-tree");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const rules = rulesFor(request.nextUrl.pathname);
  const bad = rules !== null && inputProblems(rules, request.nextUrl.searchParams).length > 0;
  const response = NextResponse.next({ request: { headers: requestHeaders }, ...(bad ? { status: 400 } : {}) });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set(HSTS.key, HSTS.value);
  return response;
}

export const config = {
  matcher: [
    {
      // Not: static files, and the import upload routes (a proxy buffers request bodies, cut at
      // 10 MB; those routes check origin and session themselves before reading the body, enforce
      // their own limits and answer JSON, which needs no nonce).
      // Prefetches are not skipped: a header the client chooses must not switch these checks off.
      source: "/((?!_next/static|_next/image|favicon.ico|import/api/).*)",
    },
  ],
};

// Next.js 16 proxy (formerly middleware): a per-request Content-Security-Policy with a nonce
// (lib/security/csp.ts). The static security headers are in next.config.mjs headers().
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Not: static files, and the import upload routes (a proxy buffers request bodies, cut at
      // 10 MB; those routes enforce their own limits and answer JSON, which needs no nonce).
      source: "/((?!_next/static|_next/image|favicon.ico|import/api/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

// Security headers for every response (lib/security/headers.mjs). The Content-Security-Policy of
// pages is per request (it carries a nonce): see proxy.ts. Responses the proxy skips (static
// files, the import upload routes) get the fallback policy, which allows no inline script at all.
import { FALLBACK_CSP, HSTS, SECURITY_HEADERS } from "./lib/security/headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: FALLBACK_CSP }] },
      { source: "/import/api/:path*", headers: [{ key: "Content-Security-Policy", value: FALLBACK_CSP }] },
    ];
  },
};

export default nextConfig;

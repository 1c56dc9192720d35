// Security headers for every response. The Content-Security-Policy itself is per request
// (it carries a nonce): see proxy.ts. Responses the proxy skips (static files, the import
// upload routes) get the fallback policy below, which allows no inline script at all.

/** Used where proxy.ts does not run: JSON answers and static files need no script. */
const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: FALLBACK_CSP }] },
      { source: "/import/api/:path*", headers: [{ key: "Content-Security-Policy", value: FALLBACK_CSP }] },
    ];
  },
};

export default nextConfig;

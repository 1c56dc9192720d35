// The security headers of every answer, in plain JavaScript so next.config.mjs can read them
// too: next.config applies them to the responses Next.js makes; proxy.ts to the ones it makes
// itself (refusals), which next.config's headers() does not reach.

/** Sent with every response. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * Sent when the request came over HTTPS (X-Forwarded-Proto: https from the proxy in front):
 * browsers then refuse plain HTTP to this host for a year. Over HTTP browsers ignore it, so a
 * forged X-Forwarded-Proto changes nothing.
 */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000" };

/** For answers without a page (JSON, static files, refusals): no script at all. */
export const FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Whether the request reached the proxy in front over HTTPS. */
export function viaHttps(forwardedProto) {
  return (forwardedProto ?? "").split(",")[0].trim().toLowerCase() === "https";
}

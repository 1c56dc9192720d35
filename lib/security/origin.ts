// Is a write request from one of our own pages? Browsers send Origin on every POST and
// Sec-Fetch-Site on every request; a page on another site cannot forge either. Requests with
// neither (curl, scripts) are not cross-site requests from a browser, and still need a session.

type HeaderSource = { get(name: string): string | null };

/** The host the browser addressed: Host, or X-Forwarded-Host when the operator trusts a proxy in front. */
export function requestHost(h: HeaderSource, trustProxy = false): string | null {
  const forwarded = trustProxy ? h.get("x-forwarded-host")?.split(",")[0].trim() : undefined;
  return forwarded || h.get("host");
}

export function isSameOrigin(h: HeaderSource, trustProxy = false): boolean {
  const site = h.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = h.get("origin");
  if (origin === null) return true;
  try {
    return new URL(origin).host === requestHost(h, trustProxy);
  } catch {
    return false; // "null" (sandboxed frames, file:) or garbage
  }
}

/** Methods that change data (everything but reads). */
export function isWriteMethod(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

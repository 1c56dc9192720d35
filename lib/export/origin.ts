// The public address of the site, for absolute links in downloads, feeds and the API: the
// operator's RENMIAN_PUBLIC_URL when set (behind a proxy the request's own origin may be internal),
// else the origin the request came to.

export function siteOrigin(requestOrigin: string): string {
  const configured = process.env.RENMIAN_PUBLIC_URL?.trim();
  if (configured) {
    try {
      const u = new URL(configured);
      if (u.protocol === "http:" || u.protocol === "https:") return u.origin;
    } catch {
      // A malformed setting falls back to the request's origin.
    }
  }
  return requestOrigin.replace(/\/+$/, "");
}

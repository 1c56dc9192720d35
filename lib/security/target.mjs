// The request target (path and query) exactly as the client sent it, before anything decodes or
// resolves it, and what makes one unfit for every route. Plain JavaScript: used by the server in
// front of Next.js (lib/security/gate.mjs) and again by proxy.ts (lib/security/request.ts).

/**
 * Path and query of a request target: origin-form (`/people/1?x=1`) or absolute-form
 * (`http://host/people/1`); null for anything else (`*`, garbage). A fragment is dropped.
 * @param {string} target
 * @returns {{ rawPath: string, rawQuery: string } | null}
 */
export function splitTarget(target) {
  const afterHost = target.startsWith("/") ? target : target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  if (!afterHost.startsWith("/")) return null;
  const noHash = afterHost.split("#")[0];
  const q = noHash.indexOf("?");
  return q < 0 ? { rawPath: noHash, rawQuery: "" } : { rawPath: noHash.slice(0, q), rawQuery: noHash.slice(q + 1) };
}

/**
 * Does this string decode as percent-encoded UTF-8? (`%ZZ`, a lone `%`, `%C3` alone do not.)
 * @param {string} s
 */
export function wellEncoded(s) {
  try {
    decodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
}

/**
 * A `.` or `..` segment, written plainly or encoded (`%2e%2e`). Browsers resolve them before
 * sending, so only a hand-made request has one; no page is named by one.
 * @param {string} rawPath
 */
export function hasDotSegment(rawPath) {
  return /(^|\/)(%2e|\.){1,2}(\/|$)/i.test(rawPath);
}

/**
 * Why no route should see this target, or null: a path or query that does not decode (Next.js
 * would answer it with a 500, or pass it on undecoded), a dot segment (Next.js would resolve it
 * into a redirect).
 * @param {string} rawPath
 * @param {string} rawQuery
 * @returns {string | null}
 */
export function targetProblem(rawPath, rawQuery) {
  if (!wellEncoded(rawPath) || !wellEncoded(rawQuery.replace(/\+/g, " "))) return "网址中的百分号编码不正确。";
  if (hasDotSegment(rawPath)) return "网址中含有“.”或“..”路径段。";
  return null;
}

// JSON answers of the read-only API: ETags (a second request with If-None-Match costs no body),
// short public caching, typed errors. Standard Request/Response only: no Next.js here.
import { createHash } from "node:crypto";

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const BASE_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "X-Content-Type-Options": "nosniff",
  // Public, read-only data: scripts on other sites may read it.
  "Access-Control-Allow-Origin": "*",
};

/** Whether an If-None-Match header names this ETag (a list, weak or strong, or *). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

export function jsonResponse(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = { ...BASE_HEADERS, ETag: etag, "Cache-Control": "public, max-age=60", Vary: "Accept-Encoding" };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers });
}

export function errorResponse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers: { ...BASE_HEADERS, "Cache-Control": "no-store" } });
}

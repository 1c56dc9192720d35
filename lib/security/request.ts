// What proxy.ts decides before any route sees a request: pure functions of the request line and
// headers, so they are tested without a server (request.test.ts).
import { isSameOrigin, isWriteMethod } from "./origin";
import { targetProblem } from "./target.mjs";

/** Content types a server action body may have: what React sends (text/plain, multipart) or a plain form. */
const ACTION_BODY = /^(multipart\/form-data|text\/plain|application\/x-www-form-urlencoded)\b/i;

export type Verdict = { refuse: false; needsSession: boolean } | { refuse: true; status: 400 | 403; message: string };

/**
 * The writes anyone may send: signing in and out. Every other write to a path the proxy sees is a
 * server action (with the Next-Action header from JavaScript, or a plain form post without it) or
 * a route handler that changes data, and needs an editor session.
 */
export const PUBLIC_WRITES = new Set(["/login/session", "/login/signout"]);

/**
 * The checks every request passes first: a path and query that decode, without dot segments
 * (else 400), writes only from our own pages (else 403), server action bodies of a
 * form type (else 400), and, but for PUBLIC_WRITES, a live session for every write (checked by
 * proxy.ts right after this, still before Next.js reads the body).
 */
export function screenRequest(
  req: {
    method: string;
    rawPath: string;
    rawQuery: string;
    headers: { get(name: string): string | null };
  },
  trustProxy = false,
): Verdict {
  // The server in front (lib/security/gate.mjs) refuses these before Next.js sees them; checked
  // again here for a deployment that runs `next start` itself.
  const problem = targetProblem(req.rawPath, req.rawQuery);
  if (problem) return { refuse: true, status: 400, message: problem };
  if (!isWriteMethod(req.method)) return { refuse: false, needsSession: false };
  if (!isSameOrigin(req.headers, trustProxy)) return { refuse: true, status: 403, message: "拒绝跨站请求：请在本站的页面上操作。" };
  if (PUBLIC_WRITES.has(req.rawPath.replace(/\/+$/, ""))) return { refuse: false, needsSession: false };
  // A server action whose body React could not have sent (Next.js would fail on it with a 500);
  // route handlers read their own bodies (JSON, uploads) and answer for them.
  if (req.headers.get("next-action") !== null && !ACTION_BODY.test(req.headers.get("content-type") ?? "")) {
    return { refuse: true, status: 400, message: "请求内容的格式不正确。" };
  }
  return { refuse: false, needsSession: true };
}

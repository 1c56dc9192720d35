// The gate in front of Next.js (scripts/serve.mjs): decides on the raw request before Next.js
// sees it, because Next.js answers some requests itself before proxy.ts runs: a malformed
// router-state header (500), a dot segment (a redirect), a query that does not decode (passed on
// as 200). A pure function of the request line and headers, tested without a server (gate.test.ts).
import { FALLBACK_CSP, HSTS, SECURITY_HEADERS, viaHttps } from "./headers.mjs";
import { routerStateLooksValid } from "./routerState.mjs";
import { splitTarget, targetProblem } from "./target.mjs";

/** @param {string | string[] | undefined} v */
const one = (v) => (Array.isArray(v) ? v.join(", ") : v);

/**
 * Refuse (400, with a message for the reader) or pass, naming the headers to remove first: a
 * router-state header that is not the shape Next's own client sends turns the request into an
 * ordinary page request.
 * @param {{ url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @returns {{ refuse: true, status: 400, message: string } | { refuse: false, dropHeaders: string[] }}
 */
export function gateRequest(req) {
  const target = splitTarget(req.url ?? "");
  if (!target) return { refuse: true, status: 400, message: "请求的网址不正确。" };
  const problem = targetProblem(target.rawPath, target.rawQuery);
  if (problem) return { refuse: true, status: 400, message: problem };
  const dropHeaders = [];
  if (!routerStateLooksValid(one(req.headers["next-router-state-tree"]))) dropHeaders.push("next-router-state-tree");
  return { refuse: false, dropHeaders };
}

/**
 * The headers every answer starts with, set before Next.js answers: its own answers (pages,
 * redirects, errors) set them again or replace them (a page's Content-Security-Policy carries a
 * nonce: proxy.ts), and answers Next.js makes before any of that keep these.
 * @param {string | string[] | undefined} forwardedProto
 * @returns {{ key: string, value: string }[]}
 */
export function answerHeaders(forwardedProto) {
  return [...SECURITY_HEADERS, { key: "Content-Security-Policy", value: FALLBACK_CSP }, ...(viaHttps(one(forwardedProto)) ? [HSTS] : [])];
}

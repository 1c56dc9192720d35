// The operator token, without any Next.js: pure functions, tested on their own (lib/auth/token.test.ts).
import { createHmac, timingSafeEqual } from "node:crypto";

/** Environment variable holding the operator's token; unset = browser writes are refused. */
export const EDITOR_TOKEN_ENV = "RENMIAN_EDITOR_TOKEN";

/** Tokens shorter than this are accepted but reported as weak at start-up (the e2e tests use a short one). */
export const RECOMMENDED_TOKEN_LENGTH = 32;

export function configuredToken(env: Record<string, string | undefined> = process.env): string | null {
  const token = env[EDITOR_TOKEN_ENV]?.trim();
  return token ? token : null;
}

/** Constant-time comparison of two strings of any length (both are hashed to 32 bytes first). */
export function constantTimeEqual(a: string, b: string): boolean {
  const ha = createHmac("sha256", "renmian-compare").update(a).digest();
  const hb = createHmac("sha256", "renmian-compare").update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

/** Does the token typed in the login form match the configured one? */
export function tokenMatches(candidate: string, token: string | null): boolean {
  if (!token) return false;
  return constantTimeEqual(candidate.trim(), token);
}

/**
 * Where to go after logging in: only a local path (never "//host" or a URL), so the login
 * form cannot be used to send someone to another site.
 */
export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(next)) return fallback;
  return next;
}

/** The start-up warning for a token too short to resist guessing, or null when it is long enough. */
export function weakTokenWarning(token: string | null): string | null {
  if (!token || token.length >= RECOMMENDED_TOKEN_LENGTH) return null;
  return (
    `[renmian] warning: ${EDITOR_TOKEN_ENV} is ${token.length} characters long; use at least ${RECOMMENDED_TOKEN_LENGTH} ` +
    `random characters, e.g. ${EDITOR_TOKEN_ENV}=$(openssl rand -hex 32)`
  );
}

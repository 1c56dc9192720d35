// The operator token and the session cookie derived from it, without any Next.js:
// pure functions, so they are tested on their own (lib/auth/token.test.ts).
import { createHmac, timingSafeEqual } from "node:crypto";

/** Environment variable holding the operator's token; unset = browser writes are refused. */
export const EDITOR_TOKEN_ENV = "RENMIAN_EDITOR_TOKEN";

/** Tokens shorter than this are accepted but reported as weak (the e2e tests use a short one). */
export const RECOMMENDED_TOKEN_LENGTH = 16;

export function configuredToken(env: Record<string, string | undefined> = process.env): string | null {
  const token = env[EDITOR_TOKEN_ENV]?.trim();
  return token ? token : null;
}

/**
 * The cookie never carries the token itself: it carries an HMAC of a fixed label keyed
 * by the token, so a leaked cookie does not reveal the token, and changing the token
 * signs every session out.
 */
export function sessionValue(token: string): string {
  return createHmac("sha256", token).update("renmian-editor-session-v1").digest("base64url");
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

/** Is a session cookie value valid for the configured token? */
export function sessionMatches(cookie: string | undefined, token: string | null): boolean {
  if (!token || !cookie) return false;
  return constantTimeEqual(cookie, sessionValue(token));
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

/**
 * Wrong tokens per client (IP address) in a sliding window, and the delay the next wrong answer
 * gets: 0.4 s, then doubling up to 10 s. Only wrong tokens wait, so nobody can lock the operator
 * out; a long random token is what makes guessing hopeless. In memory, per server process.
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a wrong token and returns how long to wait before answering. */
  fail(client: string): number {
    const since = this.now() - this.windowMs;
    const recent = [...(this.failures.get(client) ?? []).filter((t) => t > since), this.now()];
    this.failures.set(client, recent);
    if (this.failures.size > 10_000) this.failures.clear(); // bounded memory under a flood of addresses
    return Math.min(10_000, 400 * 2 ** Math.max(0, recent.length - 3));
  }

  succeed(client: string): void {
    this.failures.delete(client);
  }
}

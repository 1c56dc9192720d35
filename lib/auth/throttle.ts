// The sign-in throttle. Every attempt is counted for its client before the token is looked at,
// and right and wrong tokens wait the same delay before the answer, so a guesser learns nothing
// by giving up early and runs out of attempts after THROTTLE.maxAttempts.
import { tokenMatches } from "./token";

export const THROTTLE = {
  /** Attempts are counted over this sliding window. */
  windowMs: 15 * 60_000,
  /** More attempts than this in the window are refused without looking at the token. */
  maxAttempts: 10,
  /** Every answer waits this long; from the 4th attempt in the window the wait doubles each time… */
  baseDelayMs: 500,
  /** …up to this. */
  maxDelayMs: 8_000,
};

export type Attempt = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

/** Attempts per client in a sliding window, in memory, per server process. */
export class LoginThrottle {
  private attempts = new Map<string, number[]>();

  constructor(
    private readonly limits = THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt by this client and says whether to answer it, and after how long. */
  attempt(client: string): Attempt {
    const now = this.now();
    const recent = (this.attempts.get(client) ?? []).filter((t) => t > now - this.limits.windowMs);
    if (recent.length >= this.limits.maxAttempts) {
      this.attempts.set(client, recent);
      return { allowed: false, retryAfterMs: recent[0] + this.limits.windowMs - now };
    }
    recent.push(now);
    // Bounded memory under a flood of client names: forget the others, never the one asking.
    if (this.attempts.size > 10_000) this.attempts.clear();
    this.attempts.set(client, recent);
    const delayMs = Math.min(this.limits.maxDelayMs, this.limits.baseDelayMs * 2 ** Math.max(0, recent.length - 3));
    return { allowed: true, delayMs };
  }

  /** A correct token clears the client's count (after its answer has waited like any other). */
  succeed(client: string): void {
    this.attempts.delete(client);
  }
}

export type LoginVerdict = "ok" | "wrong-token" | "throttled";

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks a sign-in attempt: counted first, refused without comparison when the client has used
 * its attempts, otherwise compared in constant time and answered after the same wait whether the
 * token was right or wrong (one `wait` call, before the branch on the result).
 */
export async function verifyLogin(
  candidate: string,
  token: string,
  client: string,
  throttle: LoginThrottle,
  wait: (ms: number) => Promise<void> = sleep,
): Promise<LoginVerdict> {
  const attempt = throttle.attempt(client);
  if (!attempt.allowed) return "throttled";
  const matches = tokenMatches(candidate, token);
  await wait(attempt.delayMs);
  if (!matches) return "wrong-token";
  throttle.succeed(client);
  return "ok";
}

/**
 * Who is signing in, for the throttle. Next.js fills X-Forwarded-For from the connection only
 * when the request has none, so the header is whatever the client sent unless a proxy in front
 * overwrites or appends to it. Only when the operator says so (RENMIAN_TRUST_PROXY) is its last
 * entry (the one the proxy added) taken; otherwise all clients share one count.
 */
export function throttleClient(forwardedFor: string | null, env: Record<string, string | undefined> = process.env): string {
  if (!trustProxy(env)) return "all-clients";
  const last = (forwardedFor ?? "").split(",").pop()?.trim();
  return last ? `addr:${last.slice(0, 100)}` : "all-clients";
}

export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.RENMIAN_TRUST_PROXY?.trim() ?? "");
}

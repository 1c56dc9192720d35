import { describe, expect, it } from "vitest";
import { LoginThrottle, THROTTLE, throttleClient, verifyLogin } from "./throttle";

const TOKEN = "a-long-operator-token-0123456789abcdef";

/** A wait that records what it was asked for and what had happened by then (no real time passes). */
function recordingWait(log: string[]) {
  return async (ms: number) => {
    log.push(`wait ${ms}`);
  };
}

describe("verifyLogin", () => {
  it("makes a right and a wrong token wait the same delay, before the answer is known", async () => {
    const right: string[] = [];
    const wrong: string[] = [];
    // Two fresh throttles: the same attempt number for both.
    const okVerdict = verifyLogin(TOKEN, TOKEN, "c", new LoginThrottle(), recordingWait(right)).then((v) => {
      right.push(`answer ${v}`);
    });
    const badVerdict = verifyLogin("guess", TOKEN, "c", new LoginThrottle(), recordingWait(wrong)).then((v) => {
      wrong.push(`answer ${v}`);
    });
    await Promise.all([okVerdict, badVerdict]);
    expect(right).toEqual([`wait ${THROTTLE.baseDelayMs}`, "answer ok"]);
    expect(wrong).toEqual([`wait ${THROTTLE.baseDelayMs}`, "answer wrong-token"]);
  });

  it("counts the attempt before the answer: a guesser who gives up early has still used it", async () => {
    const throttle = new LoginThrottle();
    const never = () => new Promise<void>(() => {}); // the client hangs up while the answer waits
    for (let i = 0; i < THROTTLE.maxAttempts; i++) void verifyLogin("guess", TOKEN, "10.0.0.7", throttle, never);
    // The right token now gets nothing either: the client has used its attempts.
    const log: string[] = [];
    expect(await verifyLogin(TOKEN, TOKEN, "10.0.0.7", throttle, recordingWait(log))).toBe("throttled");
    expect(log).toEqual([]); // refused at once, without comparing
    expect(await verifyLogin(TOKEN, TOKEN, "10.0.0.8", throttle, recordingWait(log))).toBe("ok"); // another client
  });

  it("waits longer with every attempt in the window, right or wrong, and a success clears the count", async () => {
    const throttle = new LoginThrottle();
    const log: string[] = [];
    for (let i = 0; i < 5; i++) await verifyLogin("guess", TOKEN, "c", throttle, recordingWait(log));
    await verifyLogin(TOKEN, TOKEN, "c", throttle, recordingWait(log));
    await verifyLogin("guess", TOKEN, "c", throttle, recordingWait(log));
    expect(log).toEqual(["wait 500", "wait 500", "wait 500", "wait 1000", "wait 2000", "wait 4000", "wait 500"]);
  });
});

describe("LoginThrottle", () => {
  it("blocks after N attempts in the window and lets the client in again when the window has passed", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(THROTTLE, () => now);
    const answers = Array.from({ length: THROTTLE.maxAttempts + 2 }, () => throttle.attempt("c").allowed);
    expect(answers).toEqual([...Array(THROTTLE.maxAttempts).fill(true), false, false]);
    const blocked = throttle.attempt("c");
    expect(blocked).toEqual({ allowed: false, retryAfterMs: THROTTLE.windowMs });
    now += THROTTLE.windowMs + 1;
    expect(throttle.attempt("c")).toEqual({ allowed: true, delayMs: THROTTLE.baseDelayMs });
  });
});

describe("throttleClient", () => {
  it("ignores X-Forwarded-For unless the operator trusts a proxy, then takes the entry the proxy added", () => {
    expect(throttleClient("1.2.3.4", {})).toBe("all-clients");
    expect(throttleClient("9.9.9.9", {})).toBe(throttleClient("8.8.8.8", {})); // a forged header gains nothing
    expect(throttleClient("forged, 203.0.113.9", { RENMIAN_TRUST_PROXY: "1" })).toBe("addr:203.0.113.9");
    expect(throttleClient(null, { RENMIAN_TRUST_PROXY: "true" })).toBe("all-clients");
  });
});

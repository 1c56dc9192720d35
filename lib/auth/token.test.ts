import { describe, expect, it } from "vitest";
import { configuredToken, constantTimeEqual, LoginThrottle, safeNextPath, sessionMatches, sessionValue, tokenMatches } from "./token";

describe("operator token", () => {
  it("is read from RENMIAN_EDITOR_TOKEN; blank means not configured", () => {
    expect(configuredToken({ RENMIAN_EDITOR_TOKEN: " s3cret-token " })).toBe("s3cret-token");
    expect(configuredToken({ RENMIAN_EDITOR_TOKEN: "  " })).toBeNull();
    expect(configuredToken({})).toBeNull();
  });

  it("matches only the exact token, whatever the lengths", () => {
    expect(tokenMatches("s3cret-token", "s3cret-token")).toBe(true);
    expect(tokenMatches("s3cret-token\n", "s3cret-token")).toBe(true); // pasted with a newline
    expect(tokenMatches("s3cret-toke", "s3cret-token")).toBe(false);
    expect(tokenMatches("s3cret-token-and-more", "s3cret-token")).toBe(false);
    expect(tokenMatches("", "s3cret-token")).toBe(false);
    expect(tokenMatches("anything", null)).toBe(false);
    expect(constantTimeEqual("a", "a")).toBe(true);
    expect(constantTimeEqual("a", "b")).toBe(false);
  });

  it("signs the session cookie with the token: the cookie is not the token, and a new token ends old sessions", () => {
    const cookie = sessionValue("first-token");
    expect(cookie).not.toContain("first-token");
    expect(sessionMatches(cookie, "first-token")).toBe(true);
    expect(sessionMatches(cookie, "second-token")).toBe(false);
    expect(sessionMatches(undefined, "first-token")).toBe(false);
    expect(sessionMatches(cookie, null)).toBe(false);
  });

  it("sends people back only to a local path after login", () => {
    expect(safeNextPath("/import")).toBe("/import");
    expect(safeNextPath("/people/12?tab=corrections")).toBe("/people/12?tab=corrections");
    expect(safeNextPath("//evil.example/x")).toBe("/");
    expect(safeNextPath("/\\evil.example")).toBe("/");
    expect(safeNextPath("https://evil.example")).toBe("/");
    expect(safeNextPath(null, "/import")).toBe("/import");
  });
});

describe("LoginThrottle", () => {
  it("answers repeated wrong tokens from one client more and more slowly, for a while", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(60_000, () => now);
    const delays = Array.from({ length: 9 }, () => throttle.fail("10.0.0.7"));
    expect(delays).toEqual([400, 400, 400, 800, 1600, 3200, 6400, 10_000, 10_000]);
    expect(throttle.fail("10.0.0.8")).toBe(400); // another client
    now += 61_000; // the window has passed
    expect(throttle.fail("10.0.0.7")).toBe(400);
    throttle.fail("10.0.0.7");
    throttle.fail("10.0.0.7");
    throttle.succeed("10.0.0.7");
    expect(throttle.fail("10.0.0.7")).toBe(400);
  });
});

import { describe, expect, it } from "vitest";
import { configuredToken, constantTimeEqual, safeNextPath, tokenMatches, weakTokenWarning } from "./token";

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

  it("warns at start-up about a token shorter than 32 characters", () => {
    expect(weakTokenWarning("e2e-token")).toMatch(/RENMIAN_EDITOR_TOKEN is 9 characters long; use at least 32/);
    expect(weakTokenWarning("0123456789abcdef0123456789abcdef")).toBeNull();
    expect(weakTokenWarning(null)).toBeNull();
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

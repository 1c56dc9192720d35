import { describe, expect, it } from "vitest";
import { recordId } from "./ids";
import { isSameOrigin } from "./origin";
import { screenRequest } from "./request";
import { wellEncoded } from "./target.mjs";

const headers = (h: Record<string, string>) => new Headers(h);
const get = (rawPath: string, rawQuery = "") => ({ method: "GET", rawPath, rawQuery, headers: headers({ host: "renmian.example" }) });
const post = (rawPath: string, h: Record<string, string>) => ({
  method: "POST",
  rawPath,
  rawQuery: "",
  headers: headers({ host: "renmian.example", ...h }),
});

describe("record ids in URLs", () => {
  it("are canonical decimals within the databases' integer range", () => {
    expect(recordId("16")).toBe(16);
    expect(recordId("2147483647")).toBe(2147483647);
    for (const odd of ["0x10", "1e1", "1.0", "+1", "01", "0", "-1", " 1", "1 ", "２", "2147483648", "99999999999999999999", ""]) {
      expect(recordId(odd), odd).toBeNull();
    }
  });
});

describe("screenRequest", () => {
  it("answers malformed percent-encoding with 400 instead of letting a route fail on it", () => {
    expect(wellEncoded("/people/%E5%BC%A0")).toBe(true);
    expect(screenRequest(get("/people/%ZZ"))).toMatchObject({ refuse: true, status: 400 });
    expect(screenRequest(get("/people/%E4"))).toMatchObject({ refuse: true, status: 400 });
    expect(screenRequest(get("/search", "q=%"))).toMatchObject({ refuse: true, status: 400 });
    expect(screenRequest(get("/search", "q=%25_"))).toEqual({ refuse: false, needsSession: false });
  });

  it("answers an encoded dot segment with 400 (Next.js would redirect it without the security headers)", () => {
    expect(screenRequest(get("/api/v1/people/%2e%2e"))).toMatchObject({ refuse: true, status: 400 });
    expect(screenRequest(get("/people/%2E/x"))).toMatchObject({ refuse: true, status: 400 });
    expect(screenRequest(get("/people/.%2e"))).toMatchObject({ refuse: true, status: 400 });
    expect(screenRequest(get("/people/a%2eb"))).toEqual({ refuse: false, needsSession: false });
  });

  it("refuses writes from another site, and asks a session of every write but signing in and out", () => {
    const form = { "content-type": "multipart/form-data; boundary=x" };
    expect(screenRequest(post("/people/1/corrections", { ...form, origin: "https://evil.example" }))).toMatchObject({ status: 403 });
    expect(screenRequest(post("/people/1/corrections", { ...form, "sec-fetch-site": "cross-site" }))).toMatchObject({ status: 403 });
    expect(screenRequest(post("/login/session", { ...form, origin: "null" }))).toMatchObject({ status: 403 });
    expect(screenRequest(post("/people/1/corrections", { ...form, origin: "https://renmian.example" }))).toEqual({
      refuse: false,
      needsSession: true,
    });
    // A plain form post (no Next-Action header) is a server action too.
    expect(screenRequest(post("/", { "content-type": "application/x-www-form-urlencoded" }))).toEqual({
      refuse: false,
      needsSession: true,
    });
    expect(screenRequest(post("/login/session", { "content-type": "application/x-www-form-urlencoded" }))).toEqual({
      refuse: false,
      needsSession: false,
    });
    // A body that is no form is refused before anything parses it.
    expect(screenRequest(post("/people/1/corrections", { "next-action": "7f", "content-type": "application/json" }))).toMatchObject({
      status: 400,
    });
  });

  it("trusts X-Forwarded-Host only behind a proxy the operator declared", () => {
    const h = headers({ host: "127.0.0.1:3000", "x-forwarded-host": "renmian.example", origin: "https://renmian.example" });
    expect(isSameOrigin(h, true)).toBe(true);
    expect(isSameOrigin(h, false)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { answerHeaders, gateRequest } from "./gate.mjs";
import { FALLBACK_CSP, HSTS, SECURITY_HEADERS } from "./headers.mjs";
import { splitTarget } from "./target.mjs";

const tree = encodeURIComponent(JSON.stringify(["", { children: ["people", { children: ["__PAGE__", {}] }] }, null, null, true]));
const gate = (url: string, headers: Record<string, string | string[]> = {}) =>
  gateRequest({ url, headers: { host: "renmian.example", ...headers } });

describe("the request target as sent", () => {
  it("splits origin-form and absolute-form targets, and nothing else", () => {
    expect(splitTarget("/search?q=%E5%BC%A0#top")).toEqual({ rawPath: "/search", rawQuery: "q=%E5%BC%A0" });
    expect(splitTarget("/people/1")).toEqual({ rawPath: "/people/1", rawQuery: "" });
    expect(splitTarget("http://renmian.example/orgs?q=_")).toEqual({ rawPath: "/orgs", rawQuery: "q=_" });
    expect(splitTarget("http://renmian.example")).toBeNull();
    expect(splitTarget("*")).toBeNull();
    expect(splitTarget("people/1")).toBeNull();
  });
});

describe("gateRequest", () => {
  it("passes what a browser sends, untouched", () => {
    for (const url of ["/", "/people/16", "/search?q=%E5%BC%A0&page=2", "/search?q=%25_%5C", "/orgs?q=a+b", "/people/", "/people/a%2eb"])
      expect(gate(url), url).toEqual({ refuse: false, dropHeaders: [] });
    expect(gate("/people/16", { rsc: "1", "next-router-state-tree": tree })).toEqual({ refuse: false, dropHeaders: [] });
  });

  it("refuses malformed percent-encoding in the path and in the query with 400", () => {
    for (const url of ["/people/%ZZ", "/%E4", "/search?q=%ZZ", "/search?q=%", "/actions?from=2024&to=%E4%B8", "/search?q=a+%C3"]) {
      expect(gate(url), url).toMatchObject({ refuse: true, status: 400, message: expect.stringContaining("百分号编码") });
    }
  });

  it("refuses dot segments, plain or encoded, with 400 (Next.js would resolve them into a redirect)", () => {
    for (const url of [
      "/people/%2e%2e",
      "/people/%2E",
      "/people/.%2e/x",
      "/people/1/..",
      "/people/1/../2",
      "/./people",
      "/api/v1/people/..?q=1",
    ]) {
      expect(gate(url), url).toMatchObject({ refuse: true, status: 400, message: expect.stringContaining("路径段") });
    }
  });

  it("refuses a target that is not a path", () => {
    expect(gate("*")).toMatchObject({ refuse: true, status: 400 });
    expect(gate("")).toMatchObject({ refuse: true, status: 400 });
  });

  it("drops a router-state header that is not what Next's client sends, and keeps the request", () => {
    for (const bad of ["garbage", "%7B", "[]", '["",[]]', ["a", "b"]]) {
      expect(gate("/no-such-page", { rsc: "1", "next-router-state-tree": bad })).toEqual({
        refuse: false,
        dropHeaders: ["next-router-state-tree"],
      });
    }
  });
});

describe("answerHeaders", () => {
  it("are the security headers with the scriptless policy, and HSTS only over HTTPS", () => {
    const plain = answerHeaders(undefined);
    expect(plain).toEqual(expect.arrayContaining(SECURITY_HEADERS));
    expect(plain).toContainEqual({ key: "Content-Security-Policy", value: FALLBACK_CSP });
    expect(plain).not.toContainEqual(HSTS);
    expect(answerHeaders("https")).toContainEqual(HSTS);
    expect(answerHeaders(["https", "http"])).toContainEqual(HSTS);
    expect(answerHeaders("http")).not.toContainEqual(HSTS);
  });
});

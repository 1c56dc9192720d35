import { describe, expect, it } from "vitest";
import { pageAddress } from "./pageAddress";

const page = (head: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>任免名单</title></head><body><p>重庆市人民代表大会常务委员会任免名单</p></body></html>`;

describe("pageAddress", () => {
  it("reads the canonical link before og:url, and the site name", () => {
    const html = page(
      `<meta property="og:url" content="https://www.cqrd.gov.cn/og/1.html"><link rel="canonical" href="https://www.cqrd.gov.cn/article/2024/11/28/1.html"><meta property="og:site_name" content="重庆人大">`,
    );
    expect(pageAddress(html)).toEqual({ url: "https://www.cqrd.gov.cn/article/2024/11/28/1.html", publication: "重庆人大" });
  });

  it("falls back to og:url; accepts single quotes, unquoted values and entities", () => {
    expect(pageAddress(page(`<meta content='https://example.gov.cn/a?x=1&amp;y=2' property='og:url'>`)).url).toBe(
      "https://example.gov.cn/a?x=1&y=2",
    );
    expect(pageAddress(page(`<LINK REL=canonical HREF=https://example.gov.cn/b.html>`)).url).toBe("https://example.gov.cn/b.html");
  });

  it("ignores relative, non-web and missing addresses", () => {
    expect(pageAddress(page(`<link rel="canonical" href="/relative.html">`))).toEqual({});
    expect(pageAddress(page(`<link rel="canonical" href="javascript:alert(1)">`))).toEqual({});
    expect(pageAddress(page(`<link rel="stylesheet" href="https://example.gov.cn/s.css">`))).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText, looksLikeHtml } from "./html";

describe("looksLikeHtml", () => {
  it("recognises a page by its doctype or by its block tags", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("\uFEFF  <html lang=zh>")).toBe(true);
    expect(
      looksLikeHtml(`<div class="TRS_Editor"><p>一、任命</p><p>姜国杰为重庆市人民政府副市长</p><br/><span>x</span><p>y</p></div>`),
    ).toBe(true);
  });

  it("leaves plain text alone, even with a stray tag in a name", () => {
    expect(looksLikeHtml("一、任命\n姜国杰为重庆市人民政府副市长。")).toBe(false);
    expect(looksLikeHtml("<script>alert(1)</script>为重庆市人民政府副市长；a < b > c")).toBe(false);
  });
});

describe("htmlToText", () => {
  it("keeps the visible text, one block per line, and drops scripts, styles, comments and the head", () => {
    const html = `<!doctype html><html><head><title>标题</title><style>p{}</style></head><body>
      <script type="text/javascript">var s = "<p>假的</p>";</script><!-- 注释 <p>也不要</p> -->
      <div><p>一、决定任命</p><p>姜国杰为重庆市人民政府<b>副市长</b>；</p><br>易晓东为重庆市第一中级人民法院院长。</div>
      <table><tr><td>蒋佩伏</td><td>副院长</td></tr></table></body></html>`;
    expect(htmlToText(html)).toBe("一、决定任命\n姜国杰为重庆市人民政府副市长；\n易晓东为重庆市第一中级人民法院院长。\n蒋佩伏 副院长");
  });

  it("decodes entities, and a decoded '<script>' stays text", () => {
    expect(
      htmlToText("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#x59DC;&#22269;杰&nbsp;&ldquo;代理&rdquo; &amp; &unknown;</p>"),
    ).toBe('<script>alert("x")</script> 姜国杰\u00a0“代理” & &unknown;');
    expect(decodeEntities("&#0;&#xD800;&#1114112;")).toBe("\ufffd\ufffd\ufffd");
  });

  it("honours quoted '>' in attributes and keeps a lone '<' in text", () => {
    expect(htmlToText(`<p title="a > b" data-x='<p>'>甲 < 乙</p><a href="/x?a=1&b=2">链接</a>`)).toBe("甲 < 乙\n链接");
  });

  it("is linear on hostile input: many unclosed tags and quotes", () => {
    const hostile = `<p>${'<a href="'.repeat(20_000)}${"<div ".repeat(20_000)}${"<script>".repeat(2000)}`;
    expect(typeof htmlToText(hostile)).toBe("string");
  });
});

// HTML source pasted or saved instead of text → the visible text, so it is parsed (and
// stored, and shown) as text and never rendered as markup. A linear scanner, not regular
// expressions over the whole page: no backtracking on hostile input.
import { decodeHTML } from "entities";

/** Elements whose content is not visible text; skipped up to their closing tag. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "svg",
  "math",
  "iframe",
  "object",
  "textarea",
  "select",
]);
/** Elements that end a line of text. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);
/** Tags that mark a text as HTML when several of them appear. */
const MARKUP = /<\/?(?:p|div|span|br|td|tr|table|li|ul|a|meta|link|head|body|h[1-6]|font|strong|b|img)\b[^<>]{0,500}>/gi;

/** Does this text look like the source of a web page rather than its text? */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  if (/^(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(!doctype\s+)?html)/.test(head)) return true;
  const names = new Set<string>();
  let tags = 0;
  for (const m of text.slice(0, 256 * 1024).matchAll(MARKUP)) {
    tags++;
    names.add(
      m[0]
        .replace(/^<\/?/, "")
        .split(/[\s/>]/)[0]
        .toLowerCase(),
    );
    if (tags >= 6 && names.size >= 3) return true;
  }
  return false;
}

/** Replaces character references (&amp; &#x4e00; &ldquo; …) as a browser does (the `entities` library, HTML5's table). */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** Index just after the '>' closing the tag that starts at `from` ('<'), honouring quoted attribute values. */
function endOfTag(html: string, from: number): number {
  let quote = "";
  for (let i = from + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") {
      // Only quotes that open an attribute value count (after '='), so a stray apostrophe cannot swallow the page.
      if (html[i - 1] === "=" || /=\s*$/.test(html.slice(Math.max(from, i - 8), i))) quote = c;
    } else if (c === ">") return i + 1;
  }
  return html.length;
}

function tagName(html: string, at: number): { name: string; closing: boolean } {
  const closing = html[at + 1] === "/";
  const m = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(at + (closing ? 2 : 1), at + 40));
  return { name: m ? m[0].toLowerCase() : "", closing };
}

/** The visible text of an HTML page: tags, comments, scripts and styles removed, entities decoded, one block per line. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let textStart = 0;
  const newline = () => {
    if (!(out[out.length - 1] ?? "\n").endsWith("\n")) out.push("\n");
  };
  const flushText = (end: number) => {
    if (end <= textStart) return;
    const text = html.slice(textStart, end).replace(/[ \t\r\n\f]+/g, " ");
    // Indentation between blocks is not text.
    if (text !== " " || !(out[out.length - 1] ?? "\n").endsWith("\n")) out.push(text);
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? "";
    if (html.startsWith("<!--", lt)) {
      flushText(lt);
      const end = html.indexOf("-->", lt + 4);
      i = textStart = end < 0 ? html.length : end + 3;
      continue;
    }
    if (next === "!" || next === "?") {
      flushText(lt);
      i = textStart = endOfTag(html, lt);
      continue;
    }
    if (!/[a-zA-Z/]/.test(next)) {
      i = lt + 1; // a lone '<' in text (e.g. "a < b") stays text
      continue;
    }
    const { name, closing } = tagName(html, lt);
    if (!name) {
      i = lt + 1;
      continue;
    }
    flushText(lt);
    let end = endOfTag(html, lt);
    if (!closing && SKIPPED.has(name) && html[end - 2] !== "/") {
      const closer = new RegExp(`</${name}`, "gi");
      closer.lastIndex = end;
      const close = closer.exec(html);
      end = close ? endOfTag(html, close.index) : html.length;
      newline();
    } else if (BLOCK.has(name)) {
      newline();
    } else if ((name === "td" || name === "th") && !closing) {
      out.push(" ");
    }
    i = textStart = end;
  }
  flushText(html.length);
  const text = decodeEntities(out.join(""));
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]{2,}/g, " ").replace(/^[ \t]+|[ \t]+$/g, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

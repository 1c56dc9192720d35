// An Atom 1.0 document (RFC 4287) from plain data: every text escaped, every date RFC 3339.

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  published?: string;
  link: string;
  /** Plain text; shown by readers as the entry's summary. */
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address (rel="self") and the page it follows (rel="alternate"). */
  self: string;
  alternate: string;
  updated: string;
  author: string;
  entries: AtomEntry[];
}

// Characters XML 1.0 does not allow anywhere, even escaped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(s: string): string {
  return s.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A YYYY-MM-DD date as the start of that day in Chongqing (UTC+8). */
export function dayInChongqing(date: string): string {
  return `${date}T00:00:00+08:00`;
}

export function atomXml(feed: AtomFeed): string {
  const el = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    ${el("id", e.id)}`,
      `    ${el("title", e.title)}`,
      `    ${el("updated", e.updated)}`,
      e.published ? `    ${el("published", e.published)}` : "",
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      ...(e.categories ?? []).map((c) => `    <category term="${xmlText(c)}"/>`),
      `    <summary type="text">${xmlText(e.summary)}</summary>`,
      "  </entry>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  ${el("id", feed.id)}`,
    `  ${el("title", feed.title)}`,
    feed.subtitle ? `  ${el("subtitle", feed.subtitle)}` : "",
    `  ${el("updated", feed.updated)}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    `  <author>${el("name", feed.author)}</author>`,
    "  <generator>Renmian</generator>",

    ...entries,
    "</feed>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
}

export function atomResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

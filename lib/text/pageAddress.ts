// What a saved web page says about itself: the address it was published at (<link rel="canonical">,
// else og:url) and the site that published it (og:site_name). Read from the head of the page only.
import { startTags } from "./tags";

export interface PageAddress {
  url?: string;
  publication?: string;
}

/** How much of the page is searched: the head comes first, and a page is read once. */
const HEAD_LIMIT = 64 * 1024;

function absoluteHttp(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function pageAddress(html: string): PageAddress {
  const head = html.slice(0, HEAD_LIMIT);
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  let siteName: string | undefined;
  for (const tag of startTags(head, ["link", "meta"])) {
    const a = tag.attrs;
    if (tag.name === "link" && (a.rel ?? "").toLowerCase().split(/\s+/).includes("canonical")) canonical ??= absoluteHttp(a.href);
    if (tag.name === "meta") {
      const property = (a.property ?? a.name ?? "").toLowerCase();
      if (property === "og:url") ogUrl ??= absoluteHttp(a.content);
      if (property === "og:site_name" && a.content?.trim()) siteName ??= a.content.trim().slice(0, 200);
    }
  }
  const out: PageAddress = {};
  const url = canonical ?? ogUrl;
  if (url) out.url = url;
  if (siteName) out.publication = siteName;
  return out;
}

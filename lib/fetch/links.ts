// The links of a list page worth following: same host, http(s), and link text that reads like a
// personnel decision (任免, 任命, 免去, 公告, 决定 …). Anything else on the page is left alone.
import { decodeEntities } from "../text/html";

export const DECISION_WORDS = /任免|任命|免去|免职|辞去|辞职|公告|决定|代理|人事|罢免|撤销/;

export interface PageLink {
  url: string;
  text: string;
}

const ANCHOR = /<a\s([^<>]{0,2000})>([\s\S]{0,2000}?)<\/a\s*>/gi;
const HREF = /href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+))/i;

export function pageLinks(html: string, base: string): PageLink[] {
  const out: PageLink[] = [];
  for (const m of html.matchAll(ANCHOR)) {
    const h = HREF.exec(m[1]);
    if (!h) continue;
    const href = decodeEntities(h[1] ?? h[2] ?? h[3] ?? "").trim();
    const text = decodeEntities(m[2].replace(/<[^<>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    try {
      const u = new URL(href, base);
      u.hash = "";
      out.push({ url: u.href, text });
    } catch {
      // not an address
    }
  }
  return out;
}

export type LinkVerdict = { follow: true } | { follow: false; reason: string };

export function judgeLink(link: PageLink, page: string): LinkVerdict {
  const u = new URL(link.url);
  if (u.protocol !== "http:" && u.protocol !== "https:") return { follow: false, reason: "not a web address" };
  if (u.host !== new URL(page).host) return { follow: false, reason: `another host (${u.host})` };
  if (!DECISION_WORDS.test(link.text)) return { follow: false, reason: "link text is not about a personnel decision" };
  return { follow: true };
}

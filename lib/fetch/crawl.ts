// Fetch announcement pages (or list pages, and from them the same site's decision pages) and
// import each new page once. Polite: one request at a time, a pause between requests to a host,
// robots.txt obeyed, a User-Agent that names the project. Bounded: pages, bytes, seconds. A page
// that fails is reported with its reason and skipped; the rest is imported.
import type { Db } from "../db/client";
import { type ImportReport, importSource, sha256 } from "../import/importSource";
import { parseAnnouncements } from "../parse";
import { decodeText } from "../text/decode";
import { htmlToText, looksLikeHtml } from "../text/html";
import { privateAddressesAllowed } from "./addresses";
import { bytesForImport, charsetOfContentType, charsetOfMeta } from "./charset";
import { FetchError, type GetOptions, type GetResult, httpGet } from "./http";
import { judgeLink, pageLinks } from "./links";
import { allowAll, denyAll, type RobotsRule, robotsRule } from "./robots";

export const USER_AGENT = "Renmian/0.1 (personnel-decision tracker; +https://github.com/renmian)";

export interface CrawlOptions {
  /** At most this many pages fetched in one run (list pages included). */
  maxPages: number;
  /** Bytes of one page. */
  maxBytes: number;
  /** Seconds for one page (all its redirects). */
  pageTimeoutMs: number;
  /** Seconds for the whole run: pages not reached by then are reported as skipped. */
  totalMs: number;
  /** Pause between two requests to the same host. */
  delayMs: number;
  maxRedirects: number;
  allowPrivate: boolean;
  userAgent: string;
}

export const DEFAULT_CRAWL: CrawlOptions = {
  maxPages: 50,
  maxBytes: 8 * 1024 * 1024,
  pageTimeoutMs: 20_000,
  totalMs: 5 * 60_000,
  delayMs: 1000,
  maxRedirects: 5,
  allowPrivate: privateAddressesAllowed(),
  userAgent: USER_AGENT,
};

export type PageOutcome = "imported" | "unchanged" | "duplicate" | "list" | "skipped" | "failed";

export interface PageReport {
  url: string;
  outcome: PageOutcome;
  detail: string;
  sourceId?: number;
}

export interface CrawlSummary {
  pages: PageReport[];
  imported: number;
  failed: number;
}

/** One request at a time; a pause between two requests to the same host. */
class Politeness {
  private lastAt = new Map<string, number>();
  constructor(private delayMs: number) {}
  async wait(host: string) {
    const last = this.lastAt.get(host);
    const wait = last === undefined ? 0 : last + this.delayMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  done(host: string) {
    this.lastAt.set(host, Date.now());
  }
}

/** What importing a page did, in one phrase (importFiles' describeReport pulls in its worker pool). */
function describeReport(r: ImportReport): string {
  if (r.status === "failed") return `FAILED: ${r.error}`;
  if (r.status === "duplicate") return `already imported (source #${r.sourceId})`;
  const known = r.knownAnnouncements ? `, ${r.knownAnnouncements} announcement(s) already stored from another page` : "";
  return `${r.announcements} announcement(s), ${r.entries} entries, ${r.newPeople} new people${known}`;
}

function normalise(url: string): string {
  const u = new URL(url);
  u.hash = "";
  return u.href;
}

export async function crawl(
  db: Db,
  startUrls: string[],
  partial: Partial<CrawlOptions> = {},
  log: (line: string) => void = console.log,
  onPage: (page: PageReport) => void = () => {},
): Promise<CrawlSummary> {
  const o: CrawlOptions = { ...DEFAULT_CRAWL, ...partial };
  const deadline = Date.now() + o.totalMs;
  const polite = new Politeness(o.delayMs);
  const robots = new Map<string, { rule: RobotsRule; refusal: string }>();
  const seen = new Set<string>();
  const summary: CrawlSummary = { pages: [], imported: 0, failed: 0 };
  let fetched = 0;

  const report = (r: PageReport) => {
    summary.pages.push(r);
    if (r.outcome === "imported") summary.imported++;
    if (r.outcome === "failed") summary.failed++;
    log(`${r.url}: ${r.outcome}${r.detail ? ` — ${r.detail}` : ""}`);
    onPage(r);
    onPage(r);
  };

  const get = async (url: string, validators: { etag?: string | null; lastModified?: string | null } = {}): Promise<GetResult> => {
    const host = new URL(url).host;
    await polite.wait(host);
    try {
      const options: GetOptions = {
        userAgent: o.userAgent,
        allowPrivate: o.allowPrivate,
        maxBytes: o.maxBytes,
        timeoutMs: Math.min(o.pageTimeoutMs, Math.max(1, deadline - Date.now())),
        maxRedirects: o.maxRedirects,
        ...validators,
      };
      return await httpGet(url, options);
    } finally {
      polite.done(host);
    }
  };

  const robotsFor = async (url: string): Promise<{ rule: RobotsRule; refusal: string }> => {
    const origin = new URL(url).origin;
    const known = robots.get(origin);
    if (known) return known;
    let found = { rule: allowAll, refusal: "robots.txt disallows it" };
    try {
      const r = await get(`${origin}/robots.txt`);
      found.rule = robotsRule(Buffer.from(r.bytes).toString("utf8"), o.userAgent);
    } catch (e) {
      // RFC 9309: an unavailable robots.txt (4xx) allows all; an unreachable one (5xx, network) disallows all.
      const status = e instanceof FetchError ? e.status : undefined;
      const unavailable = status !== undefined && status >= 400 && status < 500;
      // A refused address is reported by the page's own request.
      const blocked = e instanceof FetchError && e.code === "blocked-address";
      if (!unavailable && !blocked)
        found = { rule: denyAll, refusal: `robots.txt could not be read (${(e as Error).message}): the site is not fetched` };
    }
    robots.set(origin, found);
    return found;
  };

  /** Fetches one page; imports it when it holds an announcement; returns its links when it is a list page. */
  const visit = async (rawUrl: string, isStart: boolean): Promise<string[]> => {
    const url = normalise(rawUrl);
    if (seen.has(url)) return [];
    seen.add(url);
    if (fetched >= o.maxPages) {
      report({ url, outcome: "skipped", detail: `page limit reached (${o.maxPages} per run)` });
      return [];
    }
    if (Date.now() >= deadline) {
      report({ url, outcome: "skipped", detail: `time limit reached (${Math.round(o.totalMs / 1000)} s per run)` });
      return [];
    }
    try {
      const u = new URL(url);
      const robotsTxt = await robotsFor(url);
      if (!robotsTxt.rule(u.pathname + u.search)) {
        report({ url, outcome: "skipped", detail: robotsTxt.refusal });
        return [];
      }
    } catch (e) {
      report({ url, outcome: "failed", detail: (e as Error).message });
      return [];
    }
    const known = await db.fetchedPage.findUnique({ where: { url } });
    // A list page is read whole every time (its links are what is new); a page read before is
    // asked for only if changed (ETag / Last-Modified).
    const ask = known && known.status !== "list" ? { etag: known.etag, lastModified: known.lastModified } : {};
    fetched++;
    let page: GetResult;
    try {
      page = await get(url, ask);
    } catch (e) {
      const detail = e instanceof FetchError ? e.message : `failed: ${(e as Error).message}`;
      await remember(db, url, { status: "failed", detail });
      report({ url, outcome: "failed", detail });
      return [];
    }
    if (page.notModified) {
      report({ url, outcome: "unchanged", detail: "not modified since the last fetch" });
      return [];
    }
    const bytes = page.bytes;
    const hash = sha256(bytes);
    if (known && known.status !== "list" && known.status !== "failed" && known.sha256 === hash) {
      await remember(db, url, {
        status: known.status,
        detail: known.detail,
        sha256: hash,
        etag: page.etag,
        lastModified: page.lastModified,
        sourceId: known.sourceId,
      });
      report({ url, outcome: "unchanged", detail: "same bytes as the last fetch" });
      return [];
    }
    const declared = charsetOfContentType(page.contentType) ?? charsetOfMeta(bytes);
    const prepared = bytesForImport(bytes, declared);
    let text: string;
    try {
      const decoded = decodeText(prepared.bytes).text;
      text = looksLikeHtml(decoded) ? htmlToText(decoded) : decoded;
    } catch (e) {
      const detail = `not readable text: ${(e as Error).message}`;
      await remember(db, url, { status: "failed", detail, sha256: hash });
      report({ url, outcome: "failed", detail });
      return [];
    }
    const validators = { sha256: hash, etag: page.etag, lastModified: page.lastModified };
    if (parseAnnouncements(text).announcements.length > 0) {
      const r = await importSource(db, { name: page.url, bytes: prepared.bytes, url: page.url });
      const outcome: PageOutcome = r.status === "imported" ? "imported" : r.status === "duplicate" ? "duplicate" : "failed";
      await remember(db, url, { status: outcome, detail: describeReport(r), sourceId: r.sourceId ?? null, ...validators });
      report({ url, outcome, detail: `${describeReport(r)}${declared ? ` (charset ${declared})` : ""}`, sourceId: r.sourceId });
      return [];
    }
    if (!isStart) {
      await remember(db, url, { status: "skipped", detail: "no personnel announcement on the page", ...validators });
      report({ url, outcome: "skipped", detail: "no personnel announcement on the page" });
      return [];
    }
    // A start page without an announcement is a list page: its decision links are followed.
    const html = new TextDecoder().decode(prepared.bytes);
    const links: string[] = [];
    const elsewhere: PageReport[] = [];
    for (const link of pageLinks(looksLikeHtml(html) ? html : decodeText(prepared.bytes).text, page.url)) {
      const verdict = judgeLink(link, page.url);
      if (verdict.follow) links.push(link.url);
      else if (verdict.reason.startsWith("another host")) elsewhere.push({ url: link.url, outcome: "skipped", detail: verdict.reason });
    }
    await remember(db, url, { status: "list", detail: `${links.length} decision link(s)`, ...validators });
    report({ url, outcome: "list", detail: `${links.length} link(s) that read like personnel decisions` });
    for (const r of elsewhere) report(r);
    return links;
  };

  for (const start of startUrls) {
    let links: string[];
    try {
      links = await visit(start, true);
    } catch (e) {
      report({ url: start, outcome: "failed", detail: (e as Error).message });
      continue;
    }
    for (const link of links) {
      try {
        await visit(link, false);
      } catch (e) {
        report({ url: link, outcome: "failed", detail: (e as Error).message });
      }
    }
  }
  return summary;
}

async function remember(
  db: Db,
  url: string,
  data: {
    status: string;
    detail?: string;
    sha256?: string | null;
    etag?: string | null;
    lastModified?: string | null;
    sourceId?: number | null;
  },
) {
  const row = { ...data, detail: data.detail ?? "", fetchedAt: new Date() };
  await db.fetchedPage.upsert({ where: { url }, create: { url, ...row }, update: row });
}

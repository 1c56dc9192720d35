// POST /import/api/fetch (editors): fetch announcement or list pages and import the new ones,
// answering in JSON lines, one per page, then a summary. The fetcher refuses private addresses
// unless the operator set RENMIAN_FETCH_ALLOW_PRIVATE=1.
import { db } from "@/lib/db/client";
import { crawl } from "@/lib/fetch/crawl";
import { sourceAddress } from "@/lib/import/sourceAddress";
import { jsonLines } from "@/lib/import/upload";
import { internalError, jsonError, refuseUnlessEditor } from "../guard";

export const dynamic = "force-dynamic";

/** Addresses per request, and the bounds of one request's run (a browser waits for it). */
const MAX_URLS = 10;
const LIMITS = { maxPages: 30, totalMs: 120_000 };

export async function POST(request: Request): Promise<Response> {
  const refused = await refuseUnlessEditor(request);
  if (refused) return refused;
  let urls: string[];
  try {
    const form = await request.formData();
    const raw = String(form.get("urls") ?? "");
    if (raw.length > 20_000) return jsonError(413, "网址太多。");
    urls = raw
      .split(/\s+/)
      .filter(Boolean)
      .map((u) => sourceAddress(u)!);
  } catch (e) {
    return jsonError(400, `网址无效：${(e as Error).message}`);
  }
  if (urls.length === 0) return jsonError(400, "请填写至少一个网址（公告页或任免列表页）。");
  if (urls.length > MAX_URLS) return jsonError(400, `一次最多抓取 ${MAX_URLS} 个网址。`);
  return jsonLines(async (send) => {
    try {
      const summary = await crawl(
        db(),
        urls,
        LIMITS,
        () => {},
        (page) => send({ type: "page", page }),
      );
      send({ type: "summary", imported: summary.imported, failed: summary.failed, pages: summary.pages.length });
    } catch (e) {
      send({ type: "error", error: internalError("fetch", e, "已导入的网页保留（每个网页在一个事务中导入）。") });
    }
  });
}

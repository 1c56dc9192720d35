"use client";
// Fetch from the web (editors): announcement pages or list pages; one line per page as it is read.
import { useState } from "react";

interface PageLine {
  url: string;
  outcome: string;
  detail: string;
}

const OUTCOME_ZH: Record<string, string> = {
  imported: "已导入",
  unchanged: "无变化（此前已导入）",
  duplicate: "已导入过",
  list: "列表页",
  skipped: "跳过",
  failed: "失败",
};

export function FetchForm() {
  const [urls, setUrls] = useState("");
  const [busy, setBusy] = useState(false);
  const [lines, setLines] = useState<PageLine[]>([]);
  const [result, setResult] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setLines([]);
    setResult(null);
    try {
      const form = new FormData();
      form.append("urls", urls);
      const res = await fetch("/import/api/fetch", { method: "POST", body: form });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setResult(body.error ?? `服务器拒绝了请求（HTTP ${res.status}）。`);
        return;
      }
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const parts = buffer.split("\n");
        buffer = parts.pop() ?? "";
        for (const part of parts) {
          if (!part) continue;
          const e = JSON.parse(part) as { type: string; page?: PageLine; imported?: number; failed?: number; error?: string };
          if (e.type === "page" && e.page) setLines((l) => [...l, e.page!]);
          if (e.type === "summary")
            setResult(e.imported ? `导入了 ${e.imported} 个新网页；失败 ${e.failed} 个。` : `没有新内容；失败 ${e.failed} 个。`);
          if (e.type === "error") setResult(e.error ?? "出错了。");
        }
      }
    } catch {
      setResult("网络错误：无法连接服务器。");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="fetch-heading" className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 id="fetch-heading" className="text-lg font-semibold">
        从网上抓取
      </h2>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label htmlFor="fetch-urls" className="block text-sm">
          公告页或任免列表页的网址（每行一个，最多 10 个）。列表页上本站的任免链接会一并抓取；已导入的网页不会重复导入。
        </label>
        <textarea
          id="fetch-urls"
          name="urls"
          rows={3}
          value={urls}
          disabled={busy}
          onChange={(e) => setUrls(e.target.value)}
          className="w-full rounded border border-stone-300 p-2 text-sm"
          placeholder="https://www.cqrd.gov.cn/…"
        />
        <button
          type="submit"
          disabled={busy || !urls.trim()}
          className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:opacity-50"
        >
          {busy ? "正在抓取…" : "抓取并导入"}
        </button>
      </form>
      {lines.length > 0 ? (
        <ul aria-label="抓取结果" className="list-disc space-y-1 pl-5 text-sm">
          {lines.map((l) => (
            <li key={`${l.url}|${l.outcome}`}>
              <span className="break-all">{l.url}</span>：{OUTCOME_ZH[l.outcome] ?? l.outcome}
              {l.detail ? <span className="text-stone-600">（{l.detail}）</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {result ? <p role="status">{result}</p> : null}
    </section>
  );
}

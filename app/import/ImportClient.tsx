"use client";

// The import page's form: choose files or paste text → preview (nothing written) →
// "导入" sends exactly the previewed bytes again with their sha256 → change summary.
// Uploads use XMLHttpRequest for upload progress; the server answers in JSON lines.
import Link from "next/link";
import { useRef, useState } from "react";
import type { ImportReport } from "@/lib/import/importSource";
import type { SourcePreview } from "@/lib/import/preview";
import type { ChangeItem, ChangeSummary } from "@/lib/import/summary";
import { warningZh } from "@/lib/import/warnings";

interface Limits {
  maxSourceBytes: number;
  maxUploadBytes: number;
  maxFiles: number;
}

type Phase = "idle" | "previewing" | "previewed" | "importing" | "done";

interface Progress {
  label: string;
  loaded: number;
  total: number;
}

type ServerEvent =
  | { type: "progress"; index: number; total: number; name: string }
  | { type: "preview"; index: number; preview: SourcePreview }
  | { type: "report"; index: number; report: ImportReport }
  | { type: "summary"; summary: ChangeSummary }
  | { type: "error"; error: string }
  | { type: "done" };

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / (1024 * 1024)).toFixed(1))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** POSTs a form and feeds each JSON line of the answer to onEvent; resolves with the HTTP error, if any. */
function postLines(
  url: string,
  form: FormData,
  onUpload: (loaded: number, total: number) => void,
  onEvent: (e: ServerEvent) => void,
): Promise<string | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    const drain = () => {
      if (xhr.status !== 200) return;
      const text = xhr.responseText;
      let nl: number;
      while ((nl = text.indexOf("\n", read)) >= 0) {
        const line = text.slice(read, nl);
        read = nl + 1;
        if (line.trim()) onEvent(JSON.parse(line) as ServerEvent);
      }
    };
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => onUpload(e.loaded, e.lengthComputable ? e.total : e.loaded);
    xhr.onprogress = drain;
    xhr.onload = () => {
      if (xhr.status === 200) {
        drain();
        resolve(null);
        return;
      }
      try {
        resolve((JSON.parse(xhr.responseText) as { error?: string }).error ?? `服务器拒绝了请求（HTTP ${xhr.status}）。`);
      } catch {
        resolve(`服务器拒绝了请求（HTTP ${xhr.status}）。`);
      }
    };
    xhr.onerror = () => resolve("网络错误：无法连接服务器。没有导入任何内容。");
    xhr.send(form);
  });
}

export function ImportClient({ limits }: { limits: Limits }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState("");
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [previews, setPreviews] = useState<SourcePreview[]>([]);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [summary, setSummary] = useState<ChangeSummary | null>(null);
  const busy = phase === "previewing" || phase === "importing";

  /** Sources in the order the server reads them: files, then the pasted text. */
  const sources = (): ({ kind: "file"; file: File } | { kind: "text" })[] => [
    ...files.map((file) => ({ kind: "file" as const, file })),
    ...(text !== "" ? [{ kind: "text" as const }] : []),
  ];

  const resetResults = () => {
    setPhase("idle");
    setPreviews([]);
    setReports([]);
    setSummary(null);
    setError(null);
    setProgress(null);
  };

  const checkLimits = (): string | null => {
    const all = sources();
    if (all.length === 0) return "请先选择文件，或把公告文字粘贴到文本框中。";
    if (files.length > limits.maxFiles) return `一次最多上传 ${limits.maxFiles} 个文件（已选 ${files.length} 个），请分批导入。`;
    const big = files.find((f) => f.size > limits.maxSourceBytes);
    if (big)
      return `文件“${big.name}”有 ${formatBytes(big.size)}，超过每个文件 ${formatBytes(limits.maxSourceBytes)} 的上限，请拆分后再导入。`;
    const textBytes = new TextEncoder().encode(text).length;
    if (textBytes > limits.maxSourceBytes)
      return `粘贴的文本有 ${formatBytes(textBytes)}，超过 ${formatBytes(limits.maxSourceBytes)} 的上限。`;
    const total = files.reduce((n, f) => n + f.size, 0) + textBytes;
    if (total > limits.maxUploadBytes)
      return `合计 ${formatBytes(total)}，超过一次上传 ${formatBytes(limits.maxUploadBytes)} 的上限，请分批导入。`;
    return null;
  };

  const onUpload = (label: string) => (loaded: number, total: number) => setProgress({ label, loaded, total });

  async function preview() {
    resetResults();
    const refused = checkLimits();
    if (refused) {
      setError(refused);
      return;
    }
    const form = new FormData();
    for (const f of files) form.append("file", f);
    if (text !== "") form.append("text", text);
    setPhase("previewing");
    const got: SourcePreview[] = [];
    const failure = await postLines("/import/api/preview", form, onUpload("正在上传"), (e) => {
      if (e.type === "progress") setProgress({ label: `正在分析 ${e.index + 1}/${e.total}：${e.name}`, loaded: e.index, total: e.total });
      if (e.type === "preview") got[e.index] = e.preview;
      if (e.type === "error") setError(e.error);
    });
    setProgress(null);
    if (failure) {
      setError(failure);
      setPhase("idle");
      return;
    }
    setPreviews(got);
    setPhase("previewed");
  }

  async function apply() {
    const form = new FormData();
    let count = 0;
    sources().forEach((s, i) => {
      const p = previews[i];
      if (!p?.importable) return;
      if (s.kind === "file") form.append("file", s.file);
      else form.append("text", text);
      form.append("sha256", p.report.sha256);
      count++;
    });
    if (count === 0) return;
    setError(null);
    setPhase("importing");
    const got: ImportReport[] = [];
    let feed: ChangeSummary | null = null;
    const failure = await postLines("/import/api/apply", form, onUpload("正在上传"), (e) => {
      if (e.type === "progress") setProgress({ label: `正在导入 ${e.index + 1}/${e.total}：${e.name}`, loaded: e.index, total: e.total });
      if (e.type === "report") got[e.index] = e.report;
      if (e.type === "summary") feed = e.summary;
      if (e.type === "error") setError(e.error);
    });
    setProgress(null);
    if (failure) {
      setError(failure);
      setPhase("previewed");
      return;
    }
    setReports(got);
    setSummary(feed);
    setPhase("done");
  }

  const importable = previews.filter((p) => p?.importable).length;

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded border border-stone-200 bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void preview();
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="import-files" className="font-medium">
            选择文件（可多选）
          </label>
          <input
            ref={fileInput}
            id="import-files"
            name="file"
            type="file"
            multiple
            accept=".txt,.text,.htm,.html,text/plain,text/html"
            disabled={busy}
            onChange={(e) => {
              setFiles([...(e.target.files ?? [])]);
              resetResults();
            }}
          />
          {files.length > 0 ? (
            <p className="text-sm text-stone-600">
              已选 {files.length} 个文件，共 {formatBytes(files.reduce((n, f) => n + f.size, 0))}
            </p>
          ) : null}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-text" className="font-medium">
            或粘贴公告文字
          </label>
          <textarea
            id="import-text"
            name="text"
            rows={8}
            value={text}
            disabled={busy}
            onChange={(e) => {
              setText(e.target.value);
              resetResults();
            }}
            className="rounded border border-stone-300 p-2 font-sans text-sm"
            placeholder="重庆市人民代表大会常务委员会任免名单 … 一、决定任命 …"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={busy} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:opacity-50">
            预览
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setFiles([]);
              setText("");
              if (fileInput.current) fileInput.current.value = "";
              resetResults();
            }}
            className="rounded border border-stone-400 px-4 py-1.5 disabled:opacity-50"
          >
            清空
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite" className="min-h-6">
        {progress ? (
          <div className="space-y-1">
            <p>
              {progress.label}
              {progress.label === "正在上传" ? `：${formatBytes(progress.loaded)} / ${formatBytes(progress.total)}` : ""}
            </p>
            <progress aria-label={progress.label} value={progress.loaded} max={Math.max(progress.total, 1)} className="w-full" />
          </div>
        ) : phase === "previewing" || phase === "importing" ? (
          <p>正在处理…</p>
        ) : null}
      </div>

      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      ) : null}

      {previews.length > 0 && phase !== "done" ? (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <h2 id="preview-heading" className="text-xl font-semibold">
            预览（尚未写入数据库）
          </h2>
          {previews.map((p, i) => (p ? <PreviewCard key={i} preview={p} /> : null))}
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={() => void apply()}
              disabled={busy || importable === 0}
              className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:opacity-50"
            >
              导入
            </button>
            <span className="text-sm text-stone-600">
              {importable === 0 ? "没有可导入的新内容。" : `将导入 ${importable} 个来源，每个来源在一个事务中写入。`}
            </span>
          </div>
        </section>
      ) : null}

      {phase === "done" ? <Summary reports={reports} skipped={previews.filter((p) => p && !p.importable)} summary={summary} /> : null}
    </div>
  );
}

function PreviewCard({ preview }: { preview: SourcePreview }) {
  const r = preview.report;
  const headingId = `preview-${r.sha256 || r.name}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h3 id={headingId} className="break-all font-semibold">
        {r.name}
      </h3>
      {r.status === "failed" ? (
        <p role="alert" className="text-red-900">
          无法导入：{preview.errorZh} <span className="text-sm text-stone-600">（{r.error}）</span>
        </p>
      ) : r.status === "duplicate" ? (
        <p>这个文件已经导入过（来源 #{r.sourceId}），不会重复导入。</p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            编码 {r.encoding}
            {r.format === "html" ? "；网页源代码，已去掉 HTML 标签" : ""}
          </p>
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
            <Count label="新公告" value={r.announcements} />
            <Count label="任免事项" value={r.entries} />
            <Count label="新人员" value={r.newPeople} />
            <Count label="新机构" value={r.newOrganizations} />
            <Count label="已存公告" value={r.knownAnnouncements} />
          </dl>
          {r.announcements === 0 && r.knownAnnouncements === 0 ? <p>文本中没有找到任免公告，不会导入。</p> : null}
          {r.announcements === 0 && r.knownAnnouncements > 0 ? <p>其中的公告已从其他来源导入过，不会重复导入。</p> : null}
          {preview.warnings.length > 0 ? (
            <ul aria-label="解析警告" className="list-disc space-y-1 pl-5 text-amber-900">
              {preview.warnings.map((w, i) => (
                <li key={i}>
                  {warningZh(w)}：第 {w.line} 行“{w.excerpt}”<span className="text-sm text-stone-600">（{w.message}）</span>
                </li>
              ))}
            </ul>
          ) : null}
          {preview.newOrganizationNames.length > 0 ? (
            <p className="text-sm">新机构：{preview.newOrganizationNames.map((n) => n || "（未载明机构）").join("、")}</p>
          ) : null}
          {preview.announcements.map((a, i) => (
            <section key={i} className="space-y-2 border-t border-stone-100 pt-3">
              <h4 className="font-medium">
                {a.issuer}
                {a.number ? ` 公告${a.number}` : ""}
                <span className="ml-2 text-sm font-normal text-stone-600">
                  {a.date ?? "日期不详"} · {a.meeting ?? "会议不详"} · {a.entries.length} 项{a.known ? " · 已导入过，将跳过" : ""}
                </span>
              </h4>
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-sm">
                  <caption className="sr-only">预览：{a.number ?? a.issuer} 的任免事项</caption>
                  <thead>
                    <tr className="border-b border-stone-300 text-left">
                      <th scope="col" className="p-1">
                        姓名
                      </th>
                      <th scope="col" className="p-1">
                        事项
                      </th>
                      <th scope="col" className="p-1">
                        机构
                      </th>
                      <th scope="col" className="p-1">
                        职务
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.entries.map((e, k) => (
                      <tr key={k} className="border-b border-stone-100">
                        <td className="p-1">{e.person}</td>
                        <td className="p-1">{e.action}</td>
                        <td className="p-1">{e.org || "（未载明机构）"}</td>
                        <td className="p-1">{e.post}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <details>
                <summary className="cursor-pointer text-sm text-blue-800">原文（标亮处为提取出任免事项的语句）</summary>
                <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words bg-stone-50 p-2 font-sans text-sm leading-6">
                  {a.pieces.map((p, k) =>
                    p.entries.length ? (
                      <mark key={k} className="clause">
                        {p.text}
                      </mark>
                    ) : (
                      <span key={k}>{p.text}</span>
                    ),
                  )}
                  {a.textCut ? "\n……（原文过长，预览只显示开头）" : ""}
                </pre>
              </details>
            </section>
          ))}
          {preview.hiddenAnnouncements > 0 ? (
            <p className="text-sm">另有 {preview.hiddenAnnouncements} 条公告未在预览中列出（导入时一并写入）。</p>
          ) : null}
        </>
      )}
    </article>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded bg-stone-50 p-2">
      <dt className="text-stone-500">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

function Where({ item }: { item: ChangeItem }) {
  return (
    <>
      <Link href={`/orgs/${item.organizationId}`} className="text-blue-800 hover:underline">
        {item.organization || "（未载明机构）"}
      </Link>
      {item.post}
    </>
  );
}

/** Why a previewed source was not sent for import. */
function skipReason(p: SourcePreview): string {
  if (p.report.status === "failed") return `未导入：${p.errorZh ?? p.report.error}`;
  if (p.report.status === "duplicate") return "已导入过，未改变";
  if (p.report.knownAnnouncements > 0) return "其中的公告已从其他来源导入过，未改变";
  return "没有找到任免公告，未导入";
}

function Summary({ reports, skipped, summary }: { reports: ImportReport[]; skipped: SourcePreview[]; summary: ChangeSummary | null }) {
  const imported = reports.filter((r) => r?.status === "imported");
  return (
    <section aria-labelledby="summary-heading" className="space-y-4">
      <h2 id="summary-heading" className="text-xl font-semibold">
        导入完成
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {reports.map((r, i) =>
          r ? (
            <li key={i}>
              {r.name}：
              {r.status === "imported"
                ? `已导入 ${r.announcements} 条公告、${r.entries} 项任免事项，新人员 ${r.newPeople} 名，新机构 ${r.newOrganizations} 个`
                : r.status === "duplicate"
                  ? "已导入过，未改变"
                  : `未导入：${r.error}`}
            </li>
          ) : null,
        )}
        {skipped.map((p, i) => (
          <li key={`skipped-${i}`}>
            {p.report.name}：{skipReason(p)}
          </li>
        ))}
      </ul>
      {summary && imported.length > 0 ? (
        <>
          <Feed title={`任命（${summary.appointed.length}）`} items={summary.appointed} />
          <section aria-label="调动" className="space-y-1">
            <h3 className="font-semibold">调动（{summary.moved.length}）</h3>
            <ul className="space-y-1 text-sm">
              {summary.moved.map((m) => (
                <li key={m.personId}>
                  <Link href={`/people/${m.personId}`} className="font-medium text-blue-800 hover:underline">
                    {m.personName}
                  </Link>
                  ：由{" "}
                  {m.from.map((x, i) => (
                    <span key={x.actionId}>
                      {i > 0 ? "、" : ""}
                      <Where item={x} />
                    </span>
                  ))}{" "}
                  改任{" "}
                  {m.to.map((x, i) => (
                    <span key={x.actionId}>
                      {i > 0 ? "、" : ""}
                      <Where item={x} />
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </section>
          <Feed title={`免职（${summary.removed.length}）`} items={summary.removed} />
          {summary.more > 0 ? <p className="text-sm">另有 {summary.more} 项任免未列出。</p> : null}
          <p className="text-sm">
            查看公告：
            {summary.announcementIds.map((id, i) => (
              <span key={id}>
                {i > 0 ? "、" : ""}
                <Link href={`/announcements/${id}`} className="text-blue-800 hover:underline">
                  #{id}
                </Link>
              </span>
            ))}
          </p>
        </>
      ) : (
        <p>没有写入新的任免事项。</p>
      )}
    </section>
  );
}

function Feed({ title, items }: { title: string; items: ChangeItem[] }) {
  return (
    <section aria-label={title.replace(/（.*/, "")} className="space-y-1">
      <h3 className="font-semibold">{title}</h3>
      <ul className="space-y-1 text-sm">
        {items.map((x) => (
          <li key={x.actionId}>
            <Link href={`/people/${x.personId}`} className="font-medium text-blue-800 hover:underline">
              {x.personName}
            </Link>{" "}
            {x.kind} <Where item={x} />
            {x.date ? <span className="text-stone-500">（{x.date}）</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

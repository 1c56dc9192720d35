"use client";

// The import page's form: choose files or paste text → preview (nothing written) →
// "导入" sends exactly the previewed bytes again with their sha256 → change summary.
// State and requests: useImport (importState.ts, postLines.ts); the results: PreviewCard, ImportSummary.
import { useRef } from "react";
import { formatBytes } from "@/lib/import/limits";
import { ImportSummary } from "./ImportSummary";
import { type ImportState, isBusy, type Limits, UPLOADING } from "./importState";
import { PreviewCard } from "./PreviewCard";
import { SourceAddressFields } from "./SourceAddressFields";
import { useImport } from "./useImport";

export function ImportClient({ limits }: { limits: Limits }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const { state, preview, apply, setFiles, setText, setAddress, clear } = useImport(limits);
  const { files, text, phase, error, previews } = state;
  const busy = isBusy(state);
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
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
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
            onChange={(e) => setText(e.target.value)}
            className="rounded border border-stone-300 p-2 font-sans text-sm"
            placeholder="重庆市人民代表大会常务委员会任免名单 … 一、决定任命 …"
          />
        </div>
        <SourceAddressFields value={state.address} disabled={busy} onChange={setAddress} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" disabled={busy} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900 disabled:opacity-50">
            预览
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              if (fileInput.current) fileInput.current.value = "";
              clear();
            }}
            className="rounded border border-stone-400 px-4 py-1.5 disabled:opacity-50"
          >
            清空
          </button>
        </div>
      </form>

      <ProgressStatus state={state} />

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

      {phase === "done" ? (
        <ImportSummary reports={state.reports} skipped={previews.filter((p) => p && !p.importable)} summary={state.summary} />
      ) : null}
    </div>
  );
}

function ProgressStatus({ state: { progress, phase } }: { state: ImportState }) {
  return (
    <div role="status" aria-live="polite" className="min-h-6">
      {progress ? (
        <div className="space-y-1">
          <p>
            {progress.label}
            {progress.label === UPLOADING ? `：${formatBytes(progress.loaded)} / ${formatBytes(progress.total)}` : ""}
          </p>
          <progress aria-label={progress.label} value={progress.loaded} max={Math.max(progress.total, 1)} className="w-full" />
        </div>
      ) : phase === "previewing" || phase === "importing" ? (
        <p>正在处理…</p>
      ) : null}
    </div>
  );
}

// One previewed source: what importing it would store, its warnings and the highlighted text.
import type { PreviewEntry, SourcePreview } from "@/lib/import/preview";
import { warningZh } from "@/lib/import/warnings";
import { type Column, DataTable } from "../_components/DataTable";
import { orgName } from "../_components/labels";

export function PreviewCard({ preview }: { preview: SourcePreview }) {
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
            <p className="text-sm">新机构：{preview.newOrganizationNames.map(orgName).join("、")}</p>
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
              <DataTable
                caption={`预览：${a.number ?? a.issuer} 的任免事项`}
                rows={a.entries.map((e, k) => ({ ...e, k }))}
                rowKey={(e) => e.k}
                columns={ENTRY_COLUMNS}
              />
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

const ENTRY_COLUMNS: Column<PreviewEntry & { k: number }>[] = [
  { key: "person", header: "姓名", keep: true, cell: (e) => e.person },
  { key: "action", header: "事项", keep: true, cell: (e) => e.action },
  { key: "org", header: "机构", cell: (e) => orgName(e.org) },
  { key: "post", header: "职务", cell: (e) => e.post },
];

// After an import: one line per source, then the change feed (appointed, moved, removed).
import type { ImportReport } from "@/lib/import/importSource";
import type { SourcePreview } from "@/lib/import/preview";
import type { ChangeItem, ChangeSummary } from "@/lib/import/summary";
import { AnnouncementLink, OrgLink, PersonLink } from "../_components/links";

function Where({ item }: { item: ChangeItem }) {
  return (
    <>
      <OrgLink id={item.organizationId} name={item.organization} />
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

export function ImportSummary({
  reports,
  skipped,
  summary,
}: {
  reports: ImportReport[];
  skipped: SourcePreview[];
  summary: ChangeSummary | null;
}) {
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
                  <PersonLink id={m.personId} name={m.personName} className="font-medium" />
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
                <AnnouncementLink id={id} number={null}>
                  #{id}
                </AnnouncementLink>
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
            <PersonLink id={x.personId} name={x.personName} className="font-medium" /> {x.kind} <Where item={x} />
            {x.date ? <span className="text-stone-500">（{x.date}）</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

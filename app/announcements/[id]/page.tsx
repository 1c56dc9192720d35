import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { explainStored } from "@/lib/parse/explain";
import { markSpans } from "@/lib/queries/highlight";
import { type AnnouncementWithSource, announcementWithSource } from "@/lib/queries/overview";
import { provenance } from "@/lib/queries/provenance";
import { RecordId } from "@/lib/security/ids";
import { DataTable } from "../../_components/DataTable";
import { LINK_CLASS, OrgLink, PersonLink } from "../../_components/links";
import { EntryRules } from "./EntryRules";
import { UnreadLines } from "./UnreadLines";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = RecordId.safeParse((await params).id);
  if (!id.success) notFound();
  const a = await announcementWithSource(db(), id.data);
  if (!a) notFound();
  return a;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await load(params);
  return { title: `${a.issuer}${a.number ? ` 公告${a.number}` : ""}` };
}

/** 来源: the publication and a link to the address it was read from; a file imported without one says so. */
function SourceLine({ source }: { source: AnnouncementWithSource["source"] }) {
  const p = provenance(source);
  const imported = `导入于 ${source.importedAt.toISOString().slice(0, 10)}`;
  if (!p.url) return <>{`${p.publication ?? "未载明出处"}（文件 ${source.name}，${imported}）`}</>;
  return (
    <>
      {p.publication}{" "}
      <a href={p.url} rel="noopener noreferrer nofollow" className="text-blue-800 hover:underline">
        {p.url}
      </a>
      （{imported}）
    </>
  );
}

export default async function AnnouncementPage({ params }: Props) {
  const a = await load(params);
  const pieces = markSpans(
    a.source.text,
    a.actions.map((x) => ({ start: x.spanStart, end: x.spanEnd, actionId: x.id })),
  );
  // the rules that read each entry: the stored text parsed again (the parser is pure and fast)
  const explained = explainStored(
    a.source.text,
    a.actions.map((x) => ({ start: x.spanStart, end: x.spanEnd, person: x.personName, action: x.kind })),
  );
  const rulesOf = new Map(a.actions.map((x, i) => [x.id, explained[i] ?? null]));
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">
          {a.issuer}
          {a.number ? ` 公告${a.number}` : ""}
        </h1>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-500">日期</dt>
          <dd>{a.date ?? "文本未载明"}</dd>
          <dt className="text-stone-500">会议</dt>
          <dd>{a.meeting ?? "文本未载明"}</dd>
          <dt className="text-stone-500">来源</dt>
          <dd className="break-all">
            <SourceLine source={a.source} />
          </dd>
        </dl>
      </header>

      <UnreadLines json={a.source.parseWarnings} start={a.spanStart} end={a.spanEnd} />

      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="mb-2 text-lg font-semibold">
          任免事项（{a.actions.length}）
        </h2>
        <DataTable
          caption={`${a.number ? `公告${a.number}` : a.issuer}的任免事项`}
          rows={a.actions}
          rowKey={(x) => x.id}
          columns={[
            { key: "n", header: "#", cell: (x) => x.ordinal + 1, className: "tabular-nums text-stone-500" },
            { key: "person", header: "姓名", keep: true, cell: (x) => <PersonLink id={x.personId} name={x.personName} /> },
            { key: "kind", header: "事项", keep: true, cell: (x) => x.kind },
            { key: "org", header: "机构", cell: (x) => <OrgLink id={x.post.organization.id} name={x.post.organization.name} /> },
            { key: "post", header: "职务", cell: (x) => x.post.title },
            { key: "rules", header: "读取规则", cell: (x) => <EntryRules explained={rulesOf.get(x.id) ?? null} /> },
            {
              key: "clause",
              header: "原文",
              keep: true,
              cell: (x) => (
                <a href={`#clause-${x.id}`} className={LINK_CLASS}>
                  查看原文
                </a>
              ),
            },
          ]}
        />
      </section>

      <section aria-labelledby="source-heading">
        <h2 id="source-heading" className="sticky top-0 z-10 mb-2 bg-stone-50 py-2 text-lg font-semibold">
          原文（标亮处为提取出任免事项的语句）
        </h2>
        <pre className="whitespace-pre-wrap break-words rounded border border-stone-200 bg-white p-4 font-sans text-sm leading-7">
          {pieces.map((p) =>
            p.actionIds.length ? (
              <mark key={p.start} id={`clause-${p.actionIds[0]}`} className="clause" data-action-ids={p.actionIds.join(" ")}>
                {p.actionIds.slice(1).map((id) => (
                  <span key={id} id={`clause-${id}`} />
                ))}
                {p.text}
              </mark>
            ) : (
              <span key={p.start}>{p.text}</span>
            ),
          )}
        </pre>
      </section>
    </article>
  );
}

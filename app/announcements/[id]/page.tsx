import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { markSpans } from "@/lib/queries/highlight";
import { announcementWithSource } from "@/lib/queries/overview";
import { RecordId } from "@/lib/security/ids";
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

export default async function AnnouncementPage({ params }: Props) {
  const a = await load(params);
  const pieces = markSpans(
    a.source.text,
    a.actions.map((x) => ({ start: x.spanStart, end: x.spanEnd, actionId: x.id })),
  );
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
            {a.source.name}（{a.source.encoding}，导入于 {a.source.importedAt.toISOString().slice(0, 10)}）
          </dd>
        </dl>
      </header>

      <UnreadLines json={a.source.parseWarnings} start={a.spanStart} end={a.spanEnd} />

      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="mb-2 text-lg font-semibold">
          任免事项（{a.actions.length}）
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="p-2">
                  #
                </th>
                <th scope="col" className="p-2">
                  姓名
                </th>
                <th scope="col" className="p-2">
                  事项
                </th>
                <th scope="col" className="p-2">
                  机构
                </th>
                <th scope="col" className="p-2">
                  职务
                </th>
                <th scope="col" className="p-2">
                  原文
                </th>
              </tr>
            </thead>
            <tbody>
              {a.actions.map((x) => (
                <tr key={x.id} className="border-b border-stone-100">
                  <td className="p-2 tabular-nums text-stone-500">{x.ordinal + 1}</td>
                  <td className="p-2">
                    <Link href={`/people/${x.personId}`} className="text-blue-800 hover:underline">
                      {x.personName}
                    </Link>
                  </td>
                  <td className="p-2">{x.kind}</td>
                  <td className="p-2">
                    <Link href={`/orgs/${x.post.organization.id}`} className="text-blue-800 hover:underline">
                      {x.post.organization.name || "（未载明机构）"}
                    </Link>
                  </td>
                  <td className="p-2">{x.post.title}</td>
                  <td className="p-2">
                    <a href={`#clause-${x.id}`} className="text-blue-800 hover:underline">
                      查看原文
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="source-heading">
        <h2 id="source-heading" className="mb-2 text-lg font-semibold">
          原文（标亮处为提取出任免事项的语句）
        </h2>
        <pre className="max-h-[80vh] overflow-auto whitespace-pre-wrap break-words rounded border border-stone-200 bg-white p-4 font-sans text-sm leading-7">
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

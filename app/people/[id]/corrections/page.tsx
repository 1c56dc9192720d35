import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { editorStatus } from "@/app/_auth/editor";
import { resolvePersonId } from "@/lib/corrections";
import { db } from "@/lib/db/client";
import { correctionPage } from "@/lib/queries/correctionPage";
import { RecordId } from "@/lib/security/ids";
import { dateOrUnknown } from "../../../_components/labels";
import { TextLink } from "../../../_components/links";
import { mergeAction, splitAction, undoAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  const id = RecordId.safeParse((await params).id);
  if (!id.success) notFound();
  const current = await resolvePersonId(db(), id.data);
  if (current === null) notFound();
  if (current !== id.data) redirect(`/people/${current}/corrections`);
  const data = await correctionPage(db(), current);
  if (!data) notFound();
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = await load(params);
  return { title: `更正身份：${d.person.name}` };
}

const DONE: Record<string, string> = {
  split: "已拆分：所选记录现属于本页这位人员。",
  merge: "已合并：两人的记录现都在本页这位人员名下，原编号会自动转到这里。",
  confirm: "已确认是同一人：两人的记录现都在本页这位人员名下，确认已记入更正记录。",
  undo: "已撤销这项更正。",
};

const input = "rounded border border-stone-300 px-2 py-1";
const button = "rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900 focus:outline-2 focus:outline-offset-2";

function WhoAndWhy({
  prefix,
  reasonLabel = "理由",
  reasonRequired = true,
}: {
  prefix: string;
  reasonLabel?: string;
  reasonRequired?: boolean;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_16rem]">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-reason`} className="font-medium">
          {reasonLabel}
        </label>
        <textarea id={`${prefix}-reason`} name="reason" required={reasonRequired} rows={2} maxLength={1000} className={input} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-by`} className="font-medium">
          决定人
        </label>
        <input id={`${prefix}-by`} name="decidedBy" required maxLength={100} autoComplete="name" className={input} />
      </div>
    </div>
  );
}

export default async function CorrectionsPage({ params, searchParams }: Props) {
  const d = await load(params);
  const sp = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const error = one(sp.error);
  const done = DONE[one(sp.done) ?? ""];
  const from = RecordId.safeParse(one(sp.from));
  const status = await editorStatus();
  const here = `/people/${d.person.id}/corrections`;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <TextLink href={`/people/${d.person.id}`}>← 返回 {d.person.name} 的履历</TextLink>
        </p>
        <h1 className="text-2xl font-bold">更正身份：{d.person.name}</h1>
        <p className="text-stone-700">
          同名的人很多。系统按规则判断每条任免记录属于谁（每条记录旁写着理由）；规则判断错时，可在这里拆分或合并。每项更正都会记录决定人、时间和理由，重新导入或重新推算后仍然有效，也可以撤销。
        </p>
        {done ? (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
            {done}
            {from.success && from.data !== d.person.id ? (
              <>
                {" "}
                （原人员：
                <TextLink href={`/people/${from.data}`}>#{from.data}</TextLink>）
              </>
            ) : null}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            未能更正：{error}
          </p>
        ) : null}
        {!status.signedIn ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
            更正会修改数据，需要编辑令牌。
            <Link href={`/login?next=${encodeURIComponent(here)}`} className="text-blue-800 underline">
              登录
            </Link>
            后再提交。
          </p>
        ) : null}
      </header>

      <section aria-labelledby="split-heading" className="space-y-3">
        <h2 id="split-heading" className="text-lg font-semibold">
          拆分：这些记录属于另一人
        </h2>
        <form action={splitAction} className="space-y-3">
          <input type="hidden" name="personId" value={d.person.id} />
          <fieldset>
            <legend className="mb-2 text-sm text-stone-700">勾选不属于此人的记录（至少留下一条），它们将归入一位新的人员。</legend>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse bg-white text-sm">
                <thead>
                  <tr className="border-b border-stone-300 text-left">
                    <th scope="col" className="whitespace-nowrap p-2">
                      另一人
                    </th>
                    <th scope="col" className="whitespace-nowrap p-2">
                      日期
                    </th>
                    <th scope="col" className="whitespace-nowrap p-2">
                      事项
                    </th>
                    <th scope="col" className="min-w-40 p-2">
                      机构与职务
                    </th>
                    <th scope="col" className="p-2">
                      归属理由
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.entries.map((e) => {
                    const label = `${dateOrUnknown(e.date)} ${e.kind} ${e.orgName}${e.postTitle}`;
                    return (
                      <tr key={e.actionId} className="border-b border-stone-100 align-top">
                        <td className="p-2">
                          <input
                            type="checkbox"
                            name="actionId"
                            value={e.actionId}
                            id={`entry-${e.actionId}`}
                            aria-label={label}
                            className="h-4 w-4"
                          />
                        </td>
                        <td className="whitespace-nowrap p-2 tabular-nums">
                          <TextLink href={`/announcements/${e.announcementId}#clause-${e.actionId}`}>{dateOrUnknown(e.date)}</TextLink>
                        </td>
                        <td className="whitespace-nowrap p-2">{e.kind}</td>
                        <td className="p-2">
                          <label htmlFor={`entry-${e.actionId}`}>
                            {e.orgName}
                            {e.postTitle}
                          </label>
                        </td>
                        <td className="min-w-60 p-2 text-stone-600">{e.linkReason || "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </fieldset>
          <WhoAndWhy prefix="split" />
          <button type="submit" className={button} disabled={d.entries.length < 2}>
            拆分为另一人
          </button>
          {d.entries.length < 2 ? <p className="text-sm text-stone-600">此人只有一条记录，无法拆分。</p> : null}
        </form>
      </section>

      <section aria-labelledby="merge-heading" className="space-y-3">
        <h2 id="merge-heading" className="text-lg font-semibold">
          合并：此人与另一人是同一人
        </h2>
        <form action={mergeAction} className="space-y-3">
          <input type="hidden" name="personId" value={d.person.id} />
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="flex flex-col gap-1">
              <label htmlFor="merge-into" className="font-medium">
                合并到同名人员
              </label>
              <select id="merge-into" name="intoId" className={input} defaultValue="">
                <option value="">（请选择）</option>
                {d.sameName.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} · {p.latestOrgan ?? "无记录"}（{dateOrUnknown(p.latestDate)}，{p.entries} 条记录，#{p.id}）
                  </option>
                ))}
              </select>
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="merge-typed" className="font-medium">
                或输入人员编号
              </label>
              <input id="merge-typed" name="intoIdTyped" inputMode="numeric" pattern="#?[0-9]+" placeholder="例如 123" className={input} />
            </div>
          </div>
          <WhoAndWhy prefix="merge" />
          <button type="submit" className={button}>
            合并
          </button>
        </form>
      </section>

      <section aria-labelledby="log-heading" className="space-y-3">
        <h2 id="log-heading" className="text-lg font-semibold">
          更正记录
        </h2>
        {d.corrections.length === 0 ? (
          <p className="text-stone-600">还没有涉及此人的更正。</p>
        ) : (
          <ul className="space-y-3">
            {d.corrections.map((c) => (
              <li key={c.id} className="rounded border border-stone-200 bg-white p-3" aria-labelledby={`correction-${c.id}`}>
                <p id={`correction-${c.id}`} className="font-medium">
                  #{c.id} {c.kind === "split" ? "拆分" : c.confirmed ? "确认同一人（合并）" : "合并"}：
                  {c.people.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 ? (c.kind === "split" ? " → 新人员 " : " 并入 ") : null}
                      <TextLink href={`/people/${p.id}`}>
                        {p.name} #{p.id}
                      </TextLink>
                    </span>
                  ))}
                  （{c.entries} 条记录）
                  {c.undoneAt ? <span className="ml-2 rounded bg-stone-200 px-1 text-sm">已撤销</span> : null}
                </p>
                <p className="text-sm text-stone-700">
                  {c.decidedBy} 于 {c.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC 决定；理由：{c.reason}
                </p>
                {c.undoneAt ? (
                  <p className="text-sm text-stone-700">
                    {c.undoneBy ?? "—"} 于 {c.undoneAt.toISOString().slice(0, 16).replace("T", " ")} UTC 撤销
                    {c.undoReason ? `；理由：${c.undoReason}` : ""}
                  </p>
                ) : (
                  <form action={undoAction} className="mt-2 flex flex-wrap items-end gap-2">
                    <input type="hidden" name="personId" value={d.person.id} />
                    <input type="hidden" name="correctionId" value={c.id} />
                    <div className="flex flex-col gap-1">
                      <label htmlFor={`undo-${c.id}-by`} className="text-sm">
                        撤销人
                      </label>
                      <input id={`undo-${c.id}-by`} name="decidedBy" required maxLength={100} className={input} />
                    </div>
                    <div className="flex flex-col gap-1">
                      <label htmlFor={`undo-${c.id}-reason`} className="text-sm">
                        撤销理由（可选）
                      </label>
                      <input id={`undo-${c.id}-reason`} name="reason" maxLength={1000} className={input} />
                    </div>
                    <button type="submit" className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
                      撤销更正 #{c.id}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

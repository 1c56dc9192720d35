import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { ORG_KIND_LABELS, type OrgKind } from "@/lib/domain/orgs";
import { first, paramsRecord, todayIso } from "@/lib/queries/common";
import {
  ChangesInput,
  organization,
  orgChanges,
  type PersonChange,
  type PostsTouched,
  type RosterRow,
  rosterAt,
  rosterDiff,
} from "@/lib/queries/organs";
import { tenureNeighbours } from "@/lib/queries/succession";
import { Pager } from "../../actions/Pager";

export const dynamic = "force-dynamic";

const Id = z.coerce.number().int().positive();
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  return loadOrg((await params).id);
}

// Once per request, for the metadata and the page alike.
const loadOrg = cache(async (rawId: string) => {
  const id = Id.safeParse(rawId);
  if (!id.success) notFound();
  const org = await organization(db(), id.data);
  if (!org) notFound();
  return org;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await load(params);
  return { title: org.name || "（未载明机构）" };
}

function announcementLabel(a: { id: number; number: string | null; date: string | null }) {
  return `${a.date ?? "日期不详"} ${a.number ? `公告${a.number}` : `公告 #${a.id}`}`;
}

function Since({ row }: { row: RosterRow }) {
  if (!row.startKnown) {
    return <span title="任命未见于已导入的公告">{row.endDate ? `早于 ${row.endDate}（起始不详）` : "起始不详"}</span>;
  }
  return (
    <>
      {row.startDate ?? "日期不详"}
      {row.start ? (
        <>
          {" "}
          <Link href={`/announcements/${row.start.announcementId}#clause-${row.start.actionId}`} className="text-blue-800 hover:underline">
            {row.start.number ? `公告${row.start.number}` : `公告 #${row.start.announcementId}`}
          </Link>
        </>
      ) : null}
    </>
  );
}

function Posts({ t, org }: { t: PostsTouched; org?: boolean }) {
  return (
    <>
      {org ? (
        <Link href={`/orgs/${t.organization.id}`} className="text-blue-800 hover:underline">
          {t.organization.name || "（未载明机构）"}
        </Link>
      ) : null}
      {t.titles.join("、")}
    </>
  );
}

/** The posts elsewhere a person came from or went to in the same announcement (a move). */
function Elsewhere({ label, posts }: { label: string; posts: PostsTouched[] }) {
  if (!posts.length) return null;
  return (
    <span className="text-stone-600">
      ，{label}{" "}
      {posts.map((e, i) => (
        <span key={e.actionId}>
          {i > 0 ? "、" : ""}
          <Posts t={e} org />
        </span>
      ))}
    </span>
  );
}

function ChangeLine({ c, kind, announcementId }: { c: PersonChange; kind: "came" | "left" | "within"; announcementId: number }) {
  const here = kind === "left" ? c.closedHere : c.openedHere;
  const clause = (here ?? c.closedHere)!.actionId;
  return (
    <li>
      <Link href={`/people/${c.person.id}`} className="font-medium text-blue-800 hover:underline">
        {c.person.name}
      </Link>{" "}
      {kind === "within" ? (
        <>
          由 <Posts t={c.closedHere!} /> 改任 <Posts t={c.openedHere!} />
        </>
      ) : kind === "came" ? (
        <>
          任 <Posts t={c.openedHere!} />（{c.openedHere!.kind}）
          <Elsewhere label="调自" posts={c.elsewhereClosed} />
        </>
      ) : (
        <>
          {c.closedHere!.kind} <Posts t={c.closedHere!} />
          <Elsewhere label="调任" posts={c.elsewhereOpened} />
        </>
      )}{" "}
      <Link
        href={`/announcements/${announcementId}#clause-${clause}`}
        className="text-sm text-blue-800 hover:underline"
        aria-label={`${c.person.name}的原文`}
      >
        原文
      </Link>
    </li>
  );
}

export default async function OrgPage({ params, searchParams }: Props) {
  const org = await load(params);
  const r = paramsRecord(await searchParams);
  const changesInput = ChangesInput.parse({ from: first(r.from), to: first(r.to), page: first(r.page) });
  const [roster, changes, diff] = await Promise.all([
    rosterAt(db(), org.id, { at: first(r.at) }),
    orgChanges(db(), org.id, changesInput),
    changesInput.from && changesInput.to ? rosterDiff(db(), org.id, changesInput.from, changesInput.to) : null,
  ]);
  const neighbours = await tenureNeighbours(
    db(),
    roster.rows.map((x) => x.tenureId),
  );
  const known = roster.rows.filter((x) => x.startKnown);
  const uncertain = roster.rows.filter((x) => !x.startKnown);
  const isToday = roster.at === todayIso();
  const pagerParams = new URLSearchParams();
  if (first(r.at)) pagerParams.set("at", roster.at);
  if (changesInput.from) pagerParams.set("from", changesInput.from);
  if (changesInput.to) pagerParams.set("to", changesInput.to);

  return (
    <article className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-stone-500">
          {ORG_KIND_LABELS[org.kind as OrgKind] ?? org.kind}
          {org.parent ? (
            <>
              {" · 上级："}
              <Link href={`/orgs/${org.parent.id}`} className="text-blue-800 hover:underline">
                {org.parent.name}
              </Link>
            </>
          ) : null}
        </p>
        <h1 className="text-2xl font-bold">{org.name || "（未载明机构）"}</h1>
        {org.aliases ? <p className="text-sm text-stone-600">又称：{org.aliases}</p> : null}
        {org.children.length ? (
          <p className="text-sm text-stone-600">
            下级：
            {org.children.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? "、" : ""}
                <Link href={`/orgs/${c.id}`} className="text-blue-800 hover:underline">
                  {c.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-lg font-semibold">
          {isToday ? "现任人员" : `${roster.at} 在任人员`}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="选择日期">
          <div className="flex flex-col">
            <label htmlFor="roster-at" className="text-sm text-stone-600">
              查看日期
            </label>
            <input id="roster-at" name="at" type="date" defaultValue={roster.at} className="rounded border border-stone-300 px-2 py-1" />
          </div>
          <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900">
            查看
          </button>
          {!isToday ? (
            <Link href={`/orgs/${org.id}`} className="text-sm text-blue-800 hover:underline">
              回到今天
            </Link>
          ) : null}
          <a href={`/orgs/${org.id}/roster.csv?at=${roster.at}`} className="text-sm text-blue-800 hover:underline" download>
            导出名单 CSV
          </a>
        </form>
        {known.length ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
              <caption className="sr-only">
                {org.name} {roster.at} 在任人员，按职务排序
              </caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th scope="col" className="p-2">
                    职务
                  </th>
                  <th scope="col" className="p-2">
                    姓名
                  </th>
                  <th scope="col" className="p-2">
                    任职起始
                  </th>
                  <th scope="col" className="p-2">
                    前任
                  </th>
                </tr>
              </thead>
              <tbody>
                {known.map((x) => (
                  <tr key={x.tenureId} className="border-b border-stone-100">
                    <td className="p-2">
                      {x.acting ? "代理" : ""}
                      {x.post.title}
                    </td>
                    <td className="p-2">
                      <Link href={`/people/${x.person.id}`} className="text-blue-800 hover:underline">
                        {x.person.name}
                      </Link>
                    </td>
                    <td className="p-2">
                      <Since row={x} />
                    </td>
                    <td className="p-2">
                      {(() => {
                        const p = neighbours.get(x.tenureId)?.predecessor;
                        return p ? (
                          <Link href={`/people/${p.personId}`} className="text-blue-800 hover:underline">
                            {p.name}
                          </Link>
                        ) : null;
                      })()}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-stone-600">该日期没有已知在任人员。</p>
        )}
        {uncertain.length ? (
          <div className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">
            <h3 className="mb-1 font-medium">任职起始不详</h3>
            <p className="mb-2 text-stone-700">
              以下人员的任命未见于已导入的公告，只知道在免职日期之前任职，不能确定 {roster.at} 是否在任。
            </p>
            <ul className="space-y-1">
              {uncertain.map((x) => (
                <li key={x.tenureId}>
                  {x.post.title}：
                  <Link href={`/people/${x.person.id}`} className="text-blue-800 hover:underline">
                    {x.person.name}
                  </Link>
                  ，<Since row={x} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="changes-heading" className="space-y-3">
        <h2 id="changes-heading" className="text-lg font-semibold">
          人事变动
          {changesInput.from || changesInput.to ? `（${changesInput.from ?? "最早"} 至 ${changesInput.to ?? "最新"}）` : ""}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="两个日期之间的变动">
          {first(r.at) ? <input type="hidden" name="at" value={roster.at} /> : null}
          <div className="flex flex-col">
            <label htmlFor="changes-from" className="text-sm text-stone-600">
              从
            </label>
            <input
              id="changes-from"
              name="from"
              type="date"
              defaultValue={changesInput.from ?? ""}
              className="rounded border border-stone-300 px-2 py-1"
            />
          </div>
          <div className="flex flex-col">
            <label htmlFor="changes-to" className="text-sm text-stone-600">
              至
            </label>
            <input
              id="changes-to"
              name="to"
              type="date"
              defaultValue={changesInput.to ?? ""}
              className="rounded border border-stone-300 px-2 py-1"
            />
          </div>
          <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900">
            查看变动
          </button>
        </form>
        {diff ? (
          <section className="rounded border border-stone-200 bg-white p-3 text-sm" aria-label="两个日期的名单对比">
            <p className="mb-1 font-medium">
              {diff.to} 与 {diff.from} 的名单相比：新任 {diff.joined.length} 项，离任 {diff.gone.length} 项，留任 {diff.stayed.length} 项
            </p>
            {(
              [
                ["新任", diff.joined],
                ["离任", diff.gone],
              ] as const
            ).map(([label, rows]) =>
              rows.length ? (
                <p key={label}>
                  <span className="text-stone-500">{label}：</span>
                  {rows.map((x, i) => (
                    <span key={x.tenureId}>
                      {i > 0 ? "；" : ""}
                      <Link href={`/people/${x.person.id}`} className="text-blue-800 hover:underline">
                        {x.person.name}
                      </Link>
                      {x.post.title}
                    </span>
                  ))}
                </p>
              ) : null,
            )}
          </section>
        ) : null}
        {changes.rows.length === 0 ? <p className="text-stone-600">没有变动记录。</p> : null}
        <ol className="space-y-3">
          {changes.rows.map((g) => (
            <li key={g.announcement.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
              <h3 className="mb-2 font-medium">
                <Link href={`/announcements/${g.announcement.id}`} className="text-blue-800 hover:underline">
                  {announcementLabel(g.announcement)}
                </Link>
              </h3>
              {g.came.length ? (
                <div className="mb-2">
                  <h4 className="text-stone-500">新任</h4>
                  <ul className="ml-4 list-disc">
                    {g.came.map((c) => (
                      <ChangeLine key={c.person.id} c={c} kind="came" announcementId={g.announcement.id} />
                    ))}
                  </ul>
                </div>
              ) : null}
              {g.movedWithin.length ? (
                <div className="mb-2">
                  <h4 className="text-stone-500">本机构内调整</h4>
                  <ul className="ml-4 list-disc">
                    {g.movedWithin.map((c) => (
                      <ChangeLine key={c.person.id} c={c} kind="within" announcementId={g.announcement.id} />
                    ))}
                  </ul>
                </div>
              ) : null}
              {g.left.length ? (
                <div>
                  <h4 className="text-stone-500">离任</h4>
                  <ul className="ml-4 list-disc">
                    {g.left.map((c) => (
                      <ChangeLine key={c.person.id} c={c} kind="left" announcementId={g.announcement.id} />
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        <Pager
          page={changesInput.page}
          pageSize={changesInput.pageSize}
          total={changes.total}
          params={pagerParams}
          path={`/orgs/${org.id}`}
          label="变动分页"
        />
      </section>
    </article>
  );
}

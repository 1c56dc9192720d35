import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { feedAlternates } from "@/app/_site/feeds";
import { db } from "@/lib/db/client";
import { ORG_KIND_LABELS, type OrgKind } from "@/lib/domain/orgs";
import { organTenures } from "@/lib/queries/charts";
import { first, paramsRecord, todayIso } from "@/lib/queries/common";
import { asOfDate, type IssuerCoverage, type OrganCoverage, organCoverage, unknownStart } from "@/lib/queries/coverage";
import { rulesFor } from "@/lib/queries/inputProblems";
import { organNames } from "@/lib/queries/organNames";
import {
  ChangesInput,
  changeSummary,
  organization,
  orgChanges,
  type PersonChange,
  type PostsTouched,
  type RosterPerson,
  type RosterRow,
  rosterAt,
  rosterView,
} from "@/lib/queries/organs";
import { SUCCESSION_RULE, type TenureNeighbours, tenureNeighbours } from "@/lib/queries/succession";
import { RecordId } from "@/lib/security/ids";
import { coverageText, UnknownStart } from "../../_components/Coverage";
import { TenureTimeline } from "../../_components/charts/TenureTimeline";
import { InputProblems } from "../../_components/InputProblems";
import { announcementLabel, dateOrUnknown, orgName } from "../../_components/labels";
import { LINK_CLASS, TextLink } from "../../_components/links";
import { Pager } from "../../_components/Pager";
import { OrganNames } from "./OrganNames";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(params: Props["params"]) {
  return loadOrg((await params).id);
}

// Once per request, for the metadata and the page alike.
const loadOrg = cache(async (rawId: string) => {
  const id = RecordId.safeParse(rawId);
  if (!id.success) notFound();
  const org = await organization(db(), id.data);
  if (!org) notFound();
  return org;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await load(params);
  return {
    title: orgName(org.name),
    alternates: await feedAlternates(`/orgs/${org.id}/feed.atom`, `${orgName(org.name)}：人事任免`),
  };
}

function datedLabel(a: { id: number; number: string | null; date: string | null }) {
  return `${dateOrUnknown(a.date)} ${announcementLabel(a)}`;
}

function Since({ row, coverage }: { row: RosterRow; coverage?: Map<string, IssuerCoverage> }) {
  if (!row.startKnown) {
    const c = coverage?.get(row.issuer ?? "");
    return <UnknownStart kind={unknownStart(row.endDate, c)} endDate={row.endDate} coverageStart={c?.first} />;
  }
  return (
    <>
      {dateOrUnknown(row.startDate)}
      {row.start ? (
        <>
          {" "}
          <TextLink href={`/announcements/${row.start.announcementId}#clause-${row.start.actionId}`}>
            {announcementLabel({ id: row.start.announcementId, number: row.start.number })}
          </TextLink>
        </>
      ) : null}
    </>
  );
}

function Posts({ t, org }: { t: PostsTouched; org?: boolean }) {
  return (
    <>
      {org ? <TextLink href={`/orgs/${t.organization.id}`}>{orgName(t.organization.name)}</TextLink> : null}
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
      <TextLink href={`/people/${c.person.id}`} className="font-medium">
        {c.person.name}
      </TextLink>{" "}
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
      <TextLink href={`/announcements/${announcementId}#clause-${clause}`} className="text-sm" aria-label={`${c.person.name}的原文`}>
        原文
      </TextLink>
    </li>
  );
}

/** What the data holds about this organ, per issuer that names it. */
function OrganCoverageLine({ coverage }: { coverage: OrganCoverage[] }) {
  if (!coverage.length) return <p className="text-sm text-stone-600">资料范围：尚无涉及本机构的公告。</p>;
  return (
    <p className="text-sm text-stone-600" data-testid="organ-coverage">
      资料范围：
      {coverage.map((c, i) => (
        <span key={c.issuer.issuer}>
          {i > 0 ? "；" : ""}
          {coverageText(c.issuer)}，其中 {c.here.announcements} 份涉及本机构
          {c.here.first ? (c.here.first === c.here.last ? `（${c.here.first}）` : `（${c.here.first} 至 ${c.here.last}）`) : ""}
        </span>
      ))}
      。
    </p>
  );
}

/** A person's posts on the roster: "代理市长", "副院长、审判委员会委员、审判员". */
function postTitles(p: RosterPerson): string {
  return p.posts.map((x) => `${x.acting ? "代理" : ""}${x.post.title}`).join("、");
}

/** Since when: one date when all posts began together, else one per post. */
function PersonSince({ p }: { p: RosterPerson }) {
  const same = p.posts.every((x) => x.start?.announcementId === p.posts[0].start?.announcementId && x.startDate === p.posts[0].startDate);
  if (same) return <Since row={p.posts[0]} />;
  return (
    <>
      {p.posts.map((x) => (
        <span key={x.tenureId} className="block">
          {x.post.title}：<Since row={x} />
        </span>
      ))}
    </>
  );
}

/** Predecessors on the one-seat posts of the line, with the date each left. */
function Predecessors({ p, neighbours }: { p: RosterPerson; neighbours: Map<number, TenureNeighbours> }) {
  const lines = p.posts.flatMap((x) => {
    const pred = neighbours.get(x.tenureId)?.predecessor;
    return pred ? [{ x, pred }] : [];
  });
  return (
    <>
      {lines.map(({ x, pred }) => (
        <span key={x.tenureId} className="block">
          {p.posts.length > 1 ? `${x.post.title}：` : ""}
          <TextLink href={`/people/${pred.personId}`}>{pred.name}</TextLink>
          <span className="text-stone-500">（至 {pred.endDate}）</span>
        </span>
      ))}
    </>
  );
}

export default async function OrgPage({ params, searchParams }: Props) {
  const org = await load(params);
  const raw = await searchParams;
  const r = paramsRecord(raw);
  const changesInput = ChangesInput.parse({ from: first(r.from), to: first(r.to), page: first(r.page) });
  const [roster, changes, summary, coverage, names] = await Promise.all([
    rosterAt(db(), org.id, { at: first(r.at) }),
    orgChanges(db(), org.id, changesInput),
    changeSummary(db(), org.id, changesInput),
    organCoverage(db(), org.id),
    organNames(db(), org.id),
  ]);
  const spans = await organTenures(db(), org.id);
  const neighbours = await tenureNeighbours(
    db(),
    roster.rows.map((x) => x.tenureId),
  );
  const view = rosterView(roster.rows, org.name);
  const { people: known, uncertain } = view;
  const coverageOf = new Map(coverage.map((c) => [c.issuer.issuer, c.issuer]));
  // "现任" is as of the latest announcement held from the issuers that decide on this organ.
  const asOf = asOfDate(coverage.map((c) => c.issuer));
  const coverageFirst =
    coverage
      .map((c) => c.issuer.first)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
  const isToday = roster.at === todayIso();
  const anyActing = known.some((p) => p.posts.some((x) => x.acting));
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
              <TextLink href={`/orgs/${org.parent.id}`}>{org.parent.name}</TextLink>
            </>
          ) : null}
        </p>
        <h1 className="text-2xl font-bold">{orgName(org.name)}</h1>
        {org.aliases ? <p className="text-sm text-stone-600">又称：{org.aliases}</p> : null}
        <OrganCoverageLine coverage={coverage} />
        {org.children.length ? (
          <p className="text-sm text-stone-600">
            下级：
            {org.children.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? "、" : ""}
                <TextLink href={`/orgs/${c.id}`}>{c.name}</TextLink>
              </span>
            ))}
          </p>
        ) : null}
      </header>

      <InputProblems rules={rulesFor(`/orgs/${org.id}`)!} params={raw} />

      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-lg font-semibold">
          {isToday ? "现任人员" : `${roster.at} 在任人员`}
        </h2>
        <p className="text-sm text-stone-600" data-testid="roster-coverage">
          {asOf === null
            ? "资料中没有涉及本机构的已载日期公告，名单无从推定。"
            : roster.at > asOf
              ? `${isToday ? "现任" : "在任"}指截至 ${asOf}（已收录的最新一份公告）的情况；此后的任免未收录。`
              : `据 ${roster.at} 及以前已收录的公告推定。`}
          {coverageFirst && roster.at < coverageFirst ? ` 所选日期早于资料起始（${coverageFirst}），名单不完整。` : ""}
        </p>
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
            <TextLink href={`/orgs/${org.id}`} className="text-sm">
              回到今天
            </TextLink>
          ) : null}
          <a href={`/orgs/${org.id}/roster.csv?at=${roster.at}`} className={`text-sm ${LINK_CLASS}`} download>
            导出名单 CSV
          </a>
        </form>
        {known.length || view.unknownHead ? (
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
                {view.unknownHead ? (
                  <tr className="border-b border-stone-100">
                    <td className="p-2">{view.unknownHead.title}</td>
                    <td className="p-2 text-stone-600">不详（资料未载）</td>
                    <td className="p-2 text-stone-600">
                      {view.unknownHead.uncertainHolders ? "见下方“任职起始不详”" : "已收录公告中没有在该日期担任此职的人"}
                    </td>
                    <td className="p-2" />
                  </tr>
                ) : null}
                {known.map((p) => (
                  <tr key={p.person.id} className="border-b border-stone-100">
                    <td className="p-2">{postTitles(p)}</td>
                    <td className="p-2">
                      <TextLink href={`/people/${p.person.id}`}>{p.person.name}</TextLink>
                    </td>
                    <td className="p-2">
                      <PersonSince p={p} />
                    </td>
                    <td className="p-2">
                      <Predecessors p={p} neighbours={neighbours} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-1 text-xs text-stone-500">
              {SUCCESSION_RULE}。{anyActing ? "代理职务一般由此后的人民代表大会选举结束，选举结果不在常委会任免名单中，资料未载。" : ""}
            </p>
          </div>
        ) : (
          <p className="text-stone-600">该日期没有已知在任人员。</p>
        )}
        {uncertain.length ? (
          <div className="rounded border border-amber-200 bg-amber-50 p-3 text-sm">
            <h3 className="mb-1 font-medium">任职起始不详</h3>
            <p className="mb-2 text-stone-700">
              以下人员的任命未见于已收录的公告，只知道在免职日期之前任职，不能确定 {roster.at} 是否在任。
            </p>
            <ul className="space-y-1">
              {uncertain.map((p) => (
                <li key={p.person.id}>
                  {postTitles(p)}：<TextLink href={`/people/${p.person.id}`}>{p.person.name}</TextLink>
                  ，<Since row={p.posts[0]} coverage={coverageOf} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      {spans.length ? (
        <section aria-labelledby="timeline-heading" className="space-y-3">
          <h2 id="timeline-heading" className="text-lg font-semibold">
            历年任职
          </h2>
          <TenureTimeline spans={spans} at={roster.at} asOf={asOf ?? todayIso()} organ={orgName(org.name)} />
        </section>
      ) : null}

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
        <section className="rounded border border-stone-200 bg-white p-3 text-sm" aria-label="变动汇总">
          <p className="font-medium">
            {changesInput.from || changesInput.to ? `${changesInput.from ?? "最早"} 至 ${changesInput.to ?? "最新"}` : "全部已收录公告"}：
            {summary.announcements} 份公告，新任 {summary.came} 人次，离任 {summary.left} 人次，本机构内调整 {summary.movedWithin} 人次
          </p>
          <p className="text-stone-600">每人每份公告计一次；离任含任命未见于已收录公告者。</p>
        </section>
        {changes.rows.length === 0 ? <p className="text-stone-600">没有变动记录。</p> : null}
        <ol className="space-y-3">
          {changes.rows.map((g) => (
            <li key={g.announcement.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
              <h3 className="mb-2 font-medium">
                <TextLink href={`/announcements/${g.announcement.id}`}>{datedLabel(g.announcement)}</TextLink>
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

      {names ? <OrganNames names={names} /> : null}
    </article>
  );
}

import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { ORG_KIND_LABELS, type OrgKind } from "@/lib/domain/orgs";
import { first, paramsRecord } from "@/lib/queries/common";
import { rulesFor } from "@/lib/queries/inputProblems";
import { type OrganHit, searchOrgans } from "@/lib/queries/organSearch";
import { type PersonHit, SearchInput, searchPeople } from "@/lib/queries/search";
import { InputProblems } from "../_components/InputProblems";
import { TextLink } from "../_components/links";
import { Pager } from "../_components/Pager";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first(paramsRecord(await searchParams).q)?.trim();
  return { title: q && [...q].length <= 40 ? `搜索：${q}` : "搜索" };
}

const MATCH_LABELS: Record<PersonHit["match"], string> = {
  name: "姓名相同",
  prefix: "姓名开头相同",
  part: "姓名包含",
  pinyin: "拼音相同",
  initials: "拼音首字母相同",
};

function Hit({ hit }: { hit: PersonHit }) {
  const distinguishing = hit.organs.map((o) => o.name).join("、");
  // What tells same-name people apart: the organ of the current post, else the latest organ.
  const organ = hit.currentPosts[0]?.organization ?? hit.organs[0]?.name;
  return (
    <li className="p-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <TextLink href={`/people/${hit.id}`} className="keep-words text-lg font-medium">
          {hit.name}
          {organ ? <span className="text-base text-stone-600"> · {organ}</span> : null}
        </TextLink>
        <span className="text-sm text-stone-500">{hit.pinyin}</span>
        <span className="rounded bg-stone-100 px-1.5 text-xs text-stone-600">{MATCH_LABELS[hit.match]}</span>
      </div>
      {hit.currentPosts.length ? (
        <p className="mt-1 text-sm">
          <span className="text-stone-500">现任：</span>
          {hit.currentPosts.map((p, i) => (
            <span key={`${p.organizationId}-${p.title}`}>
              {i > 0 ? "；" : ""}
              {p.organization}
              {p.acting ? "代理" : ""}
              {p.title}
              {p.since ? <span className="text-stone-500">（{p.since} 起）</span> : null}
            </span>
          ))}
        </p>
      ) : (
        <p className="mt-1 text-sm text-stone-500">无现任职务记录{distinguishing ? `；曾涉及：${distinguishing}` : ""}</p>
      )}
      <p className="mt-1 text-sm text-stone-500">
        {hit.actionCount} 项任免记录
        {hit.lastActionDate ? `，最近一次 ${hit.lastActionDate}` : ""}
        {hit.firstActionDate && hit.firstActionDate !== hit.lastActionDate ? `（最早 ${hit.firstActionDate}）` : ""}
      </p>
    </li>
  );
}

function OrganResults({ organs, query }: { organs: { rows: OrganHit[]; total: number }; query: string }) {
  if (!organs.total) return null;
  return (
    <section aria-labelledby="organ-results-heading" className="space-y-2">
      <h2 id="organ-results-heading" className="text-lg font-semibold">
        机构（{organs.total} 个）
      </h2>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {organs.rows.map((o) => (
          <li key={o.id} className="flex flex-wrap items-baseline gap-x-3 p-3">
            <TextLink href={`/orgs/${o.id}`} className="font-medium">
              {o.name}
            </TextLink>
            <span className="text-sm text-stone-500">{ORG_KIND_LABELS[o.kind as OrgKind] ?? o.kind}</span>
            <TextLink href={`/orgs/${o.id}#roster-heading`} className="text-sm" aria-label={`${o.name}在任人员名单`}>
              在任人员名单
            </TextLink>
          </li>
        ))}
      </ul>
      {organs.total > organs.rows.length ? (
        <p className="text-sm text-stone-600">
          另有 {organs.total - organs.rows.length} 个机构：
          <TextLink href={`/orgs?q=${encodeURIComponent(query)}`}>在机构列表中查看全部</TextLink>
        </p>
      ) : null}
    </section>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const r = paramsRecord(raw);
  const input = SearchInput.parse({ q: first(r.q), page: first(r.page) });
  const noOrgans = { rows: [], total: 0 };
  const [{ rows, total, query }, organs] = input.q
    ? await Promise.all([searchPeople(db(), input), input.page === 1 ? searchOrgans(db(), input.q) : noOrgans])
    : [{ rows: [], total: 0, query: "" }, noOrgans];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">搜索人员和机构</h1>
      <InputProblems rules={rulesFor("/search")!} params={raw} />
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not announced by every screen reader yet; role="search" is */}
      <form action="/search" method="get" role="search" className="flex flex-wrap gap-2">
        <label htmlFor="search-q" className="sr-only">
          姓名、拼音、首字母或机构名
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="如：王剑波、jiangguojie、jgj、第三中级"
          className="w-full max-w-md rounded border border-stone-300 px-3 py-2"
        />
        <button type="submit" className="rounded bg-red-800 px-4 py-2 text-white hover:bg-red-900">
          搜索
        </button>
      </form>
      <p className="text-sm text-stone-600">
        可输入全名、部分姓名（简体或繁体）、全拼（jiangguojie）、拼音首字母（jgj），或机构名称的一部分。
      </p>
      {query ? <OrganResults organs={organs} query={query} /> : null}
      {query ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="mb-2 text-lg font-semibold">
            “{query}”的搜索结果（{total} 人）
          </h2>
          {rows.length ? (
            <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
              {rows.map((h) => (
                <Hit key={h.id} hit={h} />
              ))}
            </ul>
          ) : (
            <p className="text-stone-600">没有找到匹配的人员。</p>
          )}
          <Pager
            page={input.page}
            pageSize={input.pageSize}
            total={total}
            params={new URLSearchParams({ q: query })}
            path="/search"
            label="搜索结果分页"
          />
        </section>
      ) : null}
    </div>
  );
}

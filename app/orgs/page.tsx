import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { ORG_KIND_LABELS, ORG_KINDS } from "@/lib/domain/orgs";
import { first, paramsRecord } from "@/lib/queries/common";
import { listOrgs, type OrgNode, OrgsInput, orgTree } from "@/lib/queries/organs";
import { OrgLink, TextLink } from "../_components/links";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "机构" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Node({ node }: { node: OrgNode }) {
  return (
    <li>
      <div className="flex flex-wrap items-baseline gap-x-2 py-1">
        <OrgLink id={node.id} name={node.name} />
        {node.aliases ? <span className="text-sm text-stone-500">（{node.aliases}）</span> : null}
        <span className="text-sm text-stone-500">
          在任 {node.currentPeople} 人 · {node.posts} 个职务
        </span>
      </div>
      {node.children.length ? (
        <ul className="ml-5 border-l border-stone-200 pl-3">
          {node.children.map((c) => (
            <Node key={c.id} node={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export default async function OrgsPage({ searchParams }: Props) {
  const r = paramsRecord(await searchParams);
  const input = OrgsInput.parse({ q: first(r.q), kind: first(r.kind) || undefined });
  const { rows, total } = await listOrgs(db(), input);
  const groups = orgTree(rows);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">机构</h1>
      <form method="get" action="/orgs" className="flex flex-wrap items-end gap-3" aria-label="筛选机构">
        <div className="flex flex-col">
          <label htmlFor="orgs-q" className="text-sm text-stone-600">
            机构名称
          </label>
          <input
            id="orgs-q"
            name="q"
            type="search"
            defaultValue={input.q}
            placeholder="如：第三中级"
            className="rounded border border-stone-300 px-2 py-1"
          />
        </div>
        <div className="flex flex-col">
          <label htmlFor="orgs-kind" className="text-sm text-stone-600">
            类别
          </label>
          <select id="orgs-kind" name="kind" defaultValue={input.kind ?? ""} className="rounded border border-stone-300 px-2 py-1">
            <option value="">全部</option>
            {ORG_KINDS.map((k) => (
              <option key={k} value={k}>
                {ORG_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900">
          筛选
        </button>
        {input.q || input.kind ? (
          <TextLink href="/orgs" className="text-sm">
            清除筛选
          </TextLink>
        ) : null}
      </form>
      <p className="text-sm text-stone-600">
        共 {total} 个机构。“在任”人数据已收录的公告推定，截至各发布机关已收录的最新一份公告（见
        <TextLink href="/">首页的资料范围</TextLink>
        ）。
      </p>
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`kind-${g.kind}`}>
          <h2 id={`kind-${g.kind}`} className="mb-2 text-lg font-semibold">
            {ORG_KIND_LABELS[g.kind]} <span className="text-sm font-normal text-stone-500">（{g.count}）</span>
          </h2>
          <ul className="rounded border border-stone-200 bg-white p-3">
            {g.roots.map((n) => (
              <Node key={n.id} node={n} />
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 ? <p className="text-stone-600">没有符合条件的机构。</p> : null}
    </div>
  );
}

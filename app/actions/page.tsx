import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { actionsFilterFromParams, actionsFilterToParams, COLUMN_KEYS, explicitKinds, listActions, organNames } from "@/lib/queries/actions";
import { first, paramsRecord } from "@/lib/queries/common";
import { rulesFor } from "@/lib/queries/inputProblems";
import { InputProblems } from "../_components/InputProblems";
import { TextLink } from "../_components/links";
import { Pager } from "../_components/Pager";
import { ActionsTable } from "./ActionsTable";
import { KindFilter } from "./KindFilter";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "任免记录" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const input = "rounded border border-stone-300 px-2 py-1";

export default async function ActionsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const filter = actionsFilterFromParams(raw);
  const hidden = (first(paramsRecord(raw).hide) ?? "").split(",").filter((h) => (COLUMN_KEYS as readonly string[]).includes(h));
  const [{ rows, total }, organs] = await Promise.all([listActions(db(), filter), organNames(db())]);
  const hide = hidden.length ? hidden.join(",") : undefined;
  const query = actionsFilterToParams(filter, { hide }).toString();
  const exportQuery = actionsFilterToParams({ ...filter, page: 1, pageSize: undefined }).toString();
  const pagerParams = actionsFilterToParams({ ...filter, page: 1 }, { hide });
  const filtered = filter.person || filter.kinds.length || filter.org || filter.post || filter.from || filter.to;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">任免记录</h1>
      <a href="#actions-table" className="sr-only focus:not-sr-only focus:rounded focus:bg-white focus:p-2">
        跳到表格
      </a>
      <InputProblems rules={rulesFor("/actions")!} params={raw} />
      <details className="fold rounded border border-stone-200 bg-white" open={filtered ? true : undefined}>
        <summary className="cursor-pointer p-3 font-medium">筛选条件{filtered ? "（已设置）" : ""}</summary>
        <form method="get" action="/actions" aria-label="筛选任免记录" className="space-y-3 p-3 pt-0">
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <div className="flex flex-col">
              <label htmlFor="f-person" className="text-sm text-stone-600">
                姓名（或拼音）
              </label>
              <input id="f-person" name="person" type="search" defaultValue={filter.person} className={input} />
            </div>
            <div className="flex flex-col">
              <label htmlFor="f-org" className="text-sm text-stone-600">
                机构
              </label>
              <input id="f-org" name="org" type="search" list="organ-names" defaultValue={filter.org} className={input} />
              <datalist id="organ-names">
                {organs.map((o) => (
                  <option key={o} value={o} />
                ))}
              </datalist>
            </div>
            <div className="flex flex-col">
              <label htmlFor="f-post" className="text-sm text-stone-600">
                职务
              </label>
              <input id="f-post" name="post" type="search" defaultValue={filter.post} className={input} />
            </div>
            <div className="flex gap-2">
              <div className="flex flex-col">
                <label htmlFor="f-from" className="text-sm text-stone-600">
                  日期从
                </label>
                <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} className={input} />
              </div>
              <div className="flex flex-col">
                <label htmlFor="f-to" className="text-sm text-stone-600">
                  至
                </label>
                <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} className={input} />
              </div>
            </div>
          </div>
          <KindFilter groups={filter.groups} kinds={explicitKinds(filter)} />
          {filter.sort !== "date" ? <input type="hidden" name="sort" value={filter.sort} /> : null}
          {filter.dir !== "desc" ? <input type="hidden" name="dir" value={filter.dir} /> : null}
          {filter.pageSize !== 50 ? <input type="hidden" name="pageSize" value={filter.pageSize} /> : null}
          {hide ? <input type="hidden" name="hide" value={hide} /> : null}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className="rounded bg-red-800 px-3 py-1 text-white hover:bg-red-900">
              筛选
            </button>
            {filtered ? (
              <TextLink href="/actions" className="text-sm">
                清除筛选
              </TextLink>
            ) : null}
          </div>
        </form>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <p className="text-sm text-stone-600" role="status">
          共 {total.toLocaleString("zh-CN")} 条记录
        </p>
        <a
          href={`/actions.csv${exportQuery ? `?${exportQuery}` : ""}`}
          className="rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100"
          download
        >
          导出 CSV（全部 {total.toLocaleString("zh-CN")} 条）
        </a>
      </div>
      <ActionsTable
        key={hide ?? ""}
        rows={rows}
        total={total}
        page={filter.page}
        pageSize={filter.pageSize}
        sort={filter.sort}
        dir={filter.dir}
        hidden={hidden}
        query={query}
      />
      <Pager page={filter.page} pageSize={filter.pageSize} total={total} params={pagerParams} path="/actions" label="任免记录分页" />
    </div>
  );
}

import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { decisionsPerMonth } from "@/lib/queries/charts";
import { coverageByIssuer } from "@/lib/queries/coverage";
import { counts, latestAnnouncements } from "@/lib/queries/overview";
import { MonthlyDecisions } from "./_components/charts/MonthlyDecisions";
import { dateOrUnknown } from "./_components/labels";
import { TextLink } from "./_components/links";
import { feedAlternates } from "./_site/feeds";

export const dynamic = "force-dynamic";

const COUNT_LABELS = [
  ["sources", "来源文本"],
  ["announcements", "公告"],
  ["people", "人员"],
  ["organizations", "机构"],
  ["actions", "任免事项"],
] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: await feedAlternates("/feed.atom", "任免 Renmian：新近的人事任免") };
}

export default async function HomePage() {
  const [n, latest, coverage, monthly] = await Promise.all([
    counts(db()),
    latestAnnouncements(db(), 10),
    coverageByIssuer(db()),
    decisionsPerMonth(db()),
  ]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="counts-heading">
        <h1 id="counts-heading" className="mb-4 text-2xl font-bold">
          重庆市人大常委会任免事项
        </h1>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {COUNT_LABELS.map(([key, label]) => (
            <div key={key} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-sm text-stone-500">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums" data-testid={`count-${key}`}>
                {n[key].toLocaleString("zh-CN")}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {monthly.rows.length ? (
        <section aria-labelledby="monthly-heading">
          <h2 id="monthly-heading" className="mb-3 text-lg font-semibold">
            每月任免事项
          </h2>
          <MonthlyDecisions rows={monthly.rows} undated={monthly.undated} />
        </section>
      ) : null}
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="mb-1 text-lg font-semibold">
          资料范围（按发布机关）
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          各页所说的“现任”“至今”，均指截至该发布机关已收录的最新一份公告；已收录公告之间可能有未收录的公告。
        </p>
        {coverage.length ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[28rem] border-collapse bg-white text-sm">
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th scope="col" className="p-2">
                    发布机关
                  </th>
                  <th scope="col" className="p-2 text-right">
                    公告
                  </th>
                  <th scope="col" className="p-2">
                    最早
                  </th>
                  <th scope="col" className="p-2">
                    最新
                  </th>
                </tr>
              </thead>
              <tbody>
                {coverage.map((c) => (
                  <tr key={c.issuer} className="border-b border-stone-100">
                    <td className="p-2">{c.issuer}</td>
                    <td className="p-2 text-right tabular-nums">
                      {c.announcements}
                      {c.undated ? `（${c.undated} 份未载日期）` : ""}
                    </td>
                    <td className="p-2">{c.first ?? "—"}</td>
                    <td className="p-2">{c.last ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-stone-600">还没有导入任何公告。</p>
        )}
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="mb-3 text-lg font-semibold">
          最新公告
        </h2>
        {latest.length === 0 ? (
          <p className="text-stone-600">
            还没有导入任何公告。运行 <code>npm run import -- 文件或目录</code> 导入。
          </p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {latest.map((a) => (
              <li key={a.id} className="p-3">
                <TextLink href={`/announcements/${a.id}`} className="font-medium">
                  {a.issuer}
                  {a.number ? ` 公告${a.number}` : ""}
                </TextLink>
                <p className="text-sm text-stone-600">
                  {dateOrUnknown(a.date)} · {a.meeting ?? "会议不详"} · {a.entryCount} 项任免
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

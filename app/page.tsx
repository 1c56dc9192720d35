import Link from "next/link";
import { db } from "@/lib/db/client";
import { counts, latestAnnouncements } from "@/lib/queries/overview";

export const dynamic = "force-dynamic";

const COUNT_LABELS = [
  ["sources", "来源文本"],
  ["announcements", "公告"],
  ["people", "人员"],
  ["organizations", "机构"],
  ["actions", "任免事项"],
] as const;

export default async function HomePage() {
  const [n, latest] = await Promise.all([counts(db()), latestAnnouncements(db(), 10)]);
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
                <Link href={`/announcements/${a.id}`} className="font-medium text-blue-800 hover:underline">
                  {a.issuer}
                  {a.number ? ` 公告${a.number}` : ""}
                </Link>
                <p className="text-sm text-stone-600">
                  {a.date ?? "日期不详"} · {a.meeting ?? "会议不详"} · {a.entryCount} 项任免
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

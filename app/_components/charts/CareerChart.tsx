// A person's posts over time (server-rendered SVG): one row per post held, oldest first; acting
// posts in their own colour, posts whose appointment is not in the imported announcements dashed.
// One image for assistive technology, followed by the same facts as a table.
import type { OrganTimeline, TimelineItem } from "@/lib/queries/person";
import { dateOrUnknown, orgName } from "../labels";
import { ChartFacts } from "./ChartFacts";
import { TENURE_COLORS, TenureBar } from "./TenureBar";
import { TimeAxis } from "./TimeAxis";
import { yearScale } from "./time";

const WIDTH = 760;
const LEFT = 8;
const RIGHT = WIDTH - 8;
const TOP = 26;
const ROW = 38;

interface Row {
  key: number;
  organ: string;
  organId: number;
  title: string;
  item: TimelineItem;
}

export function careerRows(organs: OrganTimeline[]): Row[] {
  return organs
    .flatMap((o) =>
      o.items.map((item) => ({
        key: item.posts[0].tenureId,
        organ: orgName(o.organization.name),
        organId: o.organization.id,
        title: `${item.acting ? "代理" : ""}${item.posts.map((p) => p.title).join("、")}`,
        item,
      })),
    )
    .sort((a, b) => (a.item.startDate ?? a.item.endDate ?? "").localeCompare(b.item.startDate ?? b.item.endDate ?? "") || a.key - b.key);
}

export function CareerChart({ organs, person, asOf }: { organs: OrganTimeline[]; person: string; asOf: string }) {
  const rows = careerRows(organs);
  if (!rows.length) return null;
  const dates = [asOf, ...rows.flatMap((r) => [r.item.startDate, r.item.endDate].filter((d): d is string => !!d))];
  const x = yearScale(dates, LEFT, RIGHT);
  const height = TOP + rows.length * ROW + 4;
  const acting = rows.filter((r) => r.item.acting).length;
  return (
    <figure className="space-y-2">
      <div className="overflow-x-auto rounded border border-stone-200 bg-white">
        <svg
          role="img"
          aria-label={`${person}的任职经历图：${rows.length} 项任职${acting ? `，其中代理 ${acting} 项` : ""}`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          className="block min-w-[40rem]"
          fontFamily="inherit"
        >
          <TimeAxis x={x} y={14} bottom={height} />
          {rows.map((r, i) => {
            const top = TOP + i * ROW;
            const { item } = r;
            return (
              <g key={r.key}>
                <text x={LEFT} y={top + 11} fontSize={12} fill="#44403c">
                  {r.organ} {r.title}
                </text>
                <TenureBar
                  tenure={{ ...item, current: item.status === "current" }}
                  x={x}
                  left={LEFT}
                  top={top}
                  asOf={asOf}
                  href={`/orgs/${r.organId}`}
                  title={`${r.organ}${r.title}：${item.startDate ?? "起始不详"} 至 ${item.status === "current" ? `${asOf}（在任）` : dateOrUnknown(item.endDate)}`}
                />
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
        <span style={{ color: TENURE_COLORS.current }}>■ 在任</span>
        <span style={{ color: TENURE_COLORS.ended }}>■ 已离任</span>
        <span style={{ color: TENURE_COLORS.acting }}>■ 代理</span>
        <span>□ 虚线：任命未见于已导入的公告（起始不详）</span>
      </figcaption>
      <ChartFacts
        caption={`${person}的任职经历（与上图相同的信息）`}
        columns={["机构", "职务", "起", "止"]}
        rows={rows.map((r) => ({
          key: r.key,
          cells: [
            r.organ,
            r.title,
            r.item.startDate ?? "起始不详（任命未见于已导入的公告）",
            r.item.status === "current" ? `在任（截至 ${asOf}）` : dateOrUnknown(r.item.endDate),
          ],
        }))}
      />
    </figure>
  );
}

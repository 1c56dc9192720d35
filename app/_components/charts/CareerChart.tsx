// A person's posts over time (server-rendered SVG): one row per post held, oldest first; acting
// posts in their own colour, posts whose appointment is not in the imported announcements dashed.
// One image for assistive technology, followed by the same facts as a table.
import type { OrganTimeline, TimelineItem } from "@/lib/queries/person";
import { dateOrUnknown, orgName } from "../labels";
import { TimeAxis } from "./TimeAxis";
import { toDate, yearScale } from "./time";

const WIDTH = 760;
const LEFT = 8;
const RIGHT = WIDTH - 8;
const TOP = 26;
const ROW = 38;
const COLORS = { current: "#991b1b", ended: "#78716c", acting: "#b45309" };

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
            const x0 = item.startDate ? x(toDate(item.startDate)) : LEFT;
            const end = item.endDate ? x(toDate(item.endDate)) : item.status === "current" ? x(toDate(asOf)) : x0 + 4;
            const color = item.acting ? COLORS.acting : item.status === "current" ? COLORS.current : COLORS.ended;
            return (
              <g key={r.key}>
                <text x={LEFT} y={top + 11} fontSize={12} fill="#44403c">
                  {r.organ} {r.title}
                </text>
                <a href={`/orgs/${r.organId}`} tabIndex={-1}>
                  <title>{`${r.organ}${r.title}：${item.startDate ?? "起始不详"} 至 ${item.status === "current" ? `${asOf}（在任）` : dateOrUnknown(item.endDate)}`}</title>
                  <rect
                    x={x0}
                    y={top + 16}
                    width={Math.max(end - x0, 3)}
                    height={16}
                    rx={2}
                    fill={item.startDate ? color : "none"}
                    stroke={color}
                    strokeDasharray={item.startDate ? undefined : "3 2"}
                  />
                </a>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
        <span style={{ color: COLORS.current }}>■ 在任</span>
        <span style={{ color: COLORS.ended }}>■ 已离任</span>
        <span style={{ color: COLORS.acting }}>■ 代理</span>
        <span>□ 虚线：任命未见于已导入的公告（起始不详）</span>
      </figcaption>
      {/* A table is as wide as its content whatever its width says: the visually hidden box is a div. */}
      <div className="sr-only">
        <table>
          <caption>{person}的任职经历（与上图相同的信息）</caption>
          <thead>
            <tr>
              <th scope="col">机构</th>
              <th scope="col">职务</th>
              <th scope="col">起</th>
              <th scope="col">止</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.organ}</td>
                <td>{r.title}</td>
                <td>{r.item.startDate ?? "起始不详（任命未见于已导入的公告）"}</td>
                <td>{r.item.status === "current" ? `在任（截至 ${asOf}）` : dateOrUnknown(r.item.endDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

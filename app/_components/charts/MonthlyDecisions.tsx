// Decisions (任免事项) per month, stacked by issuer (server-rendered SVG), then the same counts as a table.
import { scaleLinear } from "d3-scale";
import type { MonthlyDecisions as Row } from "@/lib/queries/charts";
import { ChartFacts } from "./ChartFacts";
import { TimeAxis } from "./TimeAxis";
import { monthStart, nextMonth, yearScale } from "./time";

const WIDTH = 760;
const LEFT = 40;
const RIGHT = WIDTH - 8;
const TOP = 26;
const PLOT = 160;
const PALETTE = ["#991b1b", "#1d4ed8", "#15803d", "#78716c"];
const OTHERS = "其他发布机关";

/** Issuers by their total, the first three by name and the rest together. */
export function issuerSeries(rows: Row[]): string[] {
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.issuer, (total.get(r.issuer) ?? 0) + r.count);
  const names = [...total.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  return names.length <= PALETTE.length ? names : [...names.slice(0, PALETTE.length - 1), OTHERS];
}

/** month → series → count */
function byMonth(rows: Row[], series: string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const s = series.includes(r.issuer) ? r.issuer : OTHERS;
    const m = out.get(r.month) ?? new Map<string, number>();
    m.set(s, (m.get(s) ?? 0) + r.count);
    out.set(r.month, m);
  }
  return out;
}

export function MonthlyDecisions({ rows, undated }: { rows: Row[]; undated: number }) {
  if (!rows.length) return null;
  const series = issuerSeries(rows);
  const months = byMonth(rows, series);
  const monthKeys = [...months.keys()].sort();
  const last = monthKeys.at(-1)!;
  const x = yearScale([`${monthKeys[0]}-01`, `${last}-28`], LEFT, RIGHT);
  const totals = monthKeys.map((m) => [...months.get(m)!.values()].reduce((a, b) => a + b, 0));
  const y = scaleLinear()
    .domain([0, Math.max(...totals)])
    .nice()
    .range([TOP + PLOT, TOP]);
  const height = TOP + PLOT + 8;
  const sum = totals.reduce((a, b) => a + b, 0);
  return (
    <figure className="space-y-2">
      <div className="overflow-x-auto rounded border border-stone-200 bg-white">
        <svg
          role="img"
          aria-label={`每月任免事项数，按发布机关：${monthKeys[0]} 至 ${last}，共 ${sum} 项`}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          className="block min-w-[36rem]"
          fontFamily="inherit"
        >
          <TimeAxis x={x} y={14} bottom={TOP + PLOT} />
          <g fontSize={11} fill="#78716c">
            {y.ticks(4).map((t) => (
              <g key={t}>
                <line x1={LEFT} x2={RIGHT} y1={y(t)} y2={y(t)} stroke="#e7e5e4" />
                <text x={LEFT - 4} y={y(t) + 4} textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
          </g>
          {monthKeys.map((m) => {
            const x0 = x(monthStart(m));
            const w = Math.max(x(nextMonth(monthStart(m))) - x0 - 1, 1.5);
            let acc = 0;
            return (
              <g key={m}>
                {series.map((s, i) => {
                  const n = months.get(m)!.get(s) ?? 0;
                  if (!n) return null;
                  const y0 = y(acc);
                  acc += n;
                  return (
                    <rect key={s} x={x0} y={y(acc)} width={w} height={y0 - y(acc)} fill={PALETTE[i]}>
                      <title>{`${m} ${s}：${n} 项`}</title>
                    </rect>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
        {series.map((s, i) => (
          <span key={s} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-3.5" style={{ backgroundColor: PALETTE[i] }} />
            {s}
          </span>
        ))}
        {undated ? <span>另有 {undated} 项的公告未载明日期，未计入</span> : null}
      </figcaption>
      <ChartFacts
        caption="每月任免事项数（与上图相同的信息）"
        columns={["月份", ...series, "合计"]}
        rowHeaders
        rows={monthKeys.map((m, i) => ({ key: m, cells: [m, ...series.map((s) => months.get(m)!.get(s) ?? 0), totals[i]] }))}
      />
    </figure>
  );
}

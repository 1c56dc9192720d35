// An organ's posts over the years (server-rendered SVG, no script): one-seat posts as lanes of
// tenure bars linking to the person, other posts as the number of holders over time; the roster's
// date is marked. The figure is one image for assistive technology; the same facts follow as a table.
import type { TenureSpan } from "@/lib/queries/charts";
import { dateOrUnknown } from "../labels";
import { ChartFacts } from "./ChartFacts";
import { type PostRow, postRows } from "./postRows";
import { TENURE_COLORS, TenureBar } from "./TenureBar";
import { TimeAxis } from "./TimeAxis";
import { toDate, yearScale } from "./time";

const WIDTH = 760;
const LEFT = 8;
const RIGHT = WIDTH - 8;
const TOP = 26;
const LANE = 38;
const COUNT_ROW = 56;

interface Props {
  spans: TenureSpan[];
  /** The roster's date (marked on the chart). */
  at: string;
  /** Where the bars of those still in post end: the latest announcement held, else today. */
  asOf: string;
  organ: string;
}

export function TenureTimeline({ spans, at, asOf, organ }: Props) {
  if (!spans.length) return null;
  const rows = postRows(spans);
  // A roster asked for after the last announcement held shows the holders as of that announcement.
  const mark = at <= asOf ? at : asOf;
  const markLabel = at <= asOf ? at : `${asOf}（现任）`;
  const dates = [mark, asOf, ...spans.flatMap((s) => [s.startDate, s.endDate].filter((d): d is string => !!d))];
  const x = yearScale(dates, LEFT, RIGHT);
  let y = TOP;
  const placed = rows.map((row) => {
    const top = y;
    y += row.oneSeat ? LANE : COUNT_ROW;
    return { row, top };
  });
  const height = y + 4;
  const label = `${organ}各职务任职时间图：${rows.length} 个职务、${spans.length} 段任职，标出 ${markLabel}`;
  return (
    <figure className="space-y-2">
      <div className="overflow-x-auto rounded border border-stone-200 bg-white">
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          className="block min-w-[40rem]"
          fontFamily="inherit"
        >
          <TimeAxis x={x} y={14} bottom={height} />
          {placed.map(({ row, top }) =>
            row.oneSeat ? (
              <Lane key={row.post.id} row={row} top={top} x={x} asOf={asOf} />
            ) : (
              <Counts key={row.post.id} row={row} top={top} x={x} asOf={asOf} />
            ),
          )}
          <g>
            <line x1={x(toDate(mark))} x2={x(toDate(mark))} y1={18} y2={height} stroke="#1d4ed8" strokeDasharray="4 3" />
            <text x={x(toDate(mark)) + 3} y={24} fontSize={11} fill="#1d4ed8" textAnchor={x(toDate(mark)) > RIGHT - 120 ? "end" : "start"}>
              {markLabel}
            </text>
          </g>
        </svg>
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
        <Key color={TENURE_COLORS.current}>在任</Key>
        <Key color={TENURE_COLORS.ended}>已离任</Key>
        <Key color={TENURE_COLORS.acting}>代理</Key>
        <Key color="none" dashed>
          任命未见于已导入的公告（起始不详）
        </Key>
        <span>多人职务显示同时在任人数；蓝色虚线为名单日期 {markLabel}</span>
      </figcaption>
      <SpansTable spans={spans} caption={`${organ}各职务任职经过（与上图相同的信息）`} asOf={asOf} />
    </figure>
  );
}

type X = ReturnType<typeof yearScale>;

function Lane({ row, top, x, asOf }: { row: PostRow; top: number; x: X; asOf: string }) {
  return (
    <g>
      <text x={LEFT} y={top + 11} fontSize={12} fill="#44403c">
        {row.post.title}
      </text>
      {row.spans.map((s) => (
        <TenureBar
          key={s.tenureId}
          tenure={s}
          x={x}
          left={LEFT}
          top={top}
          asOf={asOf}
          href={`/people/${s.person.id}`}
          title={`${s.person.name}：${row.post.title}${s.acting ? "（代理）" : ""}，${s.startDate ?? "起始不详"} 至 ${s.current ? `${asOf}（在任）` : dateOrUnknown(s.endDate)}`}
          label={s.person.name}
        />
      ))}
    </g>
  );
}

function Counts({ row, top, x, asOf }: { row: PostRow; top: number; x: X; asOf: string }) {
  const base = top + 50;
  const h = 32;
  const max = Math.max(row.maxHolders, 1);
  const steps = [...row.steps, { date: asOf, count: row.steps.at(-1)?.count ?? 0 }];
  let d = `M${x(toDate(steps[0]?.date ?? asOf))},${base}`;
  for (let i = 0; i < steps.length; i++) {
    const sx = x(toDate(steps[i].date));
    const prev = i > 0 ? steps[i - 1].count : 0;
    d += `L${sx},${base - (prev / max) * h}L${sx},${base - (steps[i].count / max) * h}`;
  }
  d += `L${x(toDate(asOf))},${base}Z`;
  return (
    <g>
      <text x={LEFT} y={top + 11} fontSize={12} fill="#44403c">
        {row.post.title}（同时在任最多 {row.maxHolders} 人{row.unknownStart ? `；另有 ${row.unknownStart} 人起始不详` : ""}）
      </text>
      <path d={d} fill={TENURE_COLORS.ended} fillOpacity={0.35} stroke={TENURE_COLORS.ended} />
    </g>
  );
}

function Key({ color, dashed, children }: { color: string; dashed?: boolean; children: React.ReactNode }) {
  return (
    <span className="flex items-center gap-1">
      <svg width="14" height="10" aria-hidden="true">
        <rect
          x="0.5"
          y="0.5"
          width="13"
          height="9"
          fill={color}
          stroke={dashed ? "#78716c" : color}
          strokeDasharray={dashed ? "2 2" : undefined}
        />
      </svg>
      {children}
    </span>
  );
}

function SpansTable({ spans, caption, asOf }: { spans: TenureSpan[]; caption: string; asOf: string }) {
  return (
    <ChartFacts
      caption={caption}
      columns={["职务", "姓名", "起", "止"]}
      rows={spans.map((s) => ({
        key: s.tenureId,
        cells: [
          `${s.acting ? "代理" : ""}${s.post.title}`,
          <a key="person" href={`/people/${s.person.id}`}>
            {s.person.name}
          </a>,
          s.startDate ?? "起始不详（任命未见于已导入的公告）",
          s.current ? `在任（截至 ${asOf}）` : dateOrUnknown(s.endDate),
        ],
      }))}
    />
  );
}

import type { ScaleTime } from "d3-scale";
import { timeTicks } from "./time";

/** Year (or month) ticks along the top of a chart, with faint grid lines down to `bottom`. */
export function TimeAxis({ x, y, bottom }: { x: ScaleTime<number, number>; y: number; bottom: number }) {
  return (
    <g className="text-stone-500" fontSize={11}>
      {timeTicks(x).map((t) => (
        <g key={t.label} transform={`translate(${x(t.at)},0)`}>
          <line y1={y + 4} y2={bottom} stroke="currentColor" strokeOpacity={0.25} />
          <text y={y} textAnchor="middle" fill="currentColor">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

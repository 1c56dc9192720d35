// One tenure as a bar on a time axis, shared by the organ's and the person's charts: filled from
// its start to its end (to `asOf` while in post), dashed and unfilled when its start is not in the
// imported announcements, in the colour of its state; a link with a tooltip, and a label inside
// when it fits.
import type { yearScale } from "./time";
import { toDate } from "./time";

export const TENURE_COLORS = { current: "#991b1b", ended: "#78716c", acting: "#b45309" };

/** The bar's height; the row's title text sits above it. */
const HEIGHT = 16;

export interface BarTenure {
  startDate: string | null;
  endDate: string | null;
  current: boolean;
  acting: boolean;
}

interface Props {
  tenure: BarTenure;
  x: ReturnType<typeof yearScale>;
  /** Where bars without a known start begin. */
  left: number;
  /** The row's top (the bar is drawn below the row's title). */
  top: number;
  /** Where the bars of those still in post end. */
  asOf: string;
  href: string;
  title: string;
  /** Written inside the bar when it is wide enough. */
  label?: string;
}

export function TenureBar({ tenure: t, x, left, top, asOf, href, title, label }: Props) {
  const x0 = t.startDate ? x(toDate(t.startDate)) : left;
  const end = t.endDate ? x(toDate(t.endDate)) : t.current ? x(toDate(asOf)) : x0 + 4;
  const width = Math.max(end - x0, 3);
  const color = t.acting ? TENURE_COLORS.acting : t.current ? TENURE_COLORS.current : TENURE_COLORS.ended;
  return (
    <a href={href} tabIndex={-1}>
      <title>{title}</title>
      <rect
        x={x0}
        y={top + 16}
        width={width}
        height={HEIGHT}
        rx={2}
        fill={t.startDate ? color : "none"}
        stroke={color}
        strokeDasharray={t.startDate ? undefined : "3 2"}
      />
      {label && width > [...label].length * 12 + 8 ? (
        <text x={x0 + 4} y={top + 28} fontSize={11} fill={t.startDate ? "white" : color}>
          {label}
        </text>
      ) : null}
    </a>
  );
}

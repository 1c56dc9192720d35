// Time scales and ticks for the charts (d3-scale, d3-time): dates in, x positions and labels out.
import { type ScaleTime, scaleUtc } from "d3-scale";
import { utcDay, utcMonth, utcYear } from "d3-time";

export const toDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A UTC time scale over whole years around the dates, onto [left, right]. */
export function yearScale(dates: string[], left: number, right: number): ScaleTime<number, number> {
  const ds = dates.map(toDate);
  const min = ds.reduce((a, b) => (b < a ? b : a));
  const max = ds.reduce((a, b) => (b > a ? b : a));
  return scaleUtc()
    .domain([utcYear.floor(min), utcYear.ceil(utcDay.offset(max, 1))])
    .range([left, right]);
}

/** About one tick per `spacing` px; a tick on 1 January is labelled with its year, others YYYY-MM. */
export function timeTicks(x: ScaleTime<number, number>, spacing = 90): { at: Date; label: string }[] {
  const [a, b] = x.range();
  return x.ticks(Math.max(2, Math.floor(Math.abs(b - a) / spacing))).map((at) => ({
    at,
    label:
      at.getUTCMonth() === 0 && at.getUTCDate() === 1
        ? String(at.getUTCFullYear())
        : `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, "0")}`,
  }));
}

export const monthStart = (month: string): Date => toDate(`${month}-01`);
export const nextMonth = (d: Date): Date => utcMonth.offset(d, 1);

// An organ's tenures arranged for the timeline: one row per post. A post the data never shows
// with two holders at once is drawn as a lane of bars; any other as the count of holders over time.
import type { TenureSpan } from "@/lib/queries/charts";

export interface HolderStep {
  /** From this date on (until the next step) … */
  date: string;
  /** … this many people held the post (tenures with a known start only). */
  count: number;
}

export interface PostRow {
  post: TenureSpan["post"];
  spans: TenureSpan[];
  oneSeat: boolean;
  steps: HolderStep[];
  maxHolders: number;
  /** Tenures whose appointment is not in the imported announcements. */
  unknownStart: number;
}

/** Holders of one post over time, from tenures with a known start (an unknown end date is left out). */
export function holderSteps(spans: TenureSpan[]): HolderStep[] {
  const delta = new Map<string, number>();
  for (const s of spans) {
    if (!s.startDate || (!s.current && !s.endDate)) continue;
    delta.set(s.startDate, (delta.get(s.startDate) ?? 0) + 1);
    if (s.endDate) delta.set(s.endDate, (delta.get(s.endDate) ?? 0) - 1);
  }
  let count = 0;
  return [...delta.keys()].sort().map((date) => {
    count += delta.get(date)!;
    return { date, count };
  });
}

export function postRows(spans: TenureSpan[]): PostRow[] {
  const byPost = new Map<number, TenureSpan[]>();
  for (const s of spans) byPost.set(s.post.id, [...(byPost.get(s.post.id) ?? []), s]);
  return [...byPost.values()].map((list) => {
    const steps = holderSteps(list);
    const maxHolders = Math.max(0, ...steps.map((s) => s.count));
    const unknownStart = list.filter((s) => !s.startDate).length;
    return { post: list[0].post, spans: list, oneSeat: maxHolders <= 1 && unknownStart <= 1, steps, maxHolders, unknownStart };
  });
}

// Generated announcement pages for benchmarks: `generatePages({ actions, seed })` yields one page
// per standing-committee meeting, spread over thirty years, with exactly `actions` entries in all.

import { DISTRICTS } from "./organs";
import { Random } from "./random";
import { type Page, renderMeeting } from "./render";
import { World } from "./world";

export type { Page, TruthAnnouncement } from "./render";
export type { TruthEntry } from "./world";

export interface GenerateOptions {
  actions: number;
  seed?: number;
}

export interface GeneratedPage extends Page {
  /** A stable relative file name: YYYY/YYYY-MM-DD-<issuer>-<n>.txt */
  name: string;
  entryCount: number;
}

/** Average entries per list: small runs use fewer meetings; a million actions use all of them. */
const ENTRIES_PER_LIST = 60;

export function* generatePages(options: GenerateOptions): Generator<GeneratedPage> {
  const seed = options.seed ?? 1;
  const world = new World(seed);
  const textRandom = new Random(seed ^ 0x5bd1e995);
  const all = World.slots();
  const wanted = Math.max(1, Math.min(all.length, Math.round(options.actions / ENTRIES_PER_LIST)));
  // Municipal lists are longer and weigh more: slots are taken evenly along the cumulative weight.
  const weightOf = (s: (typeof all)[number]) => (s.issuer === "city" ? 3 : 1);
  const cumulative: number[] = [];
  let sum = 0;
  for (const s of all) cumulative.push((sum += weightOf(s)));
  const picked = new Set<number>();
  let at = 0;
  for (let k = 0; k < wanted; k++) {
    const x = ((k + 0.5) * sum) / wanted;
    while (cumulative[at] < x) at++;
    picked.add(at);
  }
  const slots = [...picked].map((i) => all[i]);
  const weights = slots.map(weightOf);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let left = options.actions;
  let weightLeft = totalWeight;
  const emit = (i: number, meeting: ReturnType<World["meet"]>): GeneratedPage => {
    left -= meeting.entryCount;
    const page = renderMeeting(meeting, textRandom);
    const issuer =
      meeting.issuer === "city" ? "cq" : `d${String((DISTRICTS as readonly string[]).indexOf(meeting.issuer)).padStart(2, "0")}`;
    return {
      ...page,
      name: `${meeting.day.year}/${meeting.date}-${issuer}-${String(i).padStart(5, "0")}.txt`,
      entryCount: meeting.entryCount,
    };
  };
  for (const [i, slot] of slots.entries()) {
    if (left <= 0) return;
    const share = (left * weights[i]) / weightLeft;
    weightLeft -= weights[i];
    const target = i === slots.length - 1 ? left : Math.max(1, Math.round(share * (0.6 + 0.8 * textRandom.next())));
    const meeting = world.meet(slot.issuer, slot.day, target, left);
    if (meeting.entryCount) yield emit(i, meeting);
  }
  // Should a list fall short of its share, further meetings of the last committee make the total exact.
  const last = slots[slots.length - 1];
  for (let i = slots.length; left > 0; i++) {
    const meeting = world.meet(last.issuer, last.day, left, left);
    if (!meeting.entryCount) throw new Error("generate: could not place the remaining actions");
    yield emit(i, meeting);
  }
}

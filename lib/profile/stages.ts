// Where an import's time goes, stage by stage (organs, linking people, tenures …), for benchmarks
// and for anyone asking why an import is slow: `RENMIAN_STAGE_TIMES=1 npm run import -- DIR` prints
// the wall time spent in each stage at the end. Off by default: then `stage()` only compares a flag.

const enabled = process.env.RENMIAN_STAGE_TIMES === "1";
const totals = new Map<string, number>();
let last = 0;

/** Closes the stage that ran since the previous call (or since `stageStart`) under `name`. */
export function stage(name: string): void {
  if (!enabled) return;
  const now = performance.now();
  totals.set(name, (totals.get(name) ?? 0) + now - last);
  last = now;
}

/** Starts timing from now (the time before is not counted in any stage). */
export function stageStart(): void {
  if (enabled) last = performance.now();
}

/** The stages' totals in seconds, in the order they first ran; empty when timing is off. */
export function stageTotals(): { stage: string; seconds: number }[] {
  return [...totals].map(([stage, ms]) => ({ stage, seconds: ms / 1000 }));
}

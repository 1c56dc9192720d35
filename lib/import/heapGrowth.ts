// V8 lets its heap grow to as much as four times what survived the last full collection before it
// collects again, when a program allocates fast. An import allocates fast: each batch's entries,
// facts and links are garbage once it commits, while the run's careers (lib/derive/careerBook.ts)
// stay. At 1 M actions that left 200 MB live in a heap of up to 900 MB (peak RSS 1.2 GB). Growing
// by at most 100 % between full collections keeps the peak near 800 MB for the same speed (measured
// at 1 M: 20,900 → 21,600 actions/s, peak RSS 1,155 → 817 MB). The flag is V8's, process-wide and
// read at every collection, so a run sets it for its duration and puts back the default (0: V8's own).
import { setFlagsFromString } from "node:v8";

export function boundHeapGrowth(): { end: () => void } {
  setFlagsFromString("--heap-growing-percent=100");
  return { end: () => setFlagsFromString("--heap-growing-percent=0") };
}

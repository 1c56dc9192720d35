// Timing helpers for the benchmark: percentiles of repeated calls, in milliseconds.

export interface Latency {
  p50: number;
  p95: number;
  runs: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Runs `fn` once per input (after a short warm-up on the first inputs) and returns p50/p95 in ms. */
export async function latency<T>(inputs: T[], fn: (input: T) => Promise<unknown>, warmUp = 3): Promise<Latency> {
  for (const input of inputs.slice(0, warmUp)) await fn(input);
  const times: number[] = [];
  for (const input of inputs) {
    const t = performance.now();
    await fn(input);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length };
}

/** A deterministic sample of up to n items (seeded shuffle). */
export function sample<T>(items: T[], n: number, seed = 7): T[] {
  const a = [...items];
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

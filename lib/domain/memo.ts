// A bounded cache for pure functions of a string (organ names, titles, person names): the same few
// thousand strings recur across a whole import, and the functions behind them run regular
// expressions, Unicode normalisation or dictionary look-ups.

/** `fn` with its results kept per key; the cache is emptied when it holds `limit` keys. */
export function memoized<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}

// Grouping into a Map of lists in place: copying the list on every append (`[...(m.get(k) ?? []), v]`)
// is quadratic in a group's size, and an import's groups (the actions of one post, the careers of
// 王伟) run to thousands.

/** Appends `value` to the list of `key`, creating it. */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Appends every item to `list` (not `list.push(...items)`: spread arguments overflow the stack past ~100,000 items). */
export function appendAll<V>(list: V[], items: readonly V[]): void {
  for (const item of items) list.push(item);
}

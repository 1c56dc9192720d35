// The address a user states for a source (CLI --url, the import form): an absolute http(s) URL, or nothing.

/** The address normalised, undefined when empty; throws with a message a user can act on when it is not a web address. */
export function sourceAddress(value: string | undefined | null): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new Error(`not a web address: ${v.slice(0, 200)} (expected http://… or https://…)`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error(`not a web address: ${v.slice(0, 200)} (only http and https)`);
  if (u.href.length > 2000) throw new Error("the address is longer than 2,000 characters");
  return u.href;
}

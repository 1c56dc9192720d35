// Start tags and their attributes in HTML source, for the few facts a page states in markup (its
// canonical address, charset, links). Bounded patterns over one tag at a time: no backtracking
// across the page on hostile input.
import { decodeEntities } from "./html";

export interface StartTag {
  name: string;
  attrs: Record<string, string>;
  /** Offset of the tag's end in the source. */
  end: number;
}

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>`]+)))?/g;

export function attributes(inside: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of inside.matchAll(ATTR)) {
    const key = m[1].toLowerCase();
    if (!(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** The start tags of the given elements, in order. */
export function* startTags(html: string, names: readonly string[]): Generator<StartTag> {
  const pattern = new RegExp(`<(${names.join("|")})(?=[\\s/>])([^<>]{0,4000})>`, "gi");
  for (const m of html.matchAll(pattern)) {
    yield { name: m[1].toLowerCase(), attrs: attributes(m[2]), end: (m.index ?? 0) + m[0].length };
  }
}

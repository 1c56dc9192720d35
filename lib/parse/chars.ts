// Character classes shared by the vocabularies (no dependencies: every pattern module may import it).

export const HAN = "\\u3400-\\u9fff";
/** Chinese numerals as used in 届/次/号 and list numbering. */
export const CN_NUM = "一二三四五六七八九十百零〇两";

/** Whether the code unit `c` is one of `chars`' (codes compared: no string per character). */
export function isOneOf(c: number, chars: string): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/**
 * Whether `s` ends with one of the code units of `chars`: a cheap test before a
 * pattern anchored at the end (irregexp tries such a pattern at every position).
 */
export function endsWithOneOf(s: string, chars: string): boolean {
  return isOneOf(s.charCodeAt(s.length - 1), chars);
}

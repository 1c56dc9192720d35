// Script folding for matching: Traditional characters are mapped one-to-one to
// Simplified ones, so every pattern is written once (in Simplified) and offsets
// in the folded string equal offsets in the printed string.
import { T2S_FROM, T2S_TO } from "./data/t2s";
import { unitsToString } from "./units";

const table = new Uint16Array(0x10000);
/** table[unit] = its Simplified unit, 0 when it has none (for loops over every unit: read it into a local). */
export const FOLD_TABLE: Readonly<Uint16Array> = table;
for (let i = 0; i < T2S_FROM.length; i++) table[T2S_FROM.charCodeAt(i)] = T2S_TO.charCodeAt(i);

/** Folds one UTF-16 code unit; characters without a mapping are returned as is. */
export function foldCode(code: number): number {
  return table[code] || code;
}

/** Folds a string; the result has exactly the same length. */
export function fold(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++)
    if (table[text.charCodeAt(i)]) {
      first = i;
      break;
    }
  if (first < 0) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = table[c] || c;
  }
  return unitsToString(codes);
}

/** True when the text prints at least one Traditional-only character. */
export function isTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)]) return true;
  return false;
}

// Keys for finding people: simplified script, full pinyin and initials.
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { memoized } from "./memo";

const traditionalToSimplified = OpenCC.Converter({ from: "hk", to: "cn" });

/** Simplified-script form of any Chinese text (Traditional input is common in Hong Kong/Taiwan sources). */
export function toSimplified(text: string): string {
  return traditionalToSimplified(text);
}

/** The key a person's name is stored and searched under: NFKC, no spaces, simplified script. */
export function nameKey(name: string): string {
  return toSimplified(name.normalize("NFKC").replace(/\s+/g, ""));
}

/** nameKey, remembered for the last 100,000 names (an import asks for the same names again and again). */
export const cachedNameKey: (name: string) => string = memoized(nameKey, 100_000);

/**
 * A name's full pinyin without tones or spaces, surnames read as surnames (曾 → zeng), and its
 * initials (the first letter of each syllable): one dictionary pass for both, as every new person
 * of an import needs both.
 */
export function nameReadings(name: string): { pinyin: string; initials: string } {
  return keyReadings(nameKey(name));
}

/** nameReadings of a name's key (nameKey): the readings depend on the key alone. */
export const keyReadings: (key: string) => { pinyin: string; initials: string } = memoized((key) => {
  const syllables = pinyin(key, { toneType: "none", type: "array", surname: "head", nonZh: "removed" }).map((s) => s.toLowerCase());
  return { pinyin: syllables.join(""), initials: syllables.map((s) => s.charAt(0)).join("") };
}, 100_000);

export function namePinyin(name: string): string {
  return nameReadings(name).pinyin;
}

export function nameInitials(name: string): string {
  return nameReadings(name).initials;
}

/** Whether a query is Latin letters only (so it is pinyin, not a name). */
export function isPinyinQuery(query: string): boolean {
  return /^[a-z]+$/i.test(query.replace(/[\s'’]/g, ""));
}

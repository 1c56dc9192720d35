// Dates, congress terms and Chinese numerals for the generated announcements.

const DIGITS = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  const rest = n % 100;
  const tail = rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest);
  return `${DIGITS[Math.floor(n / 100)]}百${tail}`;
}

/** The municipal congress's term for a year (三届 2008–2012 … 六届 2023–2027). */
export function cityTerm(year: number): number {
  if (year < 2003) return 1;
  return 2 + Math.floor((year - 2003) / 5);
}

/** District congresses count their own terms (十八届 in 2024 for most of them). */
export function districtTerm(year: number): number {
  return cityTerm(year) + 12;
}

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function isoDate(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function chineseDate(d: Day): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

export const FIRST_YEAR = 1997;
export const LAST_YEAR = 2026;

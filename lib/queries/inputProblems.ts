// What is wrong with a page's URL parameters, in words for the page: an impossible or reversed
// date range, a bad page number, an over-long query. The pages show these and the proxy answers
// 400 for them; the query schemas themselves fall back to defaults, so nothing is built from a bad value.
import { isCalendarDate, paramsRecord } from "./common";

export interface InputRules {
  /** Parameters holding a YYYY-MM-DD date. */
  dates?: string[];
  /** [from, to]: the first may not be later than the second. */
  range?: [string, string];
  /** Page number parameter. */
  page?: boolean;
  /** Text parameters and their longest accepted length (characters). */
  texts?: Record<string, number>;
}

export const MAX_PAGE = 100_000;

const ACTIONS: InputRules = { dates: ["from", "to"], range: ["from", "to"], page: true, texts: { person: 100, org: 100, post: 100 } };
const ORGAN: InputRules = { dates: ["at", "from", "to"], range: ["from", "to"], page: true };

/** The checked parameters of each page, by path. */
export function rulesFor(pathname: string): InputRules | null {
  if (pathname === "/actions" || pathname === "/actions.csv") return ACTIONS;
  if (pathname === "/search") return { page: true, texts: { q: 40 } };
  if (pathname === "/orgs") return { texts: { q: 50 } };
  if (/^\/orgs\/[^/]+$/.test(pathname)) return ORGAN;
  if (/^\/orgs\/[^/]+\/roster\.csv$/.test(pathname)) return { dates: ["at"] };
  return null;
}

const TEXT_LABELS: Record<string, string> = { q: "搜索词", person: "姓名", org: "机构", post: "职务" };
const DATE_LABELS: Record<string, string> = { from: "起始日期", to: "结束日期", at: "查看日期" };

function firstValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Messages for the parameters that break the rules; empty when the query is fine. Empty values are "not set". */
export function inputProblems(rules: InputRules, params: URLSearchParams | Record<string, string | string[] | undefined>): string[] {
  const r = paramsRecord(params);
  const problems: string[] = [];
  const goodDates = new Map<string, string>();
  for (const key of rules.dates ?? []) {
    const v = firstValue(r[key])?.trim();
    if (!v) continue;
    if (isCalendarDate(v)) goodDates.set(key, v);
    else problems.push(`${DATE_LABELS[key] ?? key}“${clip(v)}”不是有效的日期，请按“年-月-日”填写，如 2024-03-15。`);
  }
  if (rules.range) {
    const [a, b] = rules.range.map((k) => goodDates.get(k));
    if (a && b && a > b) problems.push(`起始日期 ${a} 晚于结束日期 ${b}，请交换两个日期。`);
  }
  if (rules.page) {
    const v = firstValue(r.page)?.trim();
    if (v && !(/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_PAGE)) {
      problems.push(`页码“${clip(v)}”无效，应为 1 到 ${MAX_PAGE.toLocaleString("zh-CN")} 之间的整数。`);
    }
  }
  for (const [key, max] of Object.entries(rules.texts ?? {})) {
    const v = firstValue(r[key])?.trim() ?? "";
    const length = [...v].length;
    if (length > max) problems.push(`${TEXT_LABELS[key] ?? key}过长（${length} 个字符），最多 ${max} 个字符。`);
  }
  return problems;
}

/** A bad value is echoed back only in part, so a long one does not flood the page. */
function clip(v: string): string {
  const chars = [...v];
  return chars.length > 20 ? `${chars.slice(0, 20).join("")}…` : v;
}

/** For a download route: a plain-text 400 naming the problems of the address, or null when it is fine. */
export function refuseBadInput(url: URL): Response | null {
  const rules = rulesFor(url.pathname);
  const problems = rules ? inputProblems(rules, url.searchParams) : [];
  if (!problems.length) return null;
  return new Response(`${problems.join("\n")}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

// Shared pieces of the query functions: paging input, ISO dates, prefix ranges that use an index.
import { z } from "zod";
import type { Provider } from "../db/client";
import { likeOperand } from "./literal";

/** YYYY-MM-DD naming a day of the calendar (not 2024-13-45, not 2023-02-29). */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export const IsoDate = z.string().refine(isCalendarDate, "expected a calendar date YYYY-MM-DD");

/**
 * An optional ISO date from a URL parameter: empty or impossible values mean "not set" here;
 * the page says what was wrong with them (lib/queries/inputProblems.ts) and answers 400.
 */
export const OptionalIsoDate = z.preprocess((v) => (typeof v === "string" && isCalendarDate(v) ? v : undefined), IsoDate.optional());

export const Page = z.coerce.number().int().min(1).max(100_000).catch(1).default(1);

export function pageSizeSchema(fallback: number, max = 200) {
  return z.coerce.number().int().min(1).max(max).catch(fallback).default(fallback);
}

/** Today's date in Chongqing (UTC+8), as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

// The highest code point: under SQLite's binary collation any string that starts with `key` sorts
// between key and key + MAX_CHAR, so `gte/lt` finds prefixes on an ordinary B-tree index (SQLite's
// LIKE cannot use one). PostgreSQL's collation may not order by code point, so there the prefix is
// LIKE 'key%' alone, which its text_pattern_ops indexes serve (migration 0002_issue7_pg_search).
const MAX_CHAR = String.fromCodePoint(0x10ffff);

/**
 * A prefix condition that uses the column's index on either database; always exact: on SQLite the
 * range holds only strings that start with `key` literally (its LIKE, which cannot escape `_` or
 * `%`, only narrows that range), on PostgreSQL the LIKE pattern is escaped (literal.ts).
 */
export function prefixRange(key: string, provider: Provider = "sqlite") {
  const startsWith = likeOperand(key, provider);
  return provider === "sqlite" ? { gte: key, lt: key + MAX_CHAR, startsWith } : { startsWith };
}

/** Reads a URLSearchParams-like object into a plain record; repeated keys become arrays. */
export function paramsRecord(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (k: string, v: string) => {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  };
  if (params instanceof URLSearchParams) for (const [k, v] of params) add(k, v);
  else for (const [k, v] of Object.entries(params)) if (v !== undefined) for (const one of [v].flat()) add(k, one);
  return out;
}

export function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

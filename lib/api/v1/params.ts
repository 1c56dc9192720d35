// Reading the API's query and path parameters: malformed values are a 400 that says what was expected.
import { z } from "zod";
import { recordId } from "../../security/ids";
import { ApiError } from "../http";

/** A positive integer id from the path. */
export function pathId(value: string | undefined, what: string): number {
  const id = recordId(value ?? "");
  if (id === null) throw new ApiError(400, "bad-id", `${what} id must be a positive integer`);
  return id;
}

/** An optional YYYY-MM-DD date parameter. */
export function dateParam(url: URL, name: string): string | undefined {
  const v = url.searchParams.get(name);
  if (v === null || v === "") return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
    throw new ApiError(400, "bad-date", `${name} must be a date as YYYY-MM-DD`);
  return v;
}

/** The page size: default `fallback`, at most `max` (a larger value is a 400, not silently cut). */
export function limitParam(url: URL, fallback: number, max: number): number {
  const v = url.searchParams.get("limit");
  if (v === null || v === "") return fallback;
  const n = z.coerce.number().int().min(1).max(max).safeParse(v);
  if (!n.success) throw new ApiError(400, "bad-limit", `limit must be an integer from 1 to ${max}`);
  return n.data;
}

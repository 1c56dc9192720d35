// The one shape of every API route: parse the request, run one operation, answer JSON.
import type { Db } from "../db/client";
import { siteOrigin } from "../export/origin";
import { ApiError, errorResponse, jsonResponse } from "./http";

export interface ApiContext {
  db: Db;
  url: URL;
  /** The site's public origin, for absolute links in answers. */
  origin: string;
  params: Record<string, string>;
}

export type Operation = (ctx: ApiContext) => Promise<unknown>;

/** A GET handler for a route file: `export const GET = apiGet(db, operation)`. */
export function apiGet(db: () => Db, operation: Operation) {
  return async (request: Request, context: { params?: Promise<Record<string, string>> } = {}): Promise<Response> => {
    const url = new URL(request.url);
    try {
      const params = (await context.params) ?? {};
      return jsonResponse(request, await operation({ db: db(), url, origin: siteOrigin(url.origin), params }));
    } catch (e) {
      if (e instanceof ApiError) return errorResponse(e.status, e.code, e.message);
      console.error("api:", url.pathname, e);
      return errorResponse(500, "internal", "the server failed to answer; try again later");
    }
  };
}

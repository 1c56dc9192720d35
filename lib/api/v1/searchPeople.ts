// GET /api/v1/people?q=NAME|PINYIN&limit=&page=: people search, namesakes kept apart by their organs.
import { searchPeople as search } from "../../queries/search";
import type { ApiContext } from "../handler";
import { ApiError } from "../http";
import { personUrl } from "./facts";
import { limitParam } from "./params";

export async function searchPeople({ db, url, origin }: ApiContext) {
  const q = (url.searchParams.get("q") ?? "").trim();
  if (!q) throw new ApiError(400, "missing-q", "q (a name, part of a name, pinyin or initials) is required");
  if (q.length > 40) throw new ApiError(400, "bad-q", "q is at most 40 characters");
  const limit = limitParam(url, 20, 100);
  const page = Number(url.searchParams.get("page") ?? "1");
  if (!Number.isInteger(page) || page < 1 || page > 10_000) throw new ApiError(400, "bad-page", "page must be an integer from 1");
  const { rows, total, query } = await search(db, { q, page, pageSize: limit });
  return {
    query,
    total,
    page,
    limit,
    people: rows.map((p) => ({
      id: p.id,
      name: p.name,
      pinyin: p.pinyin,
      match: p.match,
      url: personUrl(origin, p.id),
      api: `${origin}/api/v1/people/${p.id}`,
      current_posts: p.currentPosts,
      organizations: p.organs,
      first_action_date: p.firstActionDate,
      last_action_date: p.lastActionDate,
      action_count: p.actionCount,
    })),
  };
}

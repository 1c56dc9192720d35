// GET /feed.atom: the newest announcements, as Atom.
import { db } from "@/lib/db/client";
import { siteOrigin } from "@/lib/export/origin";
import { atomResponse, atomXml } from "@/lib/feeds/atom";
import { decisionFeed } from "@/lib/feeds/decisions";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return atomResponse(atomXml(await decisionFeed(db(), { kind: "all" }, siteOrigin(new URL(request.url).origin))));
}

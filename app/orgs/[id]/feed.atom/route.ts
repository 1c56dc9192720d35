// GET /orgs/{id}/feed.atom: the newest announcements touching this organ, as Atom.
import { db } from "@/lib/db/client";
import { siteOrigin } from "@/lib/export/origin";
import { atomResponse, atomXml } from "@/lib/feeds/atom";
import { decisionFeed } from "@/lib/feeds/decisions";
import { organization } from "@/lib/queries/organs";
import { recordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = recordId((await params).id);
  const org = id === null ? null : await organization(db(), id);
  if (!org) return new Response("没有这个机构。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const feed = await decisionFeed(db(), { kind: "org", id: org.id, name: org.name }, siteOrigin(new URL(request.url).origin));
  return atomResponse(atomXml(feed));
}

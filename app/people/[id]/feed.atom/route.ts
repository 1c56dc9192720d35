// GET /people/{id}/feed.atom: the newest announcements naming this person, as Atom.
import { db } from "@/lib/db/client";
import { siteOrigin } from "@/lib/export/origin";
import { atomResponse, atomXml } from "@/lib/feeds/atom";
import { decisionFeed } from "@/lib/feeds/decisions";
import { survivingPersonId } from "@/lib/queries/person";
import { recordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = recordId((await params).id);
  const surviving = id === null ? null : await survivingPersonId(db(), id);
  const person = surviving === null ? null : await db().person.findUnique({ where: { id: surviving }, select: { id: true, name: true } });
  if (!person) return new Response("没有这个人员。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const feed = await decisionFeed(db(), { kind: "person", id: person.id, name: person.name }, siteOrigin(new URL(request.url).origin));
  return atomResponse(atomXml(feed));
}

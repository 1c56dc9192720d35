// An organ's roster at a date (?at=YYYY-MM-DD, default today) as CSV.
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { rosterColumns } from "@/lib/export/columns";
import { csvHeaders, csvStream } from "@/lib/export/csv";
import { siteOrigin } from "@/lib/export/origin";
import { refuseBadInput } from "@/lib/queries/inputProblems";
import { organization, rosterAt } from "@/lib/queries/organs";
import { actionProvenance } from "@/lib/queries/provenance";
import { RecordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseBadInput(request.nextUrl);
  if (refused) return refused;
  const id = RecordId.safeParse((await params).id);
  const org = id.success ? await organization(db(), id.data) : null;
  if (!org) return new Response("没有这个机构。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const roster = await rosterAt(db(), org.id, { at: request.nextUrl.searchParams.get("at") ?? undefined });
  const cited = await actionProvenance(
    db(),
    roster.rows.flatMap((r) => (r.start ? [r.start.actionId] : [])),
  );
  async function* rows() {
    for (const r of roster.rows)
      yield { ...r, organization: org!.name, at: roster.at, startProvenance: r.start ? cited.get(r.start.actionId) : undefined };
  }
  return new Response(csvStream(rosterColumns(siteOrigin(request.nextUrl.origin)), rows()), {
    headers: csvHeaders(`renmian-org-${org.id}-roster-${roster.at}.csv`),
  });
}

// A person's posts held (one row per post and span) as CSV.
import { db } from "@/lib/db/client";
import { timelineActionIds, timelineColumns, timelineRows } from "@/lib/export/columns";
import { csvHeaders, csvStream } from "@/lib/export/csv";
import { personTimeline, survivingPersonId } from "@/lib/queries/person";
import { actionProvenance } from "@/lib/queries/provenance";
import { RecordId } from "@/lib/security/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = RecordId.safeParse((await params).id);
  const surviving = id.success ? await survivingPersonId(db(), id.data) : null;
  const timeline = surviving === null ? null : await personTimeline(db(), surviving);
  if (!timeline) return new Response("没有这个人员。\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const cited = await actionProvenance(db(), timelineActionIds(timeline));
  async function* rows() {
    yield* timelineRows(timeline!, cited);
  }
  return new Response(csvStream(timelineColumns, rows()), { headers: csvHeaders(`renmian-person-${timeline.person.id}-timeline.csv`) });
}

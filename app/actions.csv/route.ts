// All rows of the actions table's filter (every page), streamed as CSV in keyset chunks, with the
// provenance of each row (issuer, meeting, source address, the clause as printed).
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { actionColumns } from "@/lib/export/columns";
import { csvHeaders, csvStream } from "@/lib/export/csv";
import { actionsFileName } from "@/lib/export/fileNames";
import { siteOrigin } from "@/lib/export/origin";
import { actionsFilterFromParams, walkActions } from "@/lib/queries/actions";
import { todayIso } from "@/lib/queries/common";
import { refuseBadInput } from "@/lib/queries/inputProblems";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const refused = refuseBadInput(request.nextUrl);
  if (refused) return refused;
  const filter = actionsFilterFromParams(request.nextUrl.searchParams);
  return new Response(csvStream(actionColumns(siteOrigin(request.nextUrl.origin)), walkActions(db(), filter, { clauses: true })), {
    headers: csvHeaders(actionsFileName(filter, todayIso())),
  });
}

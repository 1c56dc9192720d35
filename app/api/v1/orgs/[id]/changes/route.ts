// GET /api/v1/orgs/{id}/changes?from=&to=: an organ's changes between two dates

import { apiGet } from "@/lib/api/handler";
import { getChanges } from "@/lib/api/v1/getChanges";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, getChanges);

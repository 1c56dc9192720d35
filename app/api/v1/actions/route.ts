// GET /api/v1/actions: actions with the /actions filters, keyset pages

import { apiGet } from "@/lib/api/handler";
import { listActions } from "@/lib/api/v1/listActions";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, listActions);

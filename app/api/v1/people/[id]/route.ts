// GET /api/v1/people/{id}: a person with tenures and actions

import { apiGet } from "@/lib/api/handler";
import { getPerson } from "@/lib/api/v1/getPerson";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, getPerson);

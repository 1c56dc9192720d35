// GET /api/v1/orgs/{id}/roster?at=: an organ's roster at a date

import { apiGet } from "@/lib/api/handler";
import { getRoster } from "@/lib/api/v1/getRoster";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, getRoster);

// GET /api/v1/announcements/{id}: an announcement with entries and spans

import { apiGet } from "@/lib/api/handler";
import { getAnnouncement } from "@/lib/api/v1/announcements";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, getAnnouncement);

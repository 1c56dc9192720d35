// GET /api/v1/announcements: announcements, newest first

import { apiGet } from "@/lib/api/handler";
import { listAnnouncements } from "@/lib/api/v1/announcements";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, listAnnouncements);

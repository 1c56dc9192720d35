// GET /api/v1/people?q=: people search

import { apiGet } from "@/lib/api/handler";
import { searchPeople } from "@/lib/api/v1/searchPeople";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, searchPeople);

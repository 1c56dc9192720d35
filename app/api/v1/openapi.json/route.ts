// GET /api/v1/openapi.json: the OpenAPI document

import { apiGet } from "@/lib/api/handler";
import { getOpenApi } from "@/lib/api/v1/openapi";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";
export const GET = apiGet(db, getOpenApi);

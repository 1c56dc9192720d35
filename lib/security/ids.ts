// Record ids in URLs: canonical decimals only. `0x10`, `1e1`, `1.0`, `+1`, `01` and ids beyond the
// databases' 32-bit integer columns are not ids (Number() would accept most of them), so the page
// answers 404 instead of showing record 16 under another address or failing in the database.
import { z } from "zod";

/** The largest value of an INTEGER id column on PostgreSQL (SQLite's are wider). */
export const MAX_ID = 2_147_483_647;

export const RecordId = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .refine((n) => n <= MAX_ID);

/** The id a URL segment names, or null. */
export function recordId(raw: string): number | null {
  const r = RecordId.safeParse(raw);
  return r.success ? r.data : null;
}

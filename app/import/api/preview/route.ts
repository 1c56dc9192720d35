// POST /import/api/preview: what importing the uploaded files / pasted text would store.
// Nothing is written (importSource dry run). Answers in JSON lines: progress, then one preview per source.
import { db } from "@/lib/db/client";
import { previewSource } from "@/lib/import/preview";
import { jsonLines, readUpload } from "@/lib/import/upload";
import { internalError, refuseUnlessEditor, uploadErrorResponse } from "../guard";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const refused = await refuseUnlessEditor(request);
  if (refused) return refused;
  let upload;
  try {
    upload = await readUpload(request);
  } catch (e) {
    return uploadErrorResponse(e);
  }
  const { inputs } = upload;
  return jsonLines(async (send) => {
    try {
      for (const [index, input] of inputs.entries()) {
        send({ type: "progress", index, total: inputs.length, name: input.name });
        send({ type: "preview", index, preview: await previewSource(db(), input) });
      }
      send({ type: "done" });
    } catch (e) {
      send({ type: "error", error: internalError("preview", e) });
    }
  });
}

// POST /import/api/preview: what importing the uploaded files / pasted text would store.
// Nothing is written (importSource dry run). Answers in JSON lines: progress, then one preview per source.
import { db } from "@/lib/db/client";
import type { PreviewEvent } from "@/lib/import/events";
import { previewSource } from "@/lib/import/preview";
import { jsonLines } from "@/lib/import/upload";
import { editorUpload, internalError } from "../guard";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const upload = await editorUpload(request);
  if (upload instanceof Response) return upload;
  const { inputs } = upload;
  return jsonLines<PreviewEvent>(async (send) => {
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

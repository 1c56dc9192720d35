// POST /import/api/apply: imports exactly the previewed sources. The browser sends the same
// bytes again with the sha256 the preview showed for each; any difference refuses the whole
// request before anything is written. Each source is imported in one transaction.
import { db } from "@/lib/db/client";
import type { ApplyEvent } from "@/lib/import/events";
import { type ImportReport, importSource, sha256 } from "@/lib/import/importSource";
import { importSummary } from "@/lib/import/summary";
import { jsonLines } from "@/lib/import/upload";
import { editorUpload, internalError, jsonError } from "../guard";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const upload = await editorUpload(request);
  if (upload instanceof Response) return upload;
  const { inputs, hashes, session } = upload;
  if (hashes.length !== inputs.length || inputs.some((x, i) => sha256(x.bytes) !== hashes[i])) {
    return jsonError(409, "上传的内容与预览时不一致（文件在预览后被修改或替换）。没有导入任何内容，请重新预览。");
  }
  return jsonLines<ApplyEvent>(async (send) => {
    const reports: ImportReport[] = [];
    try {
      for (const [index, input] of inputs.entries()) {
        send({ type: "progress", index, total: inputs.length, name: input.name });
        const report = await importSource(db(), input, { sessionId: session.id });
        reports.push(report);
        send({ type: "report", index, report });
      }
      const sourceIds = reports.filter((r) => r.status === "imported" && r.sourceId !== undefined).map((r) => r.sourceId!);
      send({ type: "summary", summary: await importSummary(db(), sourceIds) });
      send({ type: "done" });
    } catch (e) {
      send({
        type: "error",
        error: internalError("import", e, "出错的文件没有写入任何内容（每个文件在一个事务中导入）。"),
        imported: reports.filter((r) => r.status === "imported").map((r) => r.name),
      });
    }
  });
}

// Shared by the import route handlers: who may write, and the friendly answers.
import { randomUUID } from "node:crypto";
import { editorStatus, NO_TOKEN_MESSAGE, SIGN_IN_MESSAGE, sameOrigin } from "@/app/_auth/editor";
import type { ActiveSession } from "@/lib/auth/sessions";
import { readUpload, type Upload, UploadError } from "@/lib/import/upload";

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store" } });
}

/** The editor's live session, or the refusal; decided from headers alone, before the body is read. */
export async function editorSessionOrRefusal(request: Request): Promise<ActiveSession | Response> {
  if (!sameOrigin(request)) return jsonError(403, "拒绝跨站请求：请在本站的导入页面操作。");
  const status = await editorStatus();
  if (!status.configured) return jsonError(403, NO_TOKEN_MESSAGE);
  if (!status.session) return jsonError(401, SIGN_IN_MESSAGE);
  return status.session;
}

/** A refusal, or null when this request may change data. */
export async function refuseUnlessEditor(request: Request): Promise<Response | null> {
  const r = await editorSessionOrRefusal(request);
  return r instanceof Response ? r : null;
}

/** Logs the detail on the server and returns what the user may see: no stack, no SQL. */
export function internalError(where: string, e: unknown, note = "数据库未被修改。"): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[import] ${where} failed (error ${id}):`, e);
  return `服务器处理时出错（错误编号 ${id}），详细信息已记录在服务器日志中。${note}`;
}

export function uploadErrorResponse(e: unknown): Response {
  if (e instanceof UploadError) return jsonError(e.status, e.message);
  return jsonError(500, internalError("reading the upload", e));
}

/** The upload of an editor's request (with the session that sends it), or the response that refuses it. */
export async function editorUpload(request: Request): Promise<(Upload & { session: ActiveSession }) | Response> {
  const session = await editorSessionOrRefusal(request);
  if (session instanceof Response) return session;
  try {
    return { ...(await readUpload(request)), session };
  } catch (e) {
    return uploadErrorResponse(e);
  }
}

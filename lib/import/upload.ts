// A browser upload (multipart form: files "file", pasted text "text", and for the import
// step the previewed sha256 of each source "sha256") → sources, with the size limits
// enforced while the body is read (never buffered beyond the limit). Web Request only: no Next.js.
import type { SourceInput } from "./importSource";
import { formatBytes, MAX_SOURCE_BYTES, MAX_UPLOAD_BYTES, uploadTooLarge } from "./limits";
import { sourceAddress } from "./sourceAddress";

/** Room for the multipart boundaries and headers around the files. */
const FORM_OVERHEAD = 1024 * 1024;
export const PASTED_TEXT_NAME = "粘贴的文本";

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

function tooLarge(received: number): UploadError {
  return new UploadError(
    413,
    `上传内容过大（至少 ${formatBytes(received)}）：一次上传合计不能超过 ${formatBytes(MAX_UPLOAD_BYTES)}，请分批导入。`,
  );
}

/** Reads the request body, refusing (413) as soon as it passes `limit` bytes. */
export async function readLimitedBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(received);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

export interface Upload {
  inputs: SourceInput[];
  /** sha256 values sent back by the import step, in the order of `inputs` (empty for a preview). */
  hashes: string[];
}

export async function readUpload(request: Request): Promise<Upload> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new UploadError(415, "请求格式不对：应以表单（multipart/form-data）上传文件或文本。");
  const body = await readLimitedBody(request, MAX_UPLOAD_BYTES + FORM_OVERHEAD);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    throw new UploadError(400, "无法读取上传的表单，请重新选择文件后再试。");
  }

  const inputs: SourceInput[] = [];
  for (const value of form.getAll("file")) {
    if (typeof value === "string") continue;
    if (value.size === 0 && value.name === "") continue; // the empty file input of a form with no file chosen
    if (value.size > MAX_SOURCE_BYTES) {
      throw new UploadError(
        413,
        `文件“${value.name}”有 ${formatBytes(value.size)}，超过每个文件 ${formatBytes(MAX_SOURCE_BYTES)} 的上限，请拆分后再导入。`,
      );
    }
    inputs.push({ name: value.name || "未命名文件", bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  const text = form.get("text");
  if (typeof text === "string" && text !== "") inputs.push({ name: PASTED_TEXT_NAME, bytes: new TextEncoder().encode(text) });

  if (inputs.length === 0) throw new UploadError(400, "没有收到任何内容：请选择文件，或把公告文字粘贴到文本框中。");
  const refused = uploadTooLarge(
    inputs.length,
    inputs.reduce((n, x) => n + x.bytes.length, 0),
  );
  if (refused) throw new UploadError(413, refused);

  const url = form.get("url");
  const publication = form.get("publication");
  if (typeof url === "string" && url.trim()) {
    if (inputs.length > 1) throw new UploadError(400, "原文网址只能对应一个来源：请只选一个文件或只粘贴一段文字，或者不填网址。");
    try {
      inputs[0].url = sourceAddress(url);
    } catch {
      throw new UploadError(400, "原文网址应是以 http:// 或 https:// 开头的网址。");
    }
  }
  if (typeof publication === "string" && publication.trim()) {
    if (inputs.length > 1) throw new UploadError(400, "刊载媒体只能对应一个来源：请只选一个文件或只粘贴一段文字。");
    inputs[0].publication = publication.trim().slice(0, 200);
  }

  const hashes = form.getAll("sha256").filter((h): h is string => typeof h === "string");
  return { inputs, hashes };
}

/** A streamed response of JSON lines, so the page can show progress while sources are processed. */
export function jsonLines<E>(produce: (send: (event: E) => void) => Promise<void>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: E) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        await produce(send);
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
  });
}

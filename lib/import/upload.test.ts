import { describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES, MAX_UPLOAD_FILES } from "./limits";
import { CHONGQING_LIST } from "./testing";
import { PASTED_TEXT_NAME, readUpload, UploadError } from "./upload";

const URL_ = "http://127.0.0.1:3100/import/api/preview";

function post(form: FormData): Request {
  return new Request(URL_, { method: "POST", body: form });
}

async function refusal(request: Request): Promise<UploadError> {
  const e = await readUpload(request).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(UploadError);
  return e as UploadError;
}

describe("readUpload", () => {
  it("reads the files, then the pasted text, and the sha256 list", async () => {
    const form = new FormData();
    form.append("file", new File([CHONGQING_LIST], "cqrb-2024-11-29.txt", { type: "text/plain" }));
    form.append("file", new File(["<p>x</p>"], "page.html", { type: "text/html" }));
    form.append("text", "姜国杰为重庆市人民政府副市长。");
    form.append("sha256", "aa");
    form.append("sha256", "bb");
    const { inputs, hashes } = await readUpload(post(form));
    expect(inputs.map((x) => x.name)).toEqual(["cqrb-2024-11-29.txt", "page.html", PASTED_TEXT_NAME]);
    expect(new TextDecoder().decode(inputs[0].bytes)).toBe(CHONGQING_LIST);
    expect(new TextDecoder().decode(inputs[2].bytes)).toBe("姜国杰为重庆市人民政府副市长。");
    expect(hashes).toEqual(["aa", "bb"]);
  });

  it("refuses an empty form, and a body that is not a form", async () => {
    expect((await refusal(post(new FormData()))).status).toBe(400);
    const json = new Request(URL_, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect((await refusal(json)).status).toBe(415);
  });

  it("refuses a declared 50 MB body before reading it", async () => {
    const body = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error("the body must not be read");
      },
    });
    const request = new Request(URL_, {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) },
      duplex: "half",
    } as RequestInit);
    const e = await refusal(request);
    expect(e.status).toBe(413);
    expect(e.message).toMatch(/上传内容过大（至少 50 MB）：一次上传合计不能超过 32 MB/);
  });

  it("stops reading a body without a length as soon as it passes the limit", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 200 * 1024 * 1024) throw new Error("kept reading far beyond the limit");
        controller.enqueue(chunk);
      },
    });
    const request = new Request(URL_, {
      method: "POST",
      body,
      headers: { "content-type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    expect((await refusal(request)).status).toBe(413);
    expect(sent).toBeLessThan(40 * 1024 * 1024);
  });

  it("names the file that is over the per-file limit", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(MAX_SOURCE_BYTES + 1)], "全年合订本.txt"));
    const e = await refusal(post(form));
    expect([e.status, e.message]).toEqual([413, "文件“全年合订本.txt”有 16 MB，超过每个文件 16 MB 的上限，请拆分后再导入。"]);
  });

  it("refuses more files than one upload may hold", async () => {
    const form = new FormData();
    for (let i = 0; i <= MAX_UPLOAD_FILES; i++) form.append("file", new File([`第${i}版`], `page-${i}.txt`));
    const e = await refusal(post(form));
    expect(e.message).toBe(`一次最多上传 ${MAX_UPLOAD_FILES} 个文件（本次 ${MAX_UPLOAD_FILES + 1} 个），请分批导入。`);
  });
});

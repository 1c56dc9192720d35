import { describe, expect, it } from "vitest";
import type { ApplyEvent, PreviewEvent } from "@/lib/import/events";
import type { ImportReport } from "@/lib/import/importSource";
import type { SourcePreview } from "@/lib/import/preview";
import { type ImportAction, type ImportState, importReducer, initialState, uploadRefusal } from "./importState";

const limits = { maxSourceBytes: 1000, maxUploadBytes: 1500, maxFiles: 2 };
const run = (actions: ImportAction[], from: ImportState = initialState) => actions.reduce(importReducer, from);
const report = (name: string, status: ImportReport["status"]): ImportReport =>
  ({ name, status, sha256: `sha-${name}`, announcements: 1, entries: 3 }) as ImportReport;
const preview = (name: string, importable: boolean): SourcePreview => ({ report: report(name, "preview"), importable }) as SourcePreview;

describe("importReducer", () => {
  it("places previews by source index as they stream in, then ends in 'previewed'", () => {
    const events: PreviewEvent[] = [
      { type: "progress", index: 0, total: 2, name: "二.txt" },
      { type: "preview", index: 1, preview: preview("粘贴的文本", false) },
      { type: "preview", index: 0, preview: preview("二.txt", true) },
      { type: "done" },
    ];
    const s = run([
      { type: "text", text: "任免名单" },
      { type: "start", phase: "previewing" },
      { type: "upload", loaded: 10, total: 20 },
      ...events.map((event) => ({ type: "event" as const, event })),
    ]);
    expect(s.progress).toEqual({ label: "正在分析 1/2：二.txt", loaded: 0, total: 2 });
    const done = importReducer(s, { type: "finished", failure: null });
    expect(done.phase).toBe("previewed");
    expect(done.progress).toBeNull();
    expect(done.previews.map((p) => [p.report.name, p.importable])).toEqual([
      ["二.txt", true],
      ["粘贴的文本", false],
    ]);
  });

  it("an import error says which sources were already written (the server's `imported`)", () => {
    const previewed = run([
      { type: "start", phase: "previewing" },
      { type: "finished", failure: null },
    ]);
    const events: ApplyEvent[] = [
      { type: "progress", index: 0, total: 2, name: "a.txt" },
      { type: "report", index: 0, report: report("a.txt", "imported") },
      { type: "error", error: "服务器处理时出错。", imported: ["a.txt"] },
    ];
    const s = run([{ type: "start", phase: "importing" }, ...events.map((event) => ({ type: "event" as const, event }))], previewed);
    expect(s.progress?.label).toBe("正在导入 1/2：a.txt");
    expect(s.error).toBe("服务器处理时出错。已写入的来源：a.txt。");
    expect(importReducer(s, { type: "finished", failure: null }).phase).toBe("done");
  });

  it("a refused request goes back one step: preview to idle, import to previewed", () => {
    expect(
      run([
        { type: "start", phase: "previewing" },
        { type: "finished", failure: "HTTP 413" },
      ]),
    ).toMatchObject({
      phase: "idle",
      error: "HTTP 413",
    });
    const previewed = { ...initialState, phase: "previewed" as const, previews: [preview("a.txt", true)] };
    const s = run(
      [
        { type: "start", phase: "importing" },
        { type: "finished", failure: "网络错误" },
      ],
      previewed,
    );
    expect(s).toMatchObject({ phase: "previewed", error: "网络错误" });
    expect(s.previews).toHaveLength(1);
  });

  it("changing the files or the text drops the results of the previous preview", () => {
    const previewed = { ...initialState, phase: "previewed" as const, previews: [preview("a.txt", true)], error: "x" };
    const s = importReducer(previewed, { type: "text", text: "新的文字" });
    expect(s).toMatchObject({ phase: "idle", previews: [], error: null, text: "新的文字" });
  });
});

describe("uploadRefusal", () => {
  const file = (name: string, size: number) => ({ name, size });
  it("names the first limit a choice breaks, or null", () => {
    expect(uploadRefusal([], "", limits)).toMatch(/请先选择文件/);
    expect(uploadRefusal([file("a", 1), file("b", 1), file("c", 1)], "", limits)).toMatch(/最多上传 2 个文件（已选 3 个）/);
    expect(uploadRefusal([file("大.txt", 1001)], "", limits)).toMatch(/文件“大.txt”有 1001 B/);
    expect(uploadRefusal([], "字".repeat(400), limits)).toMatch(/粘贴的文本有 1 KB，超过 1000 B/);
    expect(uploadRefusal([file("a", 900), file("b", 700)], "", limits)).toMatch(/合计 2 KB，超过一次上传 1 KB/);
    expect(uploadRefusal([file("a", 900)], "任免", limits)).toBeNull();
  });
});

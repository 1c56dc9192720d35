// The import page's state and every way it changes, as one reducer (pure: tested without a browser).
import type { ImportEvent } from "@/lib/import/events";
import type { ImportReport } from "@/lib/import/importSource";
import { formatBytes } from "@/lib/import/limits";
import type { SourcePreview } from "@/lib/import/preview";
import type { ChangeSummary } from "@/lib/import/summary";

export interface Limits {
  maxSourceBytes: number;
  maxUploadBytes: number;
  maxFiles: number;
}

export type Phase = "idle" | "previewing" | "previewed" | "importing" | "done";

export interface Progress {
  label: string;
  loaded: number;
  total: number;
}

/** Where the one source came from, as the editor typed it (the server refuses it for several sources). */
export interface SourceAddress {
  url: string;
  publication: string;
}

export interface ImportState {
  files: File[];
  text: string;
  address: SourceAddress;
  phase: Phase;
  progress: Progress | null;
  error: string | null;
  /** By source index: files first, then the pasted text (the order the server reads them). */
  previews: SourcePreview[];
  reports: ImportReport[];
  summary: ChangeSummary | null;
}

export type ImportAction =
  | { type: "files"; files: File[] }
  | { type: "text"; text: string }
  | { type: "address"; address: SourceAddress }
  | { type: "clear" }
  | { type: "refused"; error: string }
  | { type: "start"; phase: "previewing" | "importing" }
  | { type: "upload"; loaded: number; total: number }
  | { type: "event"; event: ImportEvent }
  /** The request ended: `failure` is the server's or the network's refusal, if any. */
  | { type: "finished"; failure: string | null };

export const UPLOADING = "正在上传";

const noResults: Omit<ImportState, "files" | "text" | "address"> = {
  phase: "idle",
  progress: null,
  error: null,
  previews: [],
  reports: [],
  summary: null,
};

export const initialState: ImportState = { files: [], text: "", address: { url: "", publication: "" }, ...noResults };

function placed<T>(list: T[], index: number, value: T): T[] {
  const next = [...list];
  next[index] = value;
  return next;
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "files":
      return { ...state, ...noResults, files: action.files };
    case "text":
      return { ...state, ...noResults, text: action.text };
    case "address":
      return { ...state, ...noResults, address: action.address };
    case "clear":
      return initialState;
    case "refused":
      return { ...state, ...noResults, error: action.error };
    case "start":
      return action.phase === "previewing"
        ? { ...state, ...noResults, phase: "previewing" }
        : { ...state, phase: "importing", error: null, reports: [], summary: null };
    case "upload":
      return { ...state, progress: { label: UPLOADING, loaded: action.loaded, total: action.total } };
    case "finished":
      if (action.failure) {
        return { ...state, progress: null, error: action.failure, phase: state.phase === "importing" ? "previewed" : "idle" };
      }
      return { ...state, progress: null, phase: state.phase === "importing" ? "done" : "previewed" };
    case "event":
      return onEvent(state, action.event);
  }
}

function onEvent(state: ImportState, e: ImportEvent): ImportState {
  switch (e.type) {
    case "progress": {
      const verb = state.phase === "importing" ? "正在导入" : "正在分析";
      return { ...state, progress: { label: `${verb} ${e.index + 1}/${e.total}：${e.name}`, loaded: e.index, total: e.total } };
    }
    case "preview":
      return { ...state, previews: placed(state.previews, e.index, e.preview) };
    case "report":
      return { ...state, reports: placed(state.reports, e.index, e.report) };
    case "summary":
      return { ...state, summary: e.summary };
    case "error": {
      const written = "imported" in e && e.imported.length ? `已写入的来源：${e.imported.join("、")}。` : "";
      return { ...state, error: `${e.error}${written}` };
    }
    case "done":
      return state;
  }
}

/** Why the chosen files and text cannot be sent, checked before uploading anything; null when they can. */
export function uploadRefusal(files: Pick<File, "name" | "size">[], text: string, limits: Limits): string | null {
  if (files.length === 0 && text === "") return "请先选择文件，或把公告文字粘贴到文本框中。";
  if (files.length > limits.maxFiles) return `一次最多上传 ${limits.maxFiles} 个文件（已选 ${files.length} 个），请分批导入。`;
  const big = files.find((f) => f.size > limits.maxSourceBytes);
  if (big)
    return `文件“${big.name}”有 ${formatBytes(big.size)}，超过每个文件 ${formatBytes(limits.maxSourceBytes)} 的上限，请拆分后再导入。`;
  const textBytes = new TextEncoder().encode(text).length;
  if (textBytes > limits.maxSourceBytes)
    return `粘贴的文本有 ${formatBytes(textBytes)}，超过 ${formatBytes(limits.maxSourceBytes)} 的上限。`;
  const total = files.reduce((n, f) => n + f.size, 0) + textBytes;
  if (total > limits.maxUploadBytes)
    return `合计 ${formatBytes(total)}，超过一次上传 ${formatBytes(limits.maxUploadBytes)} 的上限，请分批导入。`;
  return null;
}

export const isBusy = (s: ImportState) => s.phase === "previewing" || s.phase === "importing";

// The events the import routes stream to the browser (JSON lines), one type shared by the
// route handlers that send them and the page that reads them.
import type { ImportReport } from "./importSource";
import type { SourcePreview } from "./preview";
import type { ChangeSummary } from "./summary";

/** Source `index` of `total` is being read. */
export interface ProgressEvent {
  type: "progress";
  index: number;
  total: number;
  name: string;
}

export interface DoneEvent {
  type: "done";
}

/** POST /import/api/preview: nothing is written. */
export type PreviewEvent =
  | ProgressEvent
  | { type: "preview"; index: number; preview: SourcePreview }
  | { type: "error"; error: string }
  | DoneEvent;

/** POST /import/api/apply: each source in its own transaction. */
export type ApplyEvent =
  | ProgressEvent
  | { type: "report"; index: number; report: ImportReport }
  | { type: "summary"; summary: ChangeSummary }
  /** `imported`: the sources written before the failure (their transactions committed). */
  | { type: "error"; error: string; imported: string[] }
  | DoneEvent;

export type ImportEvent = PreviewEvent | ApplyEvent;

// A worker thread of the parse pool (lib/import/parsePool.ts): reads, decodes and parses files
// (prepareSource) while the main thread stores. Plain JavaScript that loads the TypeScript module
// through tsx itself, so it runs the same under `tsx`, vitest and plain node.
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { prepareFile } = await tsImport("./prepareFile.ts", import.meta.url);
const known = new Set(workerData?.known ?? []);

parentPort.on("message", (task) => {
  parentPort.postMessage({ id: task.id, prepared: prepareFile(task.path, known) });
});

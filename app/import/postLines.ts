// Transport of the import page: POSTs a form with upload progress (XMLHttpRequest; fetch has no
// upload progress) and feeds each JSON line of the answer to onEvent as it arrives.
import type { ImportEvent } from "@/lib/import/events";

/** Resolves with the reason the server refused the request (HTTP error, network), or null. */
export function postLines<E extends ImportEvent>(
  url: string,
  form: FormData,
  onUpload: (loaded: number, total: number) => void,
  onEvent: (e: E) => void,
): Promise<string | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    const drain = () => {
      if (xhr.status !== 200) return;
      const text = xhr.responseText;
      let nl: number;
      while ((nl = text.indexOf("\n", read)) >= 0) {
        const line = text.slice(read, nl);
        read = nl + 1;
        if (line.trim()) onEvent(JSON.parse(line) as E);
      }
    };
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => onUpload(e.loaded, e.lengthComputable ? e.total : e.loaded);
    xhr.onprogress = drain;
    xhr.onload = () => {
      if (xhr.status === 200) {
        drain();
        resolve(null);
        return;
      }
      try {
        resolve((JSON.parse(xhr.responseText) as { error?: string }).error ?? `服务器拒绝了请求（HTTP ${xhr.status}）。`);
      } catch {
        resolve(`服务器拒绝了请求（HTTP ${xhr.status}）。`);
      }
    };
    xhr.onerror = () => resolve("网络错误：无法连接服务器。没有导入任何内容。");
    xhr.send(form);
  });
}

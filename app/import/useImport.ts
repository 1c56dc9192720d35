"use client";
// The import page's hook: the reducer's state and the two requests (preview, then apply).
import { useReducer } from "react";
import type { ApplyEvent, PreviewEvent } from "@/lib/import/events";
import { importReducer, initialState, type Limits, type SourceAddress, uploadRefusal } from "./importState";
import { postLines } from "./postLines";

/** Where the one source came from (the server refuses an address for more than one source). */
function appendAddress(form: FormData, address: SourceAddress) {
  if (address.url.trim()) form.append("url", address.url.trim());
  if (address.publication.trim()) form.append("publication", address.publication.trim());
}

export function useImport(limits: Limits) {
  const [state, dispatch] = useReducer(importReducer, initialState);
  const onUpload = (loaded: number, total: number) => dispatch({ type: "upload", loaded, total });

  async function preview() {
    const refused = uploadRefusal(state.files, state.text, limits);
    if (refused) {
      dispatch({ type: "refused", error: refused });
      return;
    }
    const form = new FormData();
    for (const f of state.files) form.append("file", f);
    if (state.text !== "") form.append("text", state.text);
    appendAddress(form, state.address);
    dispatch({ type: "start", phase: "previewing" });
    const failure = await postLines<PreviewEvent>("/import/api/preview", form, onUpload, (event) => dispatch({ type: "event", event }));
    dispatch({ type: "finished", failure });
  }

  /** Sends again exactly the sources whose preview was importable, each with the sha256 the preview showed. */
  async function apply() {
    const form = new FormData();
    const sources = [...state.files, ...(state.text !== "" ? [state.text] : [])];
    let count = 0;
    sources.forEach((source, i) => {
      const p = state.previews[i];
      if (!p?.importable) return;
      if (typeof source === "string") form.append("text", source);
      else form.append("file", source);
      form.append("sha256", p.report.sha256);
      count++;
    });
    if (count === 0) return;
    appendAddress(form, state.address);
    dispatch({ type: "start", phase: "importing" });
    const failure = await postLines<ApplyEvent>("/import/api/apply", form, onUpload, (event) => dispatch({ type: "event", event }));
    dispatch({ type: "finished", failure });
  }

  return {
    state,
    preview,
    apply,
    setFiles: (files: File[]) => dispatch({ type: "files", files }),
    setText: (text: string) => dispatch({ type: "text", text }),
    setAddress: (address: SourceAddress) => dispatch({ type: "address", address }),
    clear: () => dispatch({ type: "clear" }),
  };
}

// UTF-16 code units → string.

const decoder = new TextDecoder("utf-16le", { ignoreBOM: true });
/** Node's Buffer decodes UTF-16 about twice as fast as TextDecoder; elsewhere (a browser) TextDecoder. */
const NodeBuffer = (globalThis as { Buffer?: typeof import("node:buffer").Buffer }).Buffer;

/** The string of a run of UTF-16 code units. */
export function unitsToString(units: Uint16Array): string {
  if (NodeBuffer) return NodeBuffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
  return decoder.decode(units);
}

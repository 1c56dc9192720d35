// bytes → the text that every entry point parses (the parse command, the import command,
// the browser upload): decoded (decode.ts) and, when the bytes are a web page's source,
// its visible text (html.ts). One reader, so a page gives the same entries however it came in.
import { type DecodeError, decodeText, type TextEncodingName } from "./decode";
import { htmlToText, looksLikeHtml } from "./html";
import { type PageAddress, pageAddress } from "./pageAddress";

export interface ReadText {
  /** the text to parse and store ("" for a web page with no visible text) */
  text: string;
  encoding: TextEncodingName;
  /** "html" when tags were stripped from a web page's source */
  format: "text" | "html";
  /** What a web page says about where it was published (canonical link / og:url, og:site_name). */
  page?: PageAddress;
}

/** Decodes the bytes and strips a web page to its text. Throws {@link DecodeError} for bytes that are no text. */
export function readText(bytes: Uint8Array): ReadText {
  const decoded = decodeText(bytes);
  if (!looksLikeHtml(decoded.text)) return { text: decoded.text, encoding: decoded.encoding, format: "text" };
  return { text: htmlToText(decoded.text), encoding: decoded.encoding, format: "html", page: pageAddress(decoded.text) };
}

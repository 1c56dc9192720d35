// Look-back: `接受其辞职` and `接受王五的辞职请求` print no post; it is in the
// request reported before them (`王五因工作变动，提出辞去…副市长职务的请求`).

import { type Doc, personsOf } from "./reading";

/** how far back a `接受X的辞职请求` looks for the request that names the post */
export const RESIGN_LOOKBACK = 400;

/**
 * `王五因工作变动，向市人大常委会提出辞去…职务的请求`: the person opening the
 * sentence that reports a request to resign before offset `a`, and where the
 * post after its 辞去 starts.
 */
export function requesterBefore(doc: Doc, a: number): { person: string; post: number } | null {
  const f = doc.folded;
  const from = Math.max(0, a - RESIGN_LOOKBACK);
  const back = f.slice(from, a);
  const at = back.lastIndexOf("辞去");
  if (at < 0) return null;
  const s0 = Math.max(back.lastIndexOf("。", at), back.lastIndexOf("\n", at), back.lastIndexOf(";", at)) + 1;
  const m = /^[ ]*([\u3400-\u9fff]{2,4}?)(?:同志)?(?:因|向|提出|请求|本人|申请)/.exec(back.slice(s0, at));
  if (!m) return null;
  const start = from + s0 + m[0].indexOf(m[1]!);
  const persons = personsOf(doc, start, start + m[1]!.length);
  if (persons?.names.length !== 1) return null;
  return { person: persons.names[0]!, post: from + at + 2 };
}

/**
 * `王五…提出辞去…副市长职务的请求` before offset `a`, for the person `name`
 * (printed at most 40 characters before that 辞去, in the same sentence):
 * where the post after 辞去 starts, or -1.
 */
export function requestedPostOf(doc: Doc, a: number, name: string): number {
  const f = doc.folded;
  const from = Math.max(0, a - RESIGN_LOOKBACK);
  const back = f.slice(from, a);
  const at = back.lastIndexOf("辞去");
  const who = at < 0 ? -1 : back.lastIndexOf(name, at);
  if (who >= 0 && at - who <= 40 && !/[。;]/.test(back.slice(who, at))) return from + at + 2;
  return -1;
}

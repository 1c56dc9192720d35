// Splits a source text into plain and marked pieces, one mark per clause an entry came from.

export interface Span {
  start: number;
  end: number;
  /** Ids of the actions whose clause this is (several entries share a clause). */
  actionIds: number[];
}

export interface TextPiece {
  text: string;
  start: number;
  actionIds: number[];
}

/** Merges identical spans, drops overlaps (the earlier span wins) and cuts the text into pieces. */
export function markSpans(text: string, spans: { start: number; end: number; actionId: number }[]): TextPiece[] {
  const merged = new Map<string, Span>();
  for (const s of spans) {
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    if (end === start) continue;
    const key = `${start}:${end}`;
    const span = merged.get(key) ?? { start, end, actionIds: [] };
    span.actionIds.push(s.actionId);
    merged.set(key, span);
  }
  const ordered = [...merged.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) continue;
    if (s.start > at) pieces.push({ text: text.slice(at, s.start), start: at, actionIds: [] });
    pieces.push({ text: text.slice(s.start, s.end), start: s.start, actionIds: s.actionIds });
    at = s.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at, actionIds: [] });
  return pieces;
}

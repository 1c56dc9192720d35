// Organs over time: renames (县 → 区, a department renamed), second names (一个机构两块牌子),
// mergers and abolitions, from the curated file data/lineage/chongqing.json (every line with its
// source). Pure: the body an organ name belongs to, and the lineage around it.
//
// A rename or a second name is the same body: its holders, roster and change log go on under
// the new name (one Organization). A merger ends the old body: the new one is another organ,
// linked to it by lineage, and nobody's tenure is carried across it.
import data from "../../data/lineage/chongqing.json";
import { cleanPrintedOrgan, organKey } from "./organNames";

export type LineageKind = "rename" | "alias" | "merger" | "abolition";

export interface LineageLine {
  scope: "place" | "organ";
  kind: LineageKind;
  /** The earlier name (a place such as 梁平县, or an organ's name). */
  from: string;
  /** The later name, or null for an abolition without successor. */
  to: string | null;
  /** ISO date, or its year / year-month when the source gives no day. */
  date: string;
  source: string;
  url: string;
  checked: string;
}

/** A lineage line as it bears on one organ: the organ names on both sides. */
export interface OrganLineageEvent {
  kind: LineageKind;
  /** Organ key of the earlier name. */
  from: string;
  /** Organ key of the later name (null: abolished). */
  to: string | null;
  /** The earlier and later names to show (as the curated file writes them; for a place's organs, its key). */
  fromName: string;
  toName: string | null;
  date: string;
  source: string;
  url: string;
  checked: string;
}

export interface OrganLineage {
  /** Key of the name as given. */
  key: string;
  /** Key of the body (the name it goes by after every rename): the organ's identity. */
  bodyKey: string;
  /** Earlier names and second names of the same body, oldest first. */
  formerNames: OrganLineageEvent[];
  /** Bodies merged into this one. */
  mergedFrom: OrganLineageEvent[];
  /** The body this one was merged into, or that it was abolished. */
  ended: OrganLineageEvent | null;
}

type StoredLine = LineageLine & { fromName: string; toName: string | null };

const LINES: readonly StoredLine[] = (data.lines as LineageLine[]).map((l) => ({
  ...l,
  from: l.scope === "organ" ? organKey(l.from) : l.from,
  to: l.to === null ? null : l.scope === "organ" ? organKey(l.to) : l.to,
  fromName: l.from,
  toName: l.to,
}));

const CHONGQING = "重庆市";
const sameBody = (k: LineageKind) => k === "rename" || k === "alias";

/** The curated lines (for the organ page's notes and for tests). */
export function lineageLines(): readonly LineageLine[] {
  return LINES;
}

/** A line applied to an organ key: the organ key on its other side, when the line concerns it. */
function across(line: LineageLine, key: string, direction: "forward" | "back"): string | null {
  const [here, there] = direction === "forward" ? [line.from, line.to] : [line.to, line.from];
  if (here === null) return null;
  if (line.scope === "organ") return key === here ? there : null;
  // A place line: 重庆市梁平县人民检察院 → 重庆市梁平区人民检察院 (the place leads the name after 重庆市).
  if (!key.startsWith(CHONGQING + here)) return null;
  const suffix = key.slice(CHONGQING.length + here.length);
  if (!suffix) return null;
  return there === null ? "" : `${CHONGQING}${there}${suffix}`;
}

function event(line: StoredLine, from: string, to: string | null): OrganLineageEvent {
  const names = line.scope === "organ" ? { fromName: line.fromName, toName: line.toName } : { fromName: from, toName: to };
  return { kind: line.kind, from, to, ...names, date: line.date, source: line.source, url: line.url, checked: line.checked };
}

/** The key of the body an organ key belongs to: followed through renames and second names. */
export function bodyKeyOf(key: string): string {
  let k = key;
  for (let step = 0; step < 10; step++) {
    const next = LINES.filter((l) => sameBody(l.kind))
      .map((l) => across(l, k, "forward"))
      .find((x): x is string => !!x);
    if (!next || next === k) break;
    k = next;
  }
  return k;
}

/** The body key of a printed organ name. */
export function canonicalOrgan(printed: string): { key: string; bodyKey: string } {
  const key = organKey(printed);
  return { key, bodyKey: bodyKeyOf(key) };
}

/** The name to show for a body first seen under `printed`: the later name when it was renamed since, else as printed. */
export function displayName(printed: string): string {
  const { key, bodyKey } = canonicalOrgan(printed);
  if (bodyKey !== key) return bodyKey;
  const shown = cleanPrintedOrgan(printed);
  return shown.startsWith("原") && organKey(shown.slice(1)) === key ? shown.slice(1) : shown; // 原…: as named then
}

/** Earlier names of a body (every key whose renames lead to it), oldest first. */
function earlierNames(body: string): OrganLineageEvent[] {
  const out: OrganLineageEvent[] = [];
  const seen = new Set([body]);
  const queue = [body];
  while (queue.length) {
    const k = queue.shift()!;
    for (const l of LINES) {
      if (!sameBody(l.kind)) continue;
      const from = across(l, k, "back");
      if (!from || seen.has(from)) continue;
      seen.add(from);
      out.push(event(l, from, k));
      queue.push(from);
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Every key that names the body (its own and its earlier names). */
function namesOfBody(body: string): string[] {
  return [body, ...earlierNames(body).map((e) => e.from)];
}

/**
 * The lineage around an organ (any printed form, earlier or later name): its earlier names, the
 * bodies merged into it, and its end (merged into another, or abolished), each with date and source.
 */
export function organLineage(printed: string): OrganLineage {
  const { key, bodyKey } = canonicalOrgan(printed);
  const names = namesOfBody(bodyKey);
  const mergedFrom: OrganLineageEvent[] = [];
  let ended: OrganLineageEvent | null = null;
  for (const l of LINES) {
    if (sameBody(l.kind)) continue;
    for (const k of names) {
      const from = across(l, k, "back");
      if (from) mergedFrom.push(event(l, from, k));
      const to = across(l, k, "forward");
      if (to !== null && !ended) ended = event(l, k, to === "" ? null : bodyKeyOf(to));
    }
  }
  return { key, bodyKey, formerNames: earlierNames(bodyKey), mergedFrom, ended };
}

/**
 * Body keys linked to this organ by lineage: itself, the bodies merged into it and the body it was
 * merged into. For identity: continuity within an organ or its lineage (a same-name entry in a
 * merged organ is evidence, not proof).
 */
export function lineageRelatives(printed: string): Set<string> {
  const l = organLineage(printed);
  const out = new Set([l.bodyKey]);
  for (const m of l.mergedFrom) out.add(bodyKeyOf(m.from));
  if (l.ended?.to) out.add(l.ended.to);
  return out;
}

/** Whether two printed organ names are one body (the same organ under any printed form or name over time). */
export function sameOrgan(a: string, b: string): boolean {
  return canonicalOrgan(a).bodyKey === canonicalOrgan(b).bodyKey;
}

/**
 * How two printed organ names relate over time: "same-body" (one organ under any printed form,
 * earlier name or second name), "merger" (one was merged into the other), or null. For identity's
 * "continuity within the organ or its lineage".
 */
export function organRelation(a: string, b: string): "same-body" | "merger" | null {
  if (sameOrgan(a, b)) return "same-body";
  return lineageRelatives(a).has(canonicalOrgan(b).bodyKey) ? "merger" : null;
}

/**
 * The name an organ goes by, from the forms it was printed in, whatever order they came in: a
 * form that is exactly its body's key (重庆市…, simplified) if printed, else the first in code-point
 * order of the forms of its later name, else (only earlier names printed) the later name itself.
 */
export function preferredName(printedForms: readonly string[], bodyKey: string): string {
  const current = printedForms.map(cleanPrintedOrgan).filter((f) => organKey(f) === bodyKey);
  if (current.includes(bodyKey)) return bodyKey;
  if (current.length) return [...current].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[0];
  if (!printedForms.length) return bodyKey;
  // Only earlier names printed: the later name, unless there was none (then the first form).
  const forms = printedForms.map(cleanPrintedOrgan).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return bodyKey !== organKey(forms[0]) ? bodyKey : forms[0];
}

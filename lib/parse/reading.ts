// What the clause readers share: the document they read (never changed while
// reading), the entries they produce with the names of the rules that produced
// them, the look-back state a sentence hands to the next clause, and the small
// helpers that cut persons and positions out of a clause.

import { endsWithOneOf, isOneOf } from "./chars";
import { parsePersons } from "./names";
import { type Position, parsePositions } from "./positions";
import type { ActionKind } from "./types";

/** The normalised text being read. Readers never change it. */
export interface Doc {
  readonly text: string;
  readonly folded: string;
  /** `folded` is `text` (no Traditional characters): compared once, not per clause (two long strings compare up to their first difference) */
  readonly plain: boolean;
}

export interface RawEntry {
  person: string;
  action: ActionKind;
  org: string;
  post: string;
  org_alias?: string;
  /** clause range in the normalised text */
  start: number;
  end: number;
  /** printed as a line of its own (a list item or a decree line), not inside narrative */
  formal: boolean;
  /** printed in a title or headline (weakest evidence for the action) */
  headline?: boolean;
  /** names of the rules that read it, in the order they applied (see explain.ts) */
  rules: string[];
  /** where the parser filed it: its announcement context and line (set by index.ts; created empty so that setting them keeps the object's shape) */
  ctx?: unknown;
  line?: number;
}

/** Shared rule lists as a trie of names: a lookup walks the names, no key string is built. */
interface RuleNode {
  list?: string[];
  next?: Map<string, RuleNode>;
}
const ruleLists: RuleNode = {};

/**
 * The list of rule names `names`, shared: entries read the same way share one
 * frozen array (no allocation per entry on long lists).
 */
export function ruleList(...names: string[]): string[] {
  let node = ruleLists;
  for (const name of names) {
    node.next ??= new Map();
    let child = node.next.get(name);
    if (!child) {
      child = {};
      node.next.set(name, child);
    }
    node = child;
  }
  node.list ??= Object.freeze([...names]) as string[];
  return node.list;
}

/** `rules` with `more` after them (a new shared list; `rules` is never changed). */
export function withRules(rules: readonly string[], ...more: string[]): string[] {
  return ruleList(...rules, ...more);
}

/** A rule of the parser: a name printed by `--explain` and the reason it exists. */
export interface RuleInfo {
  name: string;
  reason: string;
}

/**
 * Look-back state of the sentence being read: `…任命A为…，接受其辞去…`
 * refers back to the persons of the last clause read. Owned by the sentence
 * scanner and passed explicitly to the clause readers.
 */
export interface Lookback {
  /** persons of the last clause read */
  lastPersons: string[] | null;
  /** where the clause that named `lastPersons` starts */
  lastPersonsStart: number;
}

export function newLookback(): Lookback {
  return { lastPersons: null, lastPersonsStart: 0 };
}

/** How far before a verb its context words are looked for, and how long a list of persons may be. */
export const PREFIX_WINDOW = 40;
export const PERSONS_WINDOW = 80;
/** Longest positions text read after a verb. */
export const POSITIONS_WINDOW = 300;

// patterns of every clause, compiled once (a literal in a function is a new RegExp object per call)
/** `…的请求`, `…的决定` after the positions (ending in 定 or 求). */
const REQUEST_TAIL = /(?:的?请求)?的决定$|的?请求$/;
/** `孙七、周八分别担任的…` (ending in 任). */
const HELD_EACH = /分别(?:所担任|所任|担任|兼任)$/;
/** 其: the persons of the clause before. */
const PRONOUN = /^其(?:本人)?(?:同志)?$/;

/** Persons read from a clause, and how they were read. */
export interface Persons {
  names: string[];
  /** the names ended with 分别: persons and posts pair up in order */
  pairwise: boolean;
  /** the clause said 其: the names come from the look-back, printed from this offset */
  pronounStart: number | null;
}

// (character codes compared, not one-character strings: indexing a CJK text makes a new string per character)
const SPACE = 0x20;
const COMMA = 0x2c; // `,` (NFKC of `，`)
const FULL_COMMA = 0xff0c; // `，`
const COLON = 0x3a;
const IDEO_COMMA = 0x3001; // `、`
const FULL_STOP = 0x3002; // `。`
const SEMICOLON = 0x3b;

export function trimRange(f: string, a: number, b: number): [number, number] {
  for (; a < b; a++) {
    const c = f.charCodeAt(a);
    if (c !== SPACE && c !== COMMA && c !== FULL_COMMA && c !== COLON && c !== IDEO_COMMA) break;
  }
  for (; b > a; b--) {
    const c = f.charCodeAt(b - 1);
    if (c !== SPACE && c !== COMMA && c !== FULL_COMMA && c !== COLON && c !== IDEO_COMMA && c !== FULL_STOP && c !== SEMICOLON) break;
  }
  return [a, b];
}

/** The positions part that ends a clause [a, b): up to 职务 (`…职务的请求`) or before `的决定`. */
export function positionsOf(doc: Doc, a: number, b: number): Position[] {
  b = Math.min(b, a + POSITIONS_WINDOW);
  const s = doc.folded.slice(a, b);
  const duty = s.indexOf("职务");
  if (duty >= 0) b = a + duty;
  else {
    const tail = endsWithOneOf(s, "定求") ? REQUEST_TAIL.exec(s) : null;
    if (tail) b = a + tail.index;
  }
  [a, b] = trimRange(doc.folded, a, b);
  if (a >= b) return [];
  const folded = doc.folded.slice(a, b);
  // text without Traditional characters is its own folded form (one slice, not two)
  return parsePositions(doc.plain ? folded : doc.text.slice(a, b), folded);
}

/** The persons of [a, b): a list of names, or 其 (the persons of the look-back). */
export function personsOf(doc: Doc, a: number, b: number, back?: Lookback): Persons | null {
  [a, b] = trimRange(doc.folded, a, b);
  if (a >= b) return null;
  let f = doc.folded.slice(a, b);
  let pairwise = false;
  // `孙七、周八分别担任的…`: what they hold, after 分别
  const held = endsWithOneOf(f, "任") ? HELD_EACH.exec(f) : null;
  if (held) {
    b -= held[0].length - 2;
    f = f.slice(0, held.index + 2);
  }
  if (f.endsWith("分别") && f.length > 4) {
    b -= 2;
    f = f.slice(0, -2);
    pairwise = true;
  }
  if (PRONOUN.test(f)) {
    if (!back?.lastPersons) return null;
    return { names: back.lastPersons, pairwise: false, pronounStart: back.lastPersonsStart };
  }
  const names = parsePersons(doc.text.slice(a, b), f);
  return names ? { names, pairwise, pronounStart: null } : null;
}

/** Every person with every position (or, for `分别`, one post each in order), one entry each. */
export function cross(
  persons: Persons,
  positions: Position[],
  action: ActionKind,
  start: number,
  end: number,
  formal: boolean,
  rules: string[],
): RawEntry[] {
  const out: RawEntry[] = [];
  const names = persons.names;
  const pairwise = persons.pairwise && names.length > 1 && names.length === positions.length;
  // (no inner closure: this runs for every clause)
  for (let i = 0; i < names.length; i++)
    for (let k = pairwise ? i : 0; k < (pairwise ? i + 1 : positions.length); k++) {
      const p = positions[k]!;
      out.push({
        person: names[i]!,
        action: p.acting ? "决定代理" : action,
        org: p.org,
        post: p.post,
        org_alias: p.alias || undefined,
        start,
        end,
        formal,
        headline: false,
        rules,
        ctx: undefined,
        line: -1,
      });
    }
  return out;
}

/** Persons of a plain list of names (no pronoun, no 分别). */
export function plain(names: string[]): Persons {
  return { names, pairwise: false, pronounStart: null };
}

export function indexOfAny(f: string, chars: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isOneOf(f.charCodeAt(i), chars)) return i;
  return -1;
}

/**
 * Where the run that the sticky pattern `run` matches from `from` ends (a run
 * of characters that are no stop, `[^。;\n]*` with the flag y): the next stop,
 * or `to`. The run is skipped natively and without a match object (a sticky
 * test leaves lastIndex at its end), not read one unit at a time; a line holds
 * no line break, so a run that excludes it ends within the line.
 */
export function runEnd(run: RegExp, f: string, from: number, to: number): number {
  if (from >= to) return to;
  run.lastIndex = from;
  run.test(f);
  return Math.min(run.lastIndex, to);
}

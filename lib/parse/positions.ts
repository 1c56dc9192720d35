// Positions of a clause: a `、` list of posts, each optionally prefixed by its
// organ. An organ (recognised by its suffix, see ORGAN_SUFFIX) carries over to
// the posts after it until a new organ is printed. Aliases in parentheses after
// an organ become `alias`; remarks like (兼) are dropped.
import { endsWithOneOf } from "./chars";
import { ACTING_PREFIX, EMBASSY, isDeputySeat, isInnerUnitEnd, isPost, ORGAN_SUFFIX, PLACE_HEAD } from "./lexicon";

export interface Position {
  org: string;
  post: string;
  alias?: string;
  /** an acting post (代理 / 代市长): the post is given without 代理 */
  acting: boolean;
}

const ALIAS_CONTENT = /(法院|检察院|委员会|政府|局|厅|部|办公室|中心|法庭)$/;
const TAIL = /(?:的职务|等职务|职务|一职|职|的请求|请求|的)+$/;
/** The last characters of TAIL's words. */
const TAIL_ENDS = "务职求的";

/** What `cleanItem` removes: parentheses and spaces. */
const NEEDS_CLEANING = /[( \u3000]/;

interface Item {
  p: string;
  f: string;
  alias?: string;
}

/** Removes parentheses (keeping an organ alias aside) and spaces. */
function cleanItem(printed: string, folded: string): Item {
  // most items hold no parenthesis or space: they are their own cleaned form
  if (!NEEDS_CLEANING.test(folded)) return { p: printed, f: folded, alias: undefined };
  let p = "";
  let f = "";
  let alias: string | undefined;
  let i = 0;
  while (i < folded.length) {
    const c = folded[i]!;
    if (c === "(") {
      const close = folded.indexOf(")", i + 1);
      if (close < 0) {
        i++;
        continue;
      }
      const inner = folded.slice(i + 1, close);
      if (ALIAS_CONTENT.test(inner) && inner.length >= 4) alias = printed.slice(i + 1, close).replace(/\s+/g, "");
      i = close + 1;
      continue;
    }
    if (c !== " " && c !== "\u3000") {
      p += printed[i];
      f += c;
    }
    i++;
  }
  return { p, f, alias };
}

/** The ends of organ suffixes in an item (one array for every item: cleared per call). */
const ends: number[] = [];

/**
 * The length of the organ that opens a cleaned item (0: a post without an
 * organ of its own), or -1 when the item is no position.
 */
function organLength(f: string): number {
  const emb = EMBASSY.exec(f);
  if (emb) return emb[1]!.length;
  // longest organ prefix whose remainder is a post
  ORGAN_SUFFIX.lastIndex = 0;
  ends.length = 0;
  let m: RegExpExecArray | null;
  while ((m = ORGAN_SUFFIX.exec(f))) {
    const end = m.index + m[0].length;
    if (!isInnerUnitEnd(f, m.index, end)) ends.push(end);
    // let overlapping shorter suffixes (法院 inside 人民法院) be found too
    ORGAN_SUFFIX.lastIndex = m.index + 1;
  }
  // ascending (insertion: a handful of ends; Array.prototype.sort allocates a work array per call)
  for (let k = 1; k < ends.length; k++) {
    const v = ends[k]!;
    let j = k - 1;
    for (; j >= 0 && ends[j]! > v; j--) ends[j + 1] = ends[j]!;
    ends[j + 1] = v;
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k]!;
    if (end < f.length && end >= 2 && isPost(f.slice(end))) return end;
  }
  if (isPost(f)) return 0;
  const ph = PLACE_HEAD.exec(f);
  if (ph?.[1]) return ph[1].length;
  return -1;
}

/** Working bodies printed without their parent organ, and the organs they belong to. */
const BARE_UNIT = /^(?:办公厅|办公室|研究室|参事室|[\u3400-\u9fff]{0,10}工作委员会|代表资格审查委员会)$/;
/** An organ printed without any place or national prefix (`财政经济委员会`, `公安局`). */
function isBare(orgF: string): boolean {
  return orgF.length <= 14 && !PLACED.test(orgF);
}
const PARENT_OF_UNIT = /(?:常务委员会|常委会|人民政府)$/;

const ADMIN_SUFFIX = /(特别行政区|自治区|自治州|自治县|省|市|区|县|州|旗|盟)$/;
// the patterns of parsePositions, compiled once (a literal in the loop is a new RegExp object per item)
const PLACED = /[省市区县州旗盟国驻]|^(?:中华|全国|最高|中国)/;
const LEADING_ACTING = /^(?:并|兼)?代理(?=.{2,})/;
const CONGRESS_END = /(?:常委会|常务委员会)$/;
const GOVERNMENT_END = /人民政府$/;
const COMMITTEE_END = /委员会$/;
const DEPARTMENT_END = /(?:局|委员会|厅)$/;
const ADMIN_HEAD = /^(?:代理|代)?(?:常务|第一)?副?([省市区县州旗盟])长$/;

const OPEN = 0x28; // `(`
const CLOSE = 0x29; // `)`
const COMMA = 0x2c; // `,`
const IDEO_COMMA = 0x3001; // `、`
const FULL_COMMA = 0xff0c; // `，`
const JIAN = 0x517c; // `兼`

/** Parses the positions text (after 为 / between 的 and 职务). Invalid items are skipped. */
export function parsePositions(printed: string, folded: string): Position[] {
  const tail = endsWithOneOf(folded, TAIL_ENDS) ? TAIL.exec(folded) : null;
  if (tail) {
    folded = folded.slice(0, tail.index);
    printed = printed.slice(0, tail.index);
  }
  // text without Traditional characters is its own folded form (one slice, not two)
  const same = printed === folded;
  const out: Position[] = [];
  let org = "";
  let orgFolded = "";
  let alias: string | undefined;
  let from = 0;
  let depth = 0;
  // (character codes compared: indexing a CJK text makes a new string per character)
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : IDEO_COMMA;
    if (c === OPEN) depth++;
    else if (c === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === IDEO_COMMA || c === FULL_COMMA || c === COMMA || (c === JIAN && i > from && i + 2 < folded.length))) {
      const itemF = folded.slice(from, i);
      const item = cleanItem(same ? itemF : printed.slice(from, i), itemF);
      from = i + 1;
      // `代理山西省人民政府省长`: an acting post printed before its organ
      let leadingActing = false;
      const lead = LEADING_ACTING.exec(item.f);
      if (lead && !isPost(item.f)) {
        leadingActing = true;
        item.f = item.f.slice(lead[0].length);
        item.p = item.p.slice(lead[0].length);
      }
      if (!item.f) continue;
      const orgLen = organLength(item.f);
      if (orgLen < 0) continue;
      let post = item.p.slice(orgLen);
      let postF = item.p === item.f ? post : item.f.slice(orgLen);
      if (orgLen > 0) {
        const orgF = item.f.slice(0, orgLen);
        const unitP = item.p.slice(0, orgLen);
        const cong = org && isBare(orgF) ? CONGRESS_END.exec(orgFolded) : null;
        const gov = org && isBare(orgF) ? GOVERNMENT_END.exec(orgFolded) : null;
        if (org && BARE_UNIT.test(orgF) && PARENT_OF_UNIT.test(orgFolded)) {
          // `副秘书长、办公厅主任`: a working body of the organ named before it
          org += unitP;
          orgFolded += orgF;
        } else if (cong && COMMITTEE_END.test(orgF)) {
          // `重庆市人大常委会委员、财政经济委员会副主任委员`: a committee of the same congress
          org = org.slice(0, org.length - cong[0].length) + unitP;
          orgFolded = orgFolded.slice(0, orgFolded.length - cong[0].length) + orgF;
        } else if (gov && DEPARTMENT_END.test(orgF)) {
          // `重庆市人民政府副市长、公安局局长`: a department of the same government's place
          org = org.slice(0, org.length - gov[0].length) + unitP;
          orgFolded = orgFolded.slice(0, orgFolded.length - gov[0].length) + orgF;
        } else {
          org = item.p.slice(0, orgLen);
          orgFolded = orgF;
        }
        alias = item.alias;
        // `北京市副市长` → org 北京市; `重庆市长` → org 重庆市, post 市长
        if (!ORGAN_SUFFIX_END.test(orgF) && orgF.indexOf("驻") < 0) {
          const adminChar = ADMIN_HEAD.exec(postF);
          if (adminChar && !ADMIN_SUFFIX.test(orgF)) org += adminChar[1];
        }
      } else if (item.alias) {
        alias = item.alias;
      }
      let acting = leadingActing;
      const act = ACTING_PREFIX.exec(postF);
      if (act) {
        acting = true;
        post = post.slice(act[0].length);
        postF = postF.slice(act[0].length);
      } else {
        const inner = postF.indexOf("代理");
        if (inner > 0) {
          acting = true;
          post = post.slice(0, inner) + post.slice(inner + 2);
          postF = postF.slice(0, inner) + postF.slice(inner + 2);
        }
      }
      if (isDeputySeat(orgFolded, postF)) continue;
      const pos: Position = { org, post, acting };
      if (alias && org) pos.alias = alias;
      out.push(pos);
    }
  }
  return out;
}

const ORGAN_SUFFIX_END = new RegExp(`(?:${ORGAN_SUFFIX.source})$`);

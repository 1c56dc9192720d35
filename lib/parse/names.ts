// Persons of a clause: `朱学元、王 峰、彭劲荣`, `吴仪(女)`, `王晋同志`,
// `李春雨、何娇、徐莉等18人`. Works on the printed and the folded text side by
// side (same length), returns names as printed without padding or remarks.
import { endsWithOneOf } from "./chars";
import { CN_NUM, HAN, NAME_TITLE, TITLE_NAME } from "./lexicon";
import { VOCABULARY } from "./vocabulary";

const NOT_A_NAME = new RegExp(
  `会议|决定|表决|通过|常委|人大|政府|法院|检察|委员|主任|代表|大会|职务|同意|根据|规定|本人|请求|其他|人员|有关|以下|下列|上述|分别|${VOCABULARY.personnelWords}|${VOCABULARY.sentenceVerbs}|记者|报道|日电|我们|他们|领导|干部|市长|省长|书记|部长`,
);
const PLACE_NAME = new RegExp(`^[${HAN}]{2,3}(?:省|市|自治区|自治州|自治县)$|^[${HAN}]{2}[区县]$`);
const PLAIN_NAME = new RegExp(`^[${HAN}]{2,4}$`);
const DOTTED_NAME = new RegExp(`^[${HAN}]{1,10}[·•‧・.][${HAN}·•‧・.]{1,20}$`);
const ETC = new RegExp(`等[0-9${CN_NUM}]+(?:人|名同志|名)?$|等$`);
const TRAILING = /(?:同志|申请|本人|提出|请求|要求|所担任|所任|担任|兼任|的)+$/;
/** The last characters of TRAILING's words. */
const TRAILING_ENDS = "志请人出求任的";
/** `张三因工作变动辞去…`: the reason printed between the name and 辞去. */
const REASON = /因[^、,]{0,10}(?:原因|工作|变动|调动|需要|身体|健康|年龄|到龄|退休|家庭)[^、,]{0,6}$/;
/** Words before the names of a clause (`由`, `分别`, `同时`…). */
const LEAD_WORD = /^(?:由|分别|其中|以及|并且|并|同时|另外|另|还|又)/;
/** The dots of a transcribed name (`阿不都·热合曼`). */
const DOTS = /[·•‧・.]/;

/** What `cleanName` removes: parentheses (with what they hold) and spaces. */
const NEEDS_CLEANING = /[() \u3000]/;

/** Cleans one printed/folded token into a name, or null when it is not one. */
export function cleanName(printed: string, folded: string): string | null {
  let p = printed;
  let f = folded;
  // most tokens hold no parenthesis or space: they are their own cleaned form
  if (NEEDS_CLEANING.test(folded)) {
    p = "";
    f = "";
    let depth = 0;
    for (let i = 0; i < folded.length; i++) {
      const c = folded[i]!;
      if (c === "(") depth++;
      else if (c === ")") depth = Math.max(0, depth - 1);
      else if (depth === 0 && c !== " " && c !== "\u3000") {
        p += printed[i];
        f += c;
      }
    }
  }
  const lead = LEAD_WORD.exec(f);
  if (lead && f.length - lead[0].length >= 2) {
    f = f.slice(lead[0].length);
    p = p.slice(lead[0].length);
  }
  const etc = f.indexOf("等") >= 0 ? ETC.exec(f) : null;
  if (etc) {
    f = f.slice(0, etc.index);
    p = p.slice(0, etc.index);
  }
  const why = f.indexOf("因") >= 0 ? REASON.exec(f) : null;
  if (why && why.index >= 2) {
    f = f.slice(0, why.index);
    p = p.slice(0, why.index);
  }
  const tr = endsWithOneOf(f, TRAILING_ENDS) ? TRAILING.exec(f) : null;
  if (tr && tr.index >= 2) {
    f = f.slice(0, tr.index);
    p = p.slice(0, tr.index);
  }
  // `张三等同志`: 等 before the trailing word
  if (f.length >= 3 && f.charCodeAt(f.length - 1) === 0x7b49 /* 等 */) {
    f = f.slice(0, -1);
    p = p.slice(0, -1);
  }
  if (f.length > 4 && !DOTS.test(f)) {
    const t = NAME_TITLE.exec(f);
    if (t) {
      f = t[1]!;
      p = p.slice(0, f.length);
    } else {
      // `副市长张三`: a title printed before the name
      const b = TITLE_NAME.exec(f);
      if (b) {
        p = p.slice(f.length - b[1]!.length);
        f = b[1]!;
      }
    }
  }
  if (!(PLAIN_NAME.test(f) || DOTTED_NAME.test(f))) return null;
  if (NOT_A_NAME.test(f)) return null;
  // `重庆市`, `江北区`: a place read where a name was expected
  if (PLACE_NAME.test(f)) return null;
  return p;
}

/**
 * Splits `A、B、C等N人` into names. Returns null unless every token is a name
 * (a clause whose persons do not parse is not an appointment).
 */
export function parsePersons(printed: string, folded: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  // (character codes compared: indexing a CJK text makes a new string per character)
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x3001;
    if (c === 0x28 /* ( */) depth++;
    else if (c === 0x29 /* ) */) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 0x3001 /* 、 */ || c === 0x2c /* , */ || c === 0xff0c) /* ， */) {
      const tokenF = folded.slice(from, i);
      const name = cleanName(printed === folded ? tokenF : printed.slice(from, i), tokenF);
      if (name) out.push(name);
      else {
        // `张三和李四`: names joined by a conjunction
        const pair = /^(.{2,6}?)(?:和|及|与)(.{2,8})$/.exec(folded.slice(from, i));
        const x = pair && cleanName(printed.slice(from, from + pair[1]!.length), pair[1]!);
        const y = pair && cleanName(printed.slice(i - pair[2]!.length, i), pair[2]!);
        if (!x || !y) return null;
        out.push(x, y);
      }
      from = i + 1;
    }
  }
  return out.length ? out : null;
}

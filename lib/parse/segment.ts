// Stage 2: segment. Recognises the lines that open an announcement (title,
// number, the "(…会议通过)" line) and reads its metadata: issuer, number,
// meeting in full form, date.
import { isOneOf } from "./chars";
import { CN_NUM, HAN } from "./lexicon";
import { VOCABULARY } from "./vocabulary";

const TITLE_WORDS = /(公告|任免名单|任命名单|免职名单|人事任免|决定任免名单|批准任免名单|任免事项|主席令|关于.{2,60}的决定|决定书)/;
const PERSONNEL = new RegExp(VOCABULARY.personnelWords);
const ISSUER_WORDS = /人民代表大会常务委员会|人大常委会|人民代表大会|主席令|全国人大/;

/** An announcement title line: `重庆市人民代表大会常务委员会公告`, `…任免名单`, `中华人民共和国主席令 第三号`. */
export function titleKind(folded: string): "notice" | "decision" | null {
  if (folded.length > 90 || /。/.test(folded)) return null;
  // `任 免 名 单`: a title printed with spaces between its characters
  if (/[\u3400-\u9fff] [\u3400-\u9fff] [\u3400-\u9fff]/.test(folded)) folded = folded.replace(/ +/g, "");
  const m = TITLE_WORDS.exec(folded);
  if (!m) return null;
  if (/主席令/.test(m[0])) return "notice";
  if (/^关于/.test(m[0]) || m[0] === "决定书") {
    // a decision's own title; only a personnel one counts as a new announcement
    if (!PERSONNEL.test(folded)) return null;
    return "decision";
  }
  if (!ISSUER_WORDS.test(folded) && !/^(公告|任免名单)$/.test(folded)) return null;
  // a sentence that merely mentions 人事任免事项 is no title
  if (/[,]/.test(folded) && (folded.length > 40 || /[:]$/.test(folded))) return null;
  return "notice";
}

const NUMBER = new RegExp(`([\\[〔【(]?[${CN_NUM}]+届[\\]〕】)]?[ ]*第[ ]*[0-9${CN_NUM}]+[ ]*号|第[ ]*[0-9${CN_NUM}]+[ ]*号)`);

/** The announcement number on a short line: `[六届]第58号`, `〔五届〕第210号`, `第三号`. */
export function numberOf(printed: string, folded: string, inTitle: boolean): string | null {
  if (!inTitle && folded.length > 24) return null;
  const m = NUMBER.exec(folded);
  if (!m) return null;
  if (!inTitle && folded.replace(m[0], "").replace(/[ ()]/g, "").length > 4) return null;
  return printed.slice(m.index, m.index + m[0].length).replace(/[ ]+/g, "");
}

export function issuerOfTitle(printed: string, folded: string): string | null {
  if (/主席令/.test(folded)) {
    const i = folded.indexOf("主席令");
    const head = printed.slice(0, i + 2);
    const j = head.search(/中华人民共和国|中華人民共和國/);
    return j >= 0 ? head.slice(j) : head.replace(/^.*[ ]/, "");
  }
  const m = /^(.*?(?:人民代表大会常务委员会|人大常委会|人民代表大会))/.exec(folded);
  if (!m) return null;
  // `重庆市第五届人民代表大会常务委员会公告`: the issuer is the body, not its term
  const term = new RegExp(`第[${CN_NUM}0-9]{1,4}[届屆]`).exec(folded.slice(0, m[1]!.length));
  const issuer = printed
    .slice(0, m[1]!.length)
    .replace(/人大常委会$/, "人民代表大会常务委员会")
    .replace(/人大常委會$/, "人民代表大會常務委員會");
  if (issuer.length !== m[1]!.length) return issuer.replace(new RegExp(`第[${CN_NUM}0-9]{1,4}[届屆]`), "");
  return term ? issuer.slice(0, term.index) + issuer.slice(term.index + term[0].length) : issuer;
}

// ---------------------------------------------------------------------------
// meetings

const MEETING = new RegExp(
  `([${HAN}]{0,14}?)第?([${CN_NUM}0-9]{1,4})届(全国)?(?:人民代表大会常务委员会|人大常委会|人大常务委员会|人民代表大会常委会)(?:举行|召开)?第([${CN_NUM}0-9]{1,5})次(?:会议|全体会议)`,
  "g",
);
/** The longest a match runs before its 届: the prefix (14), 第 and the term's number (4). */
const MEETING_REACH = 19;
const TERM_NUMBER = new RegExp(`[${CN_NUM}0-9]{1,4}`);
/** Characters that end the text before a meeting's place (根据, 在, 日下午, 举行). */
const PLACE_CUTS = "据照经在于日午行开的了是对";

/** The last position in `prefix` of a character of PLACE_CUTS, -1 when none. */
function lastCut(prefix: string): number {
  for (let i = prefix.length - 1; i >= 0; i--) if (isOneOf(prefix.charCodeAt(i), PLACE_CUTS)) return i;
  return -1;
}

const PLACE_TAIL = new RegExp(`(中华人民共和国|[${HAN}]{1,8}?(?:特别行政区|自治区|自治州|自治县|省|市|县|区|州|旗|盟))$`);

export interface Meeting {
  text: string;
  place: string;
  index: number;
  /** `市六届人大常委会…`: the level (省/市/…) printed without the place's name */
  level?: string;
}

/** Finds meetings of a standing committee in a line and writes them out in full. */
export function meetingsIn(printed: string, folded: string, offset: number): Meeting[] {
  if (folded.indexOf("届") < 0 || folded.indexOf("次") < 0) return [];
  const out: Meeting[] = [];
  const trad = /[會屆議務員]/.test(printed);
  MEETING.lastIndex = 0;
  for (;;) {
    // a match starts at most MEETING_REACH characters before its 届: starting there finds the same
    // match without trying the lazy prefix at every earlier position of a long line
    const term = folded.indexOf("届", MEETING.lastIndex);
    if (term < 0) break;
    MEETING.lastIndex = Math.max(MEETING.lastIndex, term - MEETING_REACH);
    const m = MEETING.exec(folded);
    if (!m) break;
    let prefixF = m[1]!;
    let prefixP = printed.slice(m.index, m.index + prefixF.length);
    const cut = lastCut(prefixF);
    if (cut >= 0) {
      prefixF = prefixF.slice(cut + 1);
      prefixP = prefixP.slice(cut + 1);
    }
    const pt = PLACE_TAIL.exec(prefixF);
    let place = pt ? prefixP.slice(prefixP.length - pt[1]!.length) : "";
    let level: string | undefined;
    if (/^(省|市|县|区|州)$/.test(place)) {
      level = place;
      place = "";
    } else if (!place && /^(省|市|县|区|州)$/.test(prefixF)) level = prefixF;
    const national = !!m[3];
    if (national && !place) place = trad ? "中華人民共和國" : "中华人民共和国";
    const sc = trad ? "人民代表大會常務委員會" : "人民代表大会常务委员会";
    const th = trad ? "屆" : "届";
    const mt = trad ? "會議" : "会议";
    const n = TERM_NUMBER.exec(printed.slice(m.index + m[1]!.length))![0];
    const text = `${place}第${n}${th}${national ? (trad ? "全國" : "全国") : ""}${sc}第${m[4]}次${mt}`;
    out.push(level ? { text, place, index: offset + m.index, level } : { text, place, index: offset + m.index });
  }
  return out;
}

/**
 * `市六届人大常委会第十四次会议`: the place is the one of that level that the
 * entries' organs name (重庆市人民政府 → 重庆市). Null when they name none or several.
 */
export function placeMeeting(meeting: Meeting, orgs: string[]): Meeting | null {
  if (!meeting.level || meeting.place) return null;
  const re = new RegExp(`^((?:[${HAN}]{2,3}?)${meeting.level})(?=[${HAN}])`);
  const places = new Set<string>();
  for (const o of orgs) {
    const m = re.exec(o);
    if (m && !/[省市县区州]/.test(m[1]!.slice(0, -1))) places.add(m[1]!);
  }
  if (places.size !== 1) return null;
  const place = [...places][0]!;
  return { ...meeting, text: place + meeting.text, place, level: undefined };
}

export function issuerOfMeeting(meeting: Meeting): string {
  if (!meeting.place) return "";
  const trad = /會/.test(meeting.text);
  const sc = trad ? "人民代表大會常務委員會" : "人民代表大会常务委员会";
  if (/中华人民共和国|中華人民共和國/.test(meeting.place)) return (trad ? "全國" : "全国") + sc;
  return meeting.place + sc;
}

// ---------------------------------------------------------------------------
// dates

const FULL_DATE = /([0-9]{4})[年\-./]([0-9]{1,2})[月\-./]([0-9]{1,2})日?/g;
const COMPACT_DATE = /(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])/g;
const MONTH_DAY = /(?<![0-9])([0-9]{1,2})月([0-9]{1,2})日/;
const DAY_ONLY = /(?<![0-9月\-./])([0-9]{1,2})日/;
const CN_DATE = new RegExp(`([〇零一二三四五六七八九]{4})年([${CN_NUM}]{1,3})月([${CN_NUM}]{1,3})日`);

const pad = (n: number) => String(n).padStart(2, "0");
function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1949 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function cnNumber(s: string): number {
  const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s.length === 4) return Number([...s].map((c) => digits[c] ?? 0).join(""));
  let n = 0;
  let cur = 0;
  for (const c of s) {
    if (c === "十") {
      n += (cur || 1) * 10;
      cur = 0;
    } else cur = digits[c] ?? 0;
  }
  return n + cur;
}

/** The first full date (with year) printed in a line. */
export function fullDateIn(folded: string): { iso: string; index: number } | null {
  if (!/[0-9]{4}|年/.test(folded)) return null;
  FULL_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_DATE.exec(folded))) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return { iso: d, index: m.index };
  }
  // `於20220315日`: eight digits after 於/于 or before 日
  COMPACT_DATE.lastIndex = 0;
  while ((m = COMPACT_DATE.exec(folded))) {
    if (!/[於于在]$/.test(folded.slice(0, m.index)) && folded.charAt(m.index + 8) !== "日") continue;
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return { iso: d, index: m.index };
  }
  const c = folded.indexOf("年") >= 0 ? CN_DATE.exec(folded) : null;
  if (c) {
    const d = iso(cnNumber(c[1]!), cnNumber(c[2]!), cnNumber(c[3]!));
    if (d) return { iso: d, index: c.index };
  }
  return null;
}

/** A date without year (`12月3日`, `26日`) completed with a reference date that has one. */
export function partialDateIn(folded: string, ref: string | null): string | null {
  const full = fullDateIn(folded);
  if (full) return full.iso;
  if (!ref) return null;
  const [y, rm] = ref.split("-").map(Number) as [number, number];
  const rel = /(前天|昨天|昨日|今天|今日)/.exec(folded);
  const md = MONTH_DAY.exec(folded);
  if (rel && (!md || md.index < rel.index)) {
    // 昨天 / 今天 count from the date printed before them, else from the page's date
    const back = rel[1] === "前天" ? 2 : rel[1]!.startsWith("昨") ? 1 : 0;
    const [, , rd] = ref.split("-").map(Number) as [number, number, number];
    const base = md ? [Number(md[1]) > rm + 6 ? y - 1 : y, Number(md[1]), Number(md[2])] : [y, rm, rd];
    const d = new Date(Date.UTC(base[0]!, base[1]! - 1, base[2]! - back));
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (md) {
    const mm = Number(md[1]);
    // a December decision reported in a January page belongs to the year before
    const year = mm > rm + 6 ? y - 1 : y;
    return iso(year, mm, Number(md[2]));
  }
  const d = DAY_ONLY.exec(folded);
  if (d) return iso(y, rm, Number(d[1]));
  return null;
}

/** `(2024年11月28日重庆市第六届人民代表大会常务委员会第十二次会议通过)` */
export function isPassageLine(folded: string): boolean {
  return /^[([【]?.{0,12}[0-9〇一二三四五六七八九十]{1,4}日.{0,60}(会议|会)(通过|批准|决定)[)\]】]?$/.test(folded);
}

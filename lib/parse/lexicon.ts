// Vocabularies of the domain, all written in Simplified script and matched
// against folded text (see fold.ts). Never lists of names: only the words and
// suffixes that announcements are made of.

import { CN_NUM, HAN } from "./chars";
import { LIST_MARKS } from "./vocabulary";

export { CN_NUM, HAN };

/** A person's name: Han characters, optionally with the middle dot of minority names. */
const NAME = `[${HAN}][${HAN}·•‧・. ]{0,3}[${HAN}]|[${HAN}]{1,8}[·•‧・.][${HAN}]{1,10}`;
const NAME_LIST = `(?:${NAME})(?:[ ]*(?:\\([${HAN}]{1,4}\\))?[ ]*(?:同志)?[、,][ ]*(?:${NAME}))*(?:[ ]*\\([${HAN}]{1,4}\\))?(?:同志)?(?:等[0-9${CN_NUM}]+(?:人|名同志|名))?`;
/** The marks of a verbless clause after its names (and `辞职`, as in `张三辞职`). */
const LIST_CLAUSE_MARKS = [...LIST_MARKS.map((m) => m.mark), "辞职"].join("|");
const LIST_CLAUSE_START = new RegExp(`^(?:${NAME_LIST})[ ]*(?:${LIST_CLAUSE_MARKS})`);

const LIST_CLAUSE_AT = new RegExp(LIST_CLAUSE_START.source.slice(1), "y");
/** A verbless list clause starts at offset `i` of `folded`. */
export function listClauseStartsAt(folded: string, i: number): boolean {
  LIST_CLAUSE_AT.lastIndex = i;
  return LIST_CLAUSE_AT.test(folded);
}

const NUMBERED_AT = new RegExp(`[ ]*[${CN_NUM}]{1,3}、`, "y");
/** A list number (`二、`) starts at offset `i`, after optional spaces. */
export function numberedAt(folded: string, i: number): boolean {
  NUMBERED_AT.lastIndex = i;
  return NUMBERED_AT.test(folded);
}

/** `张三为…`, `李四、王五的…`: a line that begins a verbless list clause. */
export function isListClauseStart(folded: string): boolean {
  return LIST_CLAUSE_START.test(folded);
}

// ---------------------------------------------------------------------------
// list numbers

const NUMBERED = new RegExp(`^(?:[${CN_NUM}]{1,3}、|\\([${CN_NUM}0-9]{1,3}\\)|[0-9]{1,2}[、．]|[0-9]{1,2}\\.(?![0-9])|[${CN_NUM}]{1,3}是)`);
export function isNumberedItem(folded: string): boolean {
  return NUMBERED.test(folded);
}
/** Length of a leading list number (`一、`, `(二)`, `3.`), 0 when none. */
export function numberPrefixLength(folded: string, from: number, to: number): number {
  // (a list number opens with a numeral or a parenthesis: most clauses are rejected on their first character, without a slice)
  if (!NUMBER_OPENERS.has(folded.charCodeAt(from))) return 0;
  const m = NUMBER_PREFIX.exec(folded.slice(from, Math.min(to, from + 6)));
  return m ? m[0].length : 0;
}
const NUMBER_PREFIX = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十0-9]{1,3}\)|[0-9]{1,2}[、．.](?![0-9]))[ ]*/;
/** The first characters of NUMBER_PREFIX, as codes. */
const NUMBER_OPENERS = new Set([..."一二三四五六七八九十(0123456789"].map((c) => c.charCodeAt(0)));

// ---------------------------------------------------------------------------
// organs and posts

/**
 * Suffixes that end the name of an organ (government, court, procuratorate,
 * congress and its committees, ministries, embassies …). Inner units of courts
 * and procuratorates (审判委员会, 检察委员会, 第三检察部, 民事审判第二庭) are
 * excluded by `isInnerUnitEnd`, so they stay in the post.
 */
export const ORGAN_SUFFIX =
  /人民政府|政府|人民法院|法院|人民检察院|检察院|第[一二三四五六七八九十0-9]{1,3}分院|分院|人民代表大会常务委员会|人民代表大会|人大常委会|人大常务委员会|人大|常务委员会|常委会|监察委员会|委员会|管委会|工委|委(?![员会])|国务院|银行|办公厅|办公室|研究室|参事室|办事处|厅|局|部|署|使团|代表团|大使馆|总领事馆|领事馆|行署|公署/g;

// the patterns of isInnerUnitEnd and isDeputySeat, compiled once (they run for every organ suffix and post)
const NUMBERED_END = /第[一二三四五六七八九十0-9]$/;
const COURT_END = /(院|庭)$/;
const INNER_UNIT_WORD = /^(局|厅|部|处|室|办公室|研究室|委员会)$/;
const COURT_WORD = /法院|检察院|分院/;
const DEPUTY_END = /人民代表大会代表(资格)?$/;
const CONGRESS_NAME_END = /(人民代表大会|人大)$/;

/** True when the suffix match at [start,end) is an inner unit, not an organ. */
export function isInnerUnitEnd(folded: string, start: number, end: number): boolean {
  const word = folded.slice(start, end);
  const before = folded.slice(Math.max(0, start - 2), start);
  if (word === "委员会" && (before === "审判" || before === "检察")) return true;
  if (word === "部" && (before.endsWith("检察") || NUMBERED_END.test(before))) return true;
  if (word === "厅" && before.endsWith("检察")) return true;
  if (word === "办公室" && COURT_END.test(folded.slice(0, start))) return true;
  // 执行局, 政治部, 审判管理办公室 … inside a court or a procuratorate are inner units
  if (INNER_UNIT_WORD.test(word) && COURT_WORD.test(folded.slice(0, start)) && !word.endsWith("分院")) return true;
  return false;
}

const TITLE =
  "特命全权大使|全权大使|大使|常驻代表|副常驻代表|总领事|副总领事|领事|" +
  "国务委员|审计长|副审计长|(?:常务)?副?秘书长|(?:常务)?副?总理|" +
  "(?:常务|专职|第一)?副?主任委员|专职委员|委员|" +
  "(?:常务|第一|执行)?副?(?:院长|检察长|庭长|审判长|部长|厅长|局长|署长|主任|团长|行长|关长|馆长|社长|主席|" +
  "省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|专员|督察长|参事)|" +
  "(?:助理)?审判员|(?:助理)?检察员|人民陪审员|陪审员|人民监督员|监察员|审判委员会委员|检察委员会委员";
/** Inner units that may precede a title inside a post. */
const INNER = `[${HAN}0-9]{0,16}?(?:审判委员会|检察委员会|庭|检察部|检察厅|部|处|室|科|组|中心|局|厅)`;
const ACTING = "(?:代理|代(?=(?:常务|第一)?副?(?:[省市区县州旗盟]长|院长|检察长|主席)$))";
/** `代理院长`, `代市长`: an acting post, given without its prefix. */
export const ACTING_PREFIX = new RegExp(`^${ACTING}`);
const POST = new RegExp(`^${ACTING}?(?:${INNER})?${ACTING}?(?:${TITLE})$`);

/** A title after a name (`郑皓副区长`), stripped from the person. */
export const NAME_TITLE = new RegExp(`^([${HAN}]{2,4}?)(?:${TITLE}|同志|先生|女士)$`);
/** A title before a name (`副市长张三`). */
export const TITLE_NAME = new RegExp(`^(?:[${HAN}]{0,24}(?:${TITLE}))([${HAN}]{2,3})$`);

const ENDS_COMPLETE = new RegExp(`(?:职务|职|${TITLE})(?:\\([^()]{1,8}\\))?$`);
/** The text ends with a post title or 职务: a clause that is not cut. */
export function endsComplete(folded: string): boolean {
  return ENDS_COMPLETE.test(folded);
}

export function isPost(folded: string): boolean {
  return POST.test(folded);
}

/** A post held by a head of government printed after a bare place: `北京市副市长`, `重庆市长`. */
export const PLACE_HEAD = new RegExp(
  `^([${HAN}]{1,12}?(?:特别行政区|自治区|自治州|自治县|省|市|区|县|州|旗|盟)?)(代理|代)?((?:常务|第一)?副?(?:省|市|区|县|州|旗|盟)长|(?:常务)?副?主席)$`,
);

/** Embassy and mission posts: `中华人民共和国驻加拿大特命全权大使`. */
export const EMBASSY = new RegExp(
  `^((?:中华人民共和国)?常?驻[${HAN}·]{1,40}?)(特命全权大使|常驻代表|副常驻代表|总领事|副总领事|大使|团长|副团长|副代表|代表)$`,
);

/** Posts that are a deputy's seat, never an appointment. */
export function isDeputySeat(foldedOrg: string, foldedPost: string): boolean {
  // the joined text must end in 表 (0x8868) or 格 (0x683c): most posts do not, and need no joined copy
  const last = foldedPost ? foldedPost.charCodeAt(foldedPost.length - 1) : foldedOrg.charCodeAt(foldedOrg.length - 1);
  if ((last === 0x8868 || last === 0x683c) && DEPUTY_END.test(foldedOrg + foldedPost)) return true;
  return foldedPost === "代表" && (foldedOrg === "" || CONGRESS_NAME_END.test(foldedOrg));
}

/**
 * Province-level places and the cities whose names are longer than two
 * characters: where a name is printed without 的 before an organ
 * (`免去王兆力黑龙江省…`), they show where the organ starts.
 */
export const PLACE_START =
  /^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|哈尔滨|石家庄|呼和浩特|乌鲁木齐|齐齐哈尔|牡丹江|连云港|张家口|秦皇岛|驻马店|平顶山|景德镇|马鞍山|张家界|攀枝花|六盘水|克拉玛依|嘉峪关|石嘴山|防城港|日喀则|鄂尔多斯|包头|呼伦贝尔)/;

/**
 * The State Council's ministries and commissions (and the bank, the audit
 * office) that carry no place: where a name is printed without 的 before one
 * (`免去张三外交部部长职务`), they show where the organ starts.
 */
export const MINISTRY_START =
  /^(?:外交部|国防部|教育部|科学技术部|工业和信息化部|民族事务委员会|公安部|安全部|民政部|司法部|财政部|人力资源和社会保障部|自然资源部|生态环境部|住房和城乡建设部|交通运输部|水利部|农业农村部|商务部|文化和旅游部|卫生健康委员会|退役军人事务部|应急管理部|审计署|中国人民银行|监察部|铁道部|文化部|卫生部|农业部|国土资源部|环境保护部|建设部|交通部|信息产业部|人事部|劳动和社会保障部|人口和计划生育委员会|对外贸易经济合作部|外经贸部|科技部|工信部|人社部|住建部)/;

// ---------------------------------------------------------------------------
// page furniture around a story

/**
 * A web page's publish stamp (`发布时间:2025-09-30`, `2017年03月13日15:39 来源:人民网`): the date
 * the page went up, never the decision's, and a line of its own (never joined with the next).
 */
export const PUBLISH_STAMP =
  /(?:发布时间|发布日期|发表时间|更新时间|发稿时间|时间|日期|来源|作者|浏览次数|阅读次数|点击数|字号)[ ]*[:]|[0-9]{4}[-年./][0-9]{1,2}[-月./][0-9]{1,2}日?[ ]*[0-9]{1,2}:[0-9]{2}/;

/** A short line (under 80 characters) that is a publish stamp. Both forms hold a colon: lines without one are rejected without the regex. */
export function isPublishStamp(line: string): boolean {
  return line.length < 80 && line.indexOf(":") >= 0 && PUBLISH_STAMP.test(line);
}

/** A wire or newspaper dateline opening a story (`新华社北京5月6日电`, `本报讯`). */
export const DATELINE =
  /(?:新华社|中新社|中新网|人民网|央视网|本报|[\u3400-\u9fff]{2,4}(?:日报|晚报|网))[\u3400-\u9fff]{0,8}?[0-9]{1,2}月[0-9]{1,2}日[电讯]|本报讯|新华社[\u3400-\u9fff]{2,6}电/;

// ---------------------------------------------------------------------------
// context words

/** Words before a verb that make it a proposal, a nomination or an election. */
export const NEGATIVE_BEFORE =
  /提请|提名|提议|建议|拟|推荐|人选|候选|任前公示|公示|选举|当选|曾任|已任|原任|曾经|被|听取(?![^,;。]*?(?:后|决定|表决|通过))|酝酿|考察|市委|省委|县委|区委|党委|党组|中共|董事会|公司/;

/** `根据国务院总理李强的提名`: the legal basis of a decision, no proposal of one. */
const LEGAL_BASIS = /根据[^,;。]{0,30}?的(?:提名|建议|提请|提议)/g;

/** The words before a verb make it a proposal, a nomination, an election or background. */
export function isNegativeBefore(prefix: string): boolean {
  if (!NEGATIVE_BEFORE.test(prefix)) return false;
  return NEGATIVE_BEFORE.test(prefix.replace(LEGAL_BASIS, ""));
}

/** Words anywhere in a clause that make it a draft or a proposal (`…的决定(草案)`, `…的议案`). */
export const NEGATIVE_IN_CLAUSE = /草案|议案|的说明|请示|建议名单|候选人|征求意见/;

/** A standing committee, a congress or a presidential decree mentioned in the text. */
export const CONGRESS_ANCHOR = /人民代表大会|人大|主席令|国家主席|常务委员会/;

/** `的决定` (a noun) does not open a 决定 scope. */
export function isVerbDecide(folded: string, at: number): boolean {
  const prev = folded.charAt(at - 1);
  const next = folded.slice(at + 2, at + 4);
  if (prev === "的" || prev === "项" || prev === "该" || prev === "此" || prev === "个" || prev === "和") return false;
  if (/^(书|案|草|稿|事|权|的|性|中|上|作|和|》)/.test(next)) return false;
  return true;
}

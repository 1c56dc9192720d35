// One key per organ whatever form it is printed in: with or without 重庆市, 市政府 / 市人民政府,
// 市高法院 / 重庆市高级人民法院, the alias in parentheses dropped, Traditional script folded.
// Built from vocabularies of place names, organ suffixes and common abbreviations, never from
// lists of organs. Renames and mergers over time are lib/domain/lineage.ts.
import { toSimplified } from "./names";

const CHONGQING = "重庆市";

/** Chongqing's districts (26) and counties (12) today, in the order of the official list. */
export const CHONGQING_DISTRICTS = [
  // districts (26)
  "万州区",
  "黔江区",
  "涪陵区",
  "渝中区",
  "大渡口区",
  "江北区",
  "沙坪坝区",
  "九龙坡区",
  "南岸区",
  "北碚区",
  "綦江区",
  "大足区",
  "渝北区",
  "巴南区",
  "长寿区",
  "江津区",
  "合川区",
  "永川区",
  "南川区",
  "璧山区",
  "铜梁区",
  "潼南区",
  "荣昌区",
  "开州区",
  "梁平区",
  "武隆区",
  // counties (12)
  "城口县",
  "丰都县",
  "垫江县",
  "忠县",
  "云阳县",
  "奉节县",
  "巫山县",
  "巫溪县",
  "石柱土家族自治县",
  "秀山土家族苗族自治县",
  "酉阳土家族苗族自治县",
  "彭水苗族土家族自治县",
] as const;

/**
 * Chongqing's districts and counties, current and former (as printed without 重庆市 they are
 * still Chongqing's in a Chongqing announcement), and the new areas with their own courts.
 */
export const CHONGQING_PLACES: readonly string[] = [
  ...CHONGQING_DISTRICTS,
  // former districts, counties and county-level cities
  "黔江土家族苗族自治县",
  "长寿县",
  "江津市",
  "合川市",
  "永川市",
  "南川市",
  "綦江县",
  "万盛区",
  "大足县",
  "双桥区",
  "璧山县",
  "铜梁县",
  "潼南县",
  "荣昌县",
  "开县",
  "梁平县",
  "武隆县",
  // areas with organs of their own
  "两江新区",
];

/** Abbreviations of organ names as printed in Chinese official texts (whole remainder after 重庆市). */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/^政府/, "人民政府"],
  [/^(高院|高法院|高级法院)$/, "高级人民法院"],
  [/^第?([一二三四五])中(院|法院|级法院)$/, "第$1中级人民法院"],
  [/^检察院$/, "人民检察院"],
  [/^(人民)?检察院?第?([一二三四五])分院$/, "人民检察院第$2分院"],
  [/^检([一二三四五])分院$/, "人民检察院第$1分院"],
  [/^住房(和)?城乡建(设委员会|委)$/, "住房和城乡建设委员会"],
  [/^城乡建委$/, "城乡建设委员会"],
  [/^(发改委|发展改革委)$/, "发展和改革委员会"],
  [/^(经信委|经济信息委)$/, "经济和信息化委员会"],
  [/^(卫健委|卫生健康委)$/, "卫生健康委员会"],
  [/^教委$/, "教育委员会"],
];

/** A district's or county's organ printed without 人民 (九龙坡区法院, 梁平县检察院, 渝中区政府). */
const LOCAL_SHORT = /([区县市])(法院|检察院|政府)$/;

/** A place printed alone where its government is meant (北京市 副市长, 重庆市 市长). */
const PLACE_ONLY = /^[^院会局委厅部办处署所队庭室校司行馆站社团国]{1,14}(省|市|县|区|自治区|自治州|州|旗)$/;

/** The printed form as stored: NFKC, no spaces, no text in parentheses (the alias); script as printed. */
export function cleanPrintedOrgan(printed: string): string {
  return printed
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\([^()]*\)/g, "");
}

/** cleanPrintedOrgan in simplified script. */
export function cleanOrganName(printed: string): string {
  return toSimplified(cleanPrintedOrgan(printed));
}

/** The text in parentheses after an organ name, if any (重庆市两江地区人民检察院(重庆铁路运输检察院)). */
export function parenthesisedAlias(printed: string): string | undefined {
  const m = /\(([^()]+)\)\s*$/.exec(printed.normalize("NFKC"));
  return m ? m[1].trim() : undefined;
}

function expandCommon(n: string): string {
  return n.replace(/人大常委会/g, "人民代表大会常务委员会").replace(/人大(?!代表)/g, "人民代表大会");
}

/** The part after 重庆市 when the name is a Chongqing organ (printed with 重庆市, 重庆, 市 or a district's name), else null. */
function chongqingRest(n: string): string | null {
  if (n.startsWith(CHONGQING)) return n.slice(CHONGQING.length);
  if (n.startsWith("重庆")) return n.slice(2);
  // 市政府, 市高法院, 市检一分院 … (but 市场监督管理局 is a name of its own).
  if (n.startsWith("市") && !n.startsWith("市场")) return n.slice(1);
  if (CHONGQING_PLACES.some((p) => n.startsWith(p))) return n;
  return null;
}

function expandLocal(rest: string): string {
  let r = rest;
  for (const [re, to] of ABBREVIATIONS) {
    if (re.test(r)) {
      r = r.replace(re, to);
      break;
    }
  }
  if (LOCAL_SHORT.test(r) && !/人民(法院|检察院|政府)$/.test(r)) r = r.replace(LOCAL_SHORT, "$1人民$2");
  return r;
}

/**
 * The key an organ is known by, whatever form it was printed in: 市政府, 重庆市政府 and
 * 重庆市人民政府 share one key, as do 重庆两江新区人民法院 and 重庆市两江新区人民法院, or
 * 九龙坡区检察院 and 重庆市九龙坡区人民检察院. Pure; the same name as printed at any time
 * (renames over time are lineage.ts's bodyKey).
 */
export function organKey(printed: string): string {
  const printedName = expandCommon(cleanOrganName(printed));
  // 原重庆市梁平县人民检察院, 原梁平县人民检察院: a Chongqing organ under its former name (原平市 is a city of its own).
  const n = printedName.startsWith("原") && chongqingRest(printedName.slice(1)) !== null ? printedName.slice(1) : printedName;
  if (!n) return "";
  const rest = chongqingRest(n);
  if (rest === null) {
    const local = LOCAL_SHORT.test(n) && !/人民(法院|检察院|政府)$/.test(n) ? n.replace(LOCAL_SHORT, "$1人民$2") : n;
    return PLACE_ONLY.test(local) ? `${local}人民政府` : local;
  }
  const r = expandLocal(rest);
  if (r === "" || (PLACE_ONLY.test(r) && CHONGQING_PLACES.includes(r))) return `${CHONGQING}${r}人民政府`;
  return `${CHONGQING}${r}`;
}

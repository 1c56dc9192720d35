// Organ kinds and post ranks, from vocabularies of suffixes and titles (never lists of names).

import { memoized } from "./memo";

export const ORG_KINDS = ["government", "court", "procuratorate", "congress", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  government: "人民政府",
  court: "人民法院",
  procuratorate: "人民检察院",
  congress: "人大及其常委会",
  other: "其他",
};

/** The kind of organ a name says (memoized: called for every entry of an import). */
export const orgKind: (name: string) => OrgKind = memoized(computeOrgKind);

function computeOrgKind(name: string): OrgKind {
  const n = name.normalize("NFKC");
  if (/(法院|法院\)|法庭)$/.test(n) || /人民法院|法院/.test(n)) return "court";
  if (/(检察院|檢察院)/.test(n)) return "procuratorate";
  if (/(人民代表大会|人民代表大會|人大)/.test(n)) return "congress";
  if (/(人民政府|^[^ ]{1,8}[省市县縣区區州旗]$)/.test(n)) return "government";
  return "other";
}

// Titles in order of seniority; a post takes the rank of the first pattern it matches.
const RANKS: RegExp[] = [
  /^(主任|院长|院長|检察长|檢察長|市长|市長|省长|省長|区长|區長|县长|縣長|部长|部長|主席|特命全权大使|特命全權大使|团长|團長)$/,
  /^(副主任|副院长|副院長|副检察长|副檢察長|副市长|副市長|副省长|副省長|副区长|副區長|副县长|副縣長|副部长|副部長|副主席)$/,
  /^(秘书长|秘書長|副秘书长|副秘書長)$/,
  /(审判委员会委员|審判委員會委員|检察委员会委员|檢察委員會委員)$/,
  /(庭长|庭長|部主任|局长|局長|厅长|廳長|主任)$/,
  /(副庭长|副庭長|副主任|副局长|副局長|副厅长|副廳長)$/,
  /^(委员|委員)$/,
  /(审判员|審判員|检察员|檢察員)$/,
];

export function postRank(title: string): number {
  const t = title.normalize("NFKC");
  // 副庭长 must not rank with 庭长: check the 副 patterns of inner units first.
  if (/^.+副(庭长|庭長|主任|局长|局長|厅长|廳長)$/.test(t)) return 50;
  const i = RANKS.findIndex((re) => re.test(t));
  return i === -1 ? 60 : i * 10;
}

// ── Organ hierarchy ────────────────────────────────────────────────────────────
// Chongqing's courts and procuratorates form a tree: 高级人民法院 → five 中级人民法院 → district and
// county courts; 人民检察院 → five 分院 → district and county procuratorates. Which district belongs
// to which intermediate court (and the matching procuratorate branch) is a vocabulary of places,
// as organised since the fifth intermediate court was set up (2016).
const CHONGQING = "重庆市";
export const HIGH_COURT = "重庆市高级人民法院";
export const PROCURATORATE = "重庆市人民检察院";
export const CONGRESS = "重庆市人民代表大会";
export const STANDING_COMMITTEE = "重庆市人民代表大会常务委员会";

const ORDINALS = ["第一", "第二", "第三", "第四", "第五"] as const;

/** Districts and counties under each intermediate court / procuratorate branch (index 0 = 第一). */
export const JURISDICTION: readonly (readonly string[])[] = [
  ["沙坪坝", "北碚", "渝北", "合川", "潼南", "铜梁", "璧山", "永川", "大足", "荣昌", "两江新"],
  ["万州", "开州", "梁平", "城口", "忠县", "云阳", "奉节", "巫山", "巫溪"],
  ["涪陵", "南川", "长寿", "武隆", "丰都", "垫江"],
  ["黔江", "石柱", "秀山", "酉阳", "彭水"],
  ["渝中", "大渡口", "江北", "南岸", "九龙坡", "巴南", "江津", "綦江"],
];

/** Which of the five branches (0–4) a district or county name falls under, or -1. */
export function jurisdictionOf(place: string): number {
  return JURISDICTION.findIndex((places) => places.some((p) => place.startsWith(p)));
}

/**
 * The name of the organ directly above this one in Chongqing's hierarchy, or null (top level,
 * or an organ outside the hierarchies we know). Works on simplified printed forms.
 */
export function orgParentName(name: string): string | null {
  const n = name.normalize("NFKC").replace(/\s+/g, "");
  if (n === HIGH_COURT || n === PROCURATORATE || n === CONGRESS) return null;
  // Intermediate courts and the 成渝金融法院 report to the high court.
  if (/^重庆市第[一二三四五]中级人民法院$/.test(n) || n === "成渝金融法院") return HIGH_COURT;
  if (/^重庆市人民检察院第[一二三四五]分院$/.test(n)) return PROCURATORATE;
  // District and county courts / procuratorates: 重庆市九龙坡区人民法院, 重庆两江新区人民法院, 重庆市石柱土家族自治县人民检察院.
  const local = /^重庆市?(.+?)(?:区|县)人民(法院|检察院)$/.exec(n);
  if (local) {
    const branch = jurisdictionOf(local[1]);
    if (branch >= 0) {
      return local[2] === "法院" ? `${CHONGQING}${ORDINALS[branch]}中级人民法院` : `${PROCURATORATE}${ORDINALS[branch]}分院`;
    }
    return local[2] === "法院" ? HIGH_COURT : PROCURATORATE;
  }
  if (/^重庆市?.*人民法院$/.test(n) && n !== HIGH_COURT) return HIGH_COURT;
  if (/^重庆市?.*人民检察院$/.test(n) && n !== PROCURATORATE) return PROCURATORATE;
  // Congress: the standing committee's working bodies under it; special committees under the congress.
  if (n === STANDING_COMMITTEE) return CONGRESS;
  if (/^重庆市(人大常委会|人民代表大会常务委员会).+/.test(n)) return STANDING_COMMITTEE;
  if (/^重庆市(人大|人民代表大会).+委员会$/.test(n)) return CONGRESS;
  return null;
}

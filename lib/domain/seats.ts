// Seats: whether a post is held by one person at a time (院长, 检察长, 市长, a department's 局长,
// a division's 庭长) or by many side by side (副院长, 审判员, 委员 …), from a vocabulary of title
// endings (never a list of names). Only a one-seat post has a predecessor and a successor.

import { memoized } from "./memo";

export type Seats = "one" | "many";

// The few Traditional characters printed in titles (lib/domain imports nothing of the parser's table).
const TRADITIONAL: Record<string, string> = {
  長: "长",
  員: "员",
  會: "会",
  檢: "检",
  審: "审",
  務: "务",
  縣: "县",
  區: "区",
  團: "团",
  廳: "厅",
  館: "馆",
  書: "书",
  權: "权",
  總: "总",
  專: "专",
  領: "领",
};

/** A title or organ name in simplified script without spaces, for comparing printed forms. */
export function titleKey(title: string): string {
  return [...title.normalize("NFKC").replace(/\s+/g, "")].map((c) => TRADITIONAL[c] ?? c).join("");
}

// Titles ending so are held by many at once, whatever comes before (检察委员会委员, 人民陪审员, 院长助理).
const MANY = /(委员|审判员|检察员|陪审员|助理|代表|成员|科员|专员|秘书)$/;
// A deputy (副院长, 民事审判第一庭副庭长, 副主任委员, 常务副市长) is one of several.
const DEPUTY = /副[^副]{0,6}$/;
// The heads of a body or of a unit inside one: one seat each (主任委员 heads a congress committee).
const ONE =
  /(院长|检察长|市长|省长|区长|县长|州长|盟长|旗长|镇长|乡长|主席|主任委员|主任|局长|厅长|庭长|部长|署长|行长|社长|校长|馆长|处长|科长|所长|秘书长|团长|特命全权大使|大使|总领事|总经理|董事长|司令员)$/;

/** How many people hold the post at once: "one" only for a head title the vocabulary knows. */
export const seatsOf: (title: string) => Seats = memoized(computeSeats);

function computeSeats(title: string): Seats {
  const t = titleKey(title);
  if (/主任委员$/.test(t) && !DEPUTY.test(t)) return "one";
  if (MANY.test(t) || DEPUTY.test(t)) return "many";
  return ONE.test(t) ? "one" : "many";
}

/**
 * The one-seat head post an organ has whether or not the data names its holder (a court's 院长,
 * a district government's 区长), or null when the organ's name does not tell.
 */
export function headTitleOf(organName: string): string | null {
  const n = titleKey(organName);
  if (/(人民法院|法院)$/.test(n)) return "院长";
  if (/检察院(第.+分院)?$/.test(n)) return "检察长";
  if (/常务委员会$|人大常委会$/.test(n)) return "主任";
  if (/人民政府$/.test(n)) {
    const place = n.replace(/人民政府$/, "");
    if (/(自治)?县$/.test(place)) return "县长";
    if (/区$/.test(place)) return "区长";
    if (/省$/.test(place)) return "省长";
    if (/市$/.test(place)) return "市长";
    if (/镇$/.test(place)) return "镇长";
    if (/乡$/.test(place)) return "乡长";
    return null;
  }
  // A congress's special committees (重庆市人大财政经济委员会) are led by a 主任委员.
  if (/(人大|人民代表大会).+委员会$/.test(n) && !/(常委会|常务委员会).+委员会$/.test(n)) return "主任委员";
  if (/委员会$/.test(n)) return "主任";
  if (/局$/.test(n)) return "局长";
  if (/厅$/.test(n)) return "厅长";
  return null;
}

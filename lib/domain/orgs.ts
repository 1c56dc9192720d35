// Organ kinds and post ranks, from vocabularies of suffixes and titles (never lists of names).

export const ORG_KINDS = ["government", "court", "procuratorate", "congress", "other"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  government: "人民政府",
  court: "人民法院",
  procuratorate: "人民检察院",
  congress: "人大及其常委会",
  other: "其他",
};

export function orgKind(name: string): OrgKind {
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

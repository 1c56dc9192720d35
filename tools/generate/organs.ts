// The organs whose rosters the Chongqing standing committees decide on, and the roles (bundles
// of posts given together, e.g. 副院长 + 审判委员会委员 + 审判员) that people are appointed to.

import { CHONGQING_DISTRICTS } from "../../lib/domain/organNames";
import { jurisdictionOf } from "../../lib/domain/orgs";

export type Issuer = "city" | string; // "city" or a district / county name (渝北区)

export type AppointKind = "决定任命" | "任命" | "批准任命" | "决定代理";
export type RemoveKind = "决定免去" | "免去" | "批准免去" | "none";

export interface Role {
  /** Posts given together, in printed order. */
  posts: string[];
  /** Seats for this role in the organ. */
  seats: number;
  appoint: AppointKind;
  remove: RemoveKind;
  /** How a holder may resign: 批准辞职 (批准…辞去) or 接受辞职 (a separate 决定). */
  resign?: "批准辞职" | "接受辞职";
}

export type OrganKind = "government" | "department" | "court" | "procuratorate" | "congress";

export interface Organ {
  /** Printed form, as in the lists (today's name). */
  name: string;
  alias?: string;
  /** Which standing committee decides on this organ's roster. */
  issuer: Issuer;
  roles: Role[];
  kind: OrganKind;
  /** The organ directly above (an intermediate court above a district court), by today's name. */
  parent?: string;
  /** The district or county the organ belongs to (none for municipal organs). */
  place?: string;
  /** Earlier names, oldest first: each printed before its `until` date (ISO). */
  formerNames?: { name: string; until: string }[];
}

/**
 * Districts that were counties or county-level cities until a date (国务院 approvals: 2006 the four
 * 县级市, 2011 綦江 and 大足 (merged with 万盛 and 双桥), 2014–2016 the others; 开县 became 开州区).
 */
export const FORMER_PLACES: Record<string, { name: string; until: string }> = {
  江津区: { name: "江津市", until: "2006-10-22" },
  合川区: { name: "合川市", until: "2006-10-22" },
  永川区: { name: "永川市", until: "2006-10-22" },
  南川区: { name: "南川市", until: "2006-10-22" },
  綦江区: { name: "綦江县", until: "2011-10-27" },
  大足区: { name: "大足县", until: "2011-10-27" },
  璧山区: { name: "璧山县", until: "2014-05-07" },
  铜梁区: { name: "铜梁县", until: "2014-05-07" },
  潼南区: { name: "潼南县", until: "2015-06-02" },
  荣昌区: { name: "荣昌县", until: "2015-06-02" },
  开州区: { name: "开县", until: "2016-06-08" },
  梁平区: { name: "梁平县", until: "2016-11-24" },
  武隆区: { name: "武隆县", until: "2016-11-24" },
};

/** The place's name on a date (梁平县 before 2016-11-24, 梁平区 after). */
export function placeAt(place: string, date: string): string {
  const former = FORMER_PLACES[place];
  return former && date < former.until ? former.name : place;
}

/** A district's head post on a date: 县长 while a county, 市长 while a county-level city. */
export function placeTitle(place: string, title: string, date: string): string {
  const now = placeAt(place, date);
  const suffix = now.endsWith("县") ? "县" : now.endsWith("市") ? "市" : "区";
  return title.replace(/^(副?)(区|县)长$/, `$1${suffix}长`);
}

/** The organ's printed name on a date; `short` leaves out 重庆市 (as district lists often print their own organs). */
export function organNameAt(organ: Organ, date: string, short = false): string {
  let name = organ.name;
  for (const f of organ.formerNames ?? []) {
    if (date < f.until) {
      name = f.name;
      break;
    }
  }
  if (organ.place) name = name.replace(organ.place, placeAt(organ.place, date));
  return short && organ.place ? name.replace(/^重庆市/, "") : name;
}

/** The districts and counties that have standing committees of their own (the domain's table). */
export const DISTRICTS = CHONGQING_DISTRICTS;

const ORDINALS = ["第一", "第二", "第三", "第四", "第五"];

/** Which intermediate court / procuratorate branch a district falls under (第一 … 第五). */
function branchOf(district: string): string {
  const i = jurisdictionOf(district);
  return ORDINALS[i < 0 ? 4 : i];
}

const COURT_DIVISIONS = ["立案庭", "刑事审判第一庭", "刑事审判第二庭", "民事审判第一庭", "民事审判第二庭", "行政审判庭", "审判监督庭"];
const PROCURATORATE_DEPARTMENTS = ["第一检察部", "第二检察部", "第三检察部", "第四检察部", "第五检察部"];

function courtRoles(opts: { head: AppointKind | null; judges: number; divisions: string[] }): Role[] {
  const roles: Role[] = [];
  if (opts.head === "决定代理") roles.push({ posts: ["院长"], seats: 1, appoint: "决定代理", remove: "none" });
  else if (opts.head) roles.push({ posts: ["院长"], seats: 1, appoint: opts.head, remove: opts.head === "决定任命" ? "决定免去" : "免去" });
  roles.push({ posts: ["副院长", "审判委员会委员", "审判员"], seats: 4, appoint: "任命", remove: "免去" });
  roles.push({ posts: ["审判委员会委员", "审判员"], seats: 6, appoint: "任命", remove: "免去" });
  for (const d of opts.divisions) {
    roles.push({ posts: [`${d}庭长`, "审判员"], seats: 1, appoint: "任命", remove: "免去" });
    roles.push({ posts: [`${d}副庭长`], seats: 2, appoint: "任命", remove: "免去" });
  }
  roles.push({ posts: ["审判员"], seats: opts.judges, appoint: "任命", remove: "免去" });
  return roles;
}

function procuratorateRoles(opts: { head: Role | null; procurators: number }): Role[] {
  const roles: Role[] = [];
  if (opts.head) roles.push(opts.head);
  roles.push({ posts: ["副检察长", "检察委员会委员", "检察员"], seats: 3, appoint: "任命", remove: "免去" });
  roles.push({ posts: ["检察委员会委员", "检察员"], seats: 5, appoint: "任命", remove: "免去" });
  for (const d of PROCURATORATE_DEPARTMENTS) roles.push({ posts: [`${d}主任`, "检察员"], seats: 1, appoint: "任命", remove: "免去" });
  roles.push({ posts: ["检察员"], seats: opts.procurators, appoint: "任命", remove: "免去" });
  return roles;
}

// Departments renamed on a date (2009 and 2018 government reorganisations): [today's name, head, former names].
const FORMER_DEPARTMENT_NAMES: Record<string, { name: string; until: string }[]> = {
  重庆市经济和信息化委员会: [{ name: "重庆市经济委员会", until: "2009-07-01" }],
  重庆市人力资源和社会保障局: [{ name: "重庆市人事局", until: "2009-07-01" }],
  重庆市住房和城乡建设委员会: [{ name: "重庆市城乡建设委员会", until: "2018-11-01" }],
  重庆市生态环境局: [{ name: "重庆市环境保护局", until: "2018-11-01" }],
  重庆市规划和自然资源局: [{ name: "重庆市国土资源和房屋管理局", until: "2018-11-01" }],
  重庆市卫生健康委员会: [
    { name: "重庆市卫生局", until: "2014-01-01" },
    { name: "重庆市卫生和计划生育委员会", until: "2018-11-01" },
  ],
  重庆市农业农村委员会: [{ name: "重庆市农业委员会", until: "2018-11-01" }],
  重庆市应急管理局: [{ name: "重庆市安全生产监督管理局", until: "2018-11-01" }],
  重庆市文化和旅游发展委员会: [{ name: "重庆市文化委员会", until: "2018-11-01" }],
};

const DEPARTMENTS: [string, string][] = [
  ["重庆市发展和改革委员会", "主任"],
  ["重庆市教育委员会", "主任"],
  ["重庆市科学技术局", "局长"],
  ["重庆市经济和信息化委员会", "主任"],
  ["重庆市公安局", "局长"],
  ["重庆市民政局", "局长"],
  ["重庆市司法局", "局长"],
  ["重庆市财政局", "局长"],
  ["重庆市人力资源和社会保障局", "局长"],
  ["重庆市规划和自然资源局", "局长"],
  ["重庆市生态环境局", "局长"],
  ["重庆市住房和城乡建设委员会", "主任"],
  ["重庆市城市管理局", "局长"],
  ["重庆市交通运输委员会", "主任"],
  ["重庆市水利局", "局长"],
  ["重庆市农业农村委员会", "主任"],
  ["重庆市商务委员会", "主任"],
  ["重庆市文化和旅游发展委员会", "主任"],
  ["重庆市卫生健康委员会", "主任"],
  ["重庆市退役军人事务局", "局长"],
  ["重庆市应急管理局", "局长"],
  ["重庆市审计局", "局长"],
  ["重庆市民族宗教事务委员会", "主任"],
];

const CONGRESS_COMMITTEES = [
  "重庆市人大法制委员会",
  "重庆市人大监察和司法委员会",
  "重庆市人大财政经济委员会",
  "重庆市人大教育科学文化卫生委员会",
  "重庆市人大民族宗教侨务外事委员会",
  "重庆市人大城乡建设环境保护委员会",
  "重庆市人大农业与农村委员会",
  "重庆市人大社会建设委员会",
];
const WORKING_COMMITTEES = ["重庆市人大常委会预算工作委员会", "重庆市人大常委会法制工作委员会", "重庆市人大常委会代表资格审查委员会"];

function cityOrgans(): Organ[] {
  const organs: Organ[] = [
    {
      name: "重庆市人民政府",
      issuer: "city",
      kind: "government",
      roles: [
        { posts: ["市长"], seats: 1, appoint: "决定代理", remove: "none", resign: "接受辞职" },
        { posts: ["副市长"], seats: 8, appoint: "决定任命", remove: "决定免去", resign: "接受辞职" },
        { posts: ["秘书长"], seats: 1, appoint: "决定任命", remove: "决定免去" },
      ],
    },
    ...DEPARTMENTS.map(
      ([name, head]): Organ => ({
        name,
        issuer: "city",
        kind: "department",
        formerNames: FORMER_DEPARTMENT_NAMES[name],
        roles: [{ posts: [head], seats: 1, appoint: "决定任命", remove: "决定免去", resign: "接受辞职" }],
      }),
    ),
    {
      name: "重庆市高级人民法院",
      issuer: "city",
      kind: "court",
      roles: courtRoles({ head: null, judges: 90, divisions: COURT_DIVISIONS }),
    },
    ...ORDINALS.map(
      (o): Organ => ({
        name: `重庆市${o}中级人民法院`,
        issuer: "city",
        kind: "court",
        parent: "重庆市高级人民法院",
        roles: courtRoles({ head: "决定任命", judges: 70, divisions: COURT_DIVISIONS.slice(0, 6) }),
      }),
    ),
    {
      name: "成渝金融法院",
      issuer: "city",
      kind: "court",
      parent: "重庆市高级人民法院",
      roles: courtRoles({ head: "决定任命", judges: 20, divisions: ["立案庭", "金融审判第一庭", "金融审判第二庭"] }),
    },
    {
      name: "重庆两江新区人民法院",
      alias: "重庆自由贸易试验区人民法院",
      issuer: "city",
      kind: "court",
      parent: "重庆市第一中级人民法院",
      roles: courtRoles({ head: "任命", judges: 30, divisions: ["立案庭", "民事审判庭", "商事审判庭"] }),
    },
    { name: "重庆市人民检察院", issuer: "city", kind: "procuratorate", roles: procuratorateRoles({ head: null, procurators: 70 }) },
    ...ORDINALS.map(
      (o): Organ => ({
        name: `重庆市人民检察院${o}分院`,
        issuer: "city",
        kind: "procuratorate",
        parent: "重庆市人民检察院",
        roles: procuratorateRoles({ head: { posts: ["检察长"], seats: 1, appoint: "决定任命", remove: "决定免去" }, procurators: 50 }),
      }),
    ),
    {
      name: "重庆市两江地区人民检察院",
      alias: "重庆铁路运输检察院",
      issuer: "city",
      kind: "procuratorate",
      parent: "重庆市人民检察院",
      roles: procuratorateRoles({ head: { posts: ["检察长"], seats: 1, appoint: "任命", remove: "免去" }, procurators: 20 }),
    },
    ...CONGRESS_COMMITTEES.map(
      (name): Organ => ({
        name,
        issuer: "city",
        kind: "congress",
        roles: [
          { posts: ["副主任委员"], seats: 4, appoint: "任命", remove: "免去" },
          { posts: ["委员"], seats: 8, appoint: "任命", remove: "免去" },
        ],
      }),
    ),
    ...WORKING_COMMITTEES.map(
      (name): Organ => ({
        name,
        issuer: "city",
        kind: "congress",
        roles: [
          { posts: ["主任"], seats: 1, appoint: "任命", remove: "免去" },
          { posts: ["副主任"], seats: 3, appoint: "任命", remove: "免去" },
        ],
      }),
    ),
    {
      name: "重庆市人大常委会",
      issuer: "city",
      kind: "congress",
      roles: [{ posts: ["副秘书长"], seats: 5, appoint: "任命", remove: "免去" }],
    },
  ];
  // The district procuratorates' chiefs are elected locally and approved by the municipal standing committee.
  for (const d of DISTRICTS) {
    organs.push({
      name: `重庆市${d}人民检察院`,
      issuer: "city",
      kind: "procuratorate",
      place: d,
      parent: `重庆市人民检察院${branchOf(d)}分院`,
      roles: [{ posts: ["检察长"], seats: 1, appoint: "批准任命", remove: "批准免去", resign: "批准辞职" }],
    });
  }
  return organs;
}

function districtOrgans(d: string): Organ[] {
  const county = d.endsWith("县");
  const head = county ? "县长" : "区长";
  return [
    {
      name: `重庆市${d}人民政府`,
      issuer: d,
      kind: "government",
      place: d,
      roles: [
        { posts: [head], seats: 1, appoint: "决定代理", remove: "none", resign: "接受辞职" },
        { posts: [`副${head}`], seats: 6, appoint: "决定任命", remove: "决定免去", resign: "接受辞职" },
      ],
    },
    {
      name: `重庆市${d}人民法院`,
      issuer: d,
      kind: "court",
      place: d,
      parent: `重庆市${branchOf(d)}中级人民法院`,
      roles: courtRoles({ head: "决定代理", judges: 60, divisions: COURT_DIVISIONS.slice(0, 6) }),
    },
    // The district's own roster of its procuratorate (the chief's seat is held on the municipal organ entry).
    {
      name: `重庆市${d}人民检察院`,
      issuer: d,
      kind: "procuratorate",
      place: d,
      parent: `重庆市人民检察院${branchOf(d)}分院`,
      roles: procuratorateRoles({ head: null, procurators: 45 }),
    },
  ];
}

export function allOrgans(): Organ[] {
  return [...cityOrgans(), ...DISTRICTS.flatMap(districtOrgans)];
}

/** The full name of the standing committee that issues lists for an issuer. */
export function issuerName(issuer: Issuer, date = "9999-12-31"): string {
  return issuer === "city" ? "重庆市人民代表大会常务委员会" : `重庆市${placeAt(issuer, date)}人民代表大会常务委员会`;
}

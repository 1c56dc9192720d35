// Prints a simulated meeting the way the Chongqing Daily prints it: 接受辞职 decisions as their
// own 公告, then the 任免名单 with numbered sections (一、决定任命 二、任命 … 六、批准).
import { chineseNumber } from "./calendar";
import { printedName } from "./names";
import type { Random } from "./random";
import { type ActionName, type Clause, entriesOf, type Meeting, type TruthEntry } from "./world";

export interface TruthAnnouncement {
  issuer: string;
  number: string | null;
  date: string;
  meeting: string;
  entries: TruthEntry[];
}

export interface Page {
  text: string;
  announcements: TruthAnnouncement[];
}

const SECTION_ORDER: ActionName[] = ["决定任命", "任命", "批准任命", "决定免去", "免去", "批准免去", "批准辞职"];
const HEADING: Partial<Record<ActionName, string>> = { 批准辞职: "批准" };
const APPOINTING = new Set<ActionName>(["决定任命", "任命", "批准任命"]);

const FILLER = [
  "本报讯 市人大常委会近日召开党组会议，传达学习有关会议精神，研究部署近期立法和监督工作。会议强调，要坚持正确政治方向，依法履职尽责，推动各项工作落地见效。",
  "本报讯 市人大常委会执法检查组近日赴部分区县开展执法检查，实地查看相关工作开展情况，听取有关部门情况汇报，并与基层干部群众座谈交流。",
  "会议听取和审议了市人民政府关于全市国有资产管理情况的综合报告，审查批准了有关决算，表决通过了有关地方性法规。",
  "据新华社电 记者从有关部门获悉，今年以来全国铁路发送旅客同比增长，客运市场保持平稳有序运行。",
];

function organPrefix(c: Clause): string {
  return c.organ.alias ? `${c.orgName}(${c.organ.alias})` : c.orgName;
}

function clauseText(c: Clause, random: Random): string {
  const persons = c.persons.map((p) => printedName(p.name, random)).join("、");
  const org = organPrefix(c);
  if (c.action === "决定代理") return `${persons}为${org}代理${c.posts.join("、")}`;
  if (APPOINTING.has(c.action)) return `${persons}为${org}${c.posts.join("、")}`;
  if (c.action === "批准辞职") return `${persons}辞去${org}${c.posts.join("、")}职务`;
  return `${persons}的${org}${c.posts.join("、")}职务`;
}

/** Clauses naming the same posts of the same organ under one heading are printed as one (A、B为…). */
function mergeClauses(clauses: Clause[]): Clause[] {
  const merged = new Map<string, Clause>();
  for (const c of clauses) {
    const key = `${c.action}|${c.orgName}|${c.posts.join("、")}`;
    const existing = merged.get(key);
    if (existing && existing.persons.length < 6) existing.persons.push(...c.persons);
    else merged.set(existing ? `${key}|${merged.size}` : key, { ...c, persons: [...c.persons] });
  }
  return [...merged.values()];
}

function sectionOf(action: ActionName): ActionName {
  return action === "决定代理" ? "决定任命" : action;
}

export function renderMeeting(m: Meeting, random: Random): Page {
  const parts: string[] = [];
  const announcements: TruthAnnouncement[] = [];
  const lineEnd = random.chance(0.5) ? "；  \n" : "；\n";
  if (random.chance(0.4)) parts.push(random.pick(FILLER));

  let n = 0;
  for (const r of m.resignations) {
    const number = m.numbers[n++];
    const name = r.persons[0].name;
    const post = `${organPrefix(r)}${r.posts.join("、")}`;
    parts.push(
      [
        `## ${m.issuerName}公告`,
        number,
        `### ${m.issuerName}`,
        `### 关于接受${name}同志辞去${post}职务的决定`,
        `(${m.dateText}${m.meeting}通过)`,
        `根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，${m.meeting}决定：接受${name}同志辞去${post}职务。`,
      ].join("\n\n"),
    );
    announcements.push({ issuer: m.issuerName, number, date: m.date, meeting: m.meeting, entries: entriesOf(r) });
  }

  if (m.clauses.length) {
    const number = m.numbers[n];
    const lines = [`## ${m.issuerName}公告`, number, `(${m.dateText}${m.meeting}通过)`];
    const entries: TruthEntry[] = [];
    let section = 0;
    for (const action of SECTION_ORDER) {
      const clauses = mergeClauses(m.clauses.filter((c) => sectionOf(c.action) === action));
      if (!clauses.length) continue;
      section++;
      lines.push(`### ${chineseNumber(section)}、${HEADING[action] ?? action}`);
      lines.push(`${clauses.map((c) => clauseText(c, random)).join(lineEnd)}。`);
      for (const c of clauses) entries.push(...entriesOf(c));
    }
    parts.push(lines.join("\n\n"));
    announcements.push({ issuer: m.issuerName, number, date: m.date, meeting: m.meeting, entries });
  }
  return { text: `${parts.join("\n\n")}\n`, announcements };
}

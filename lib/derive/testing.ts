// Helpers for tests of derived data: Chongqing 任免名单 text, and a snapshot of people and
// tenures that does not depend on database ids (so two import orders can be compared).
import type { Db } from "../db/client";
import { importSource } from "../import/importSource";

const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n];
  if (n < 20) return `十${NUMERALS[n - 10]}`;
  return `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
}

/** A 任免名单 as Chongqing Daily prints it: a heading, the meeting line with the date, then sections. */
export function appointmentList(date: string, meetingNo: number, sections: Record<string, string[]>): string {
  const [y, m, d] = date.split("-").map(Number);
  const body = Object.entries(sections)
    .map(([heading, lines], i) => `${chineseNumber(i + 1)}、${heading}\n\n${lines.join("；\n")}。`)
    .join("\n\n");
  return `重庆市人民代表大会常务委员会任免名单\n（${y}年${m}月${d}日重庆市第六届人民代表大会常务委员会第${chineseNumber(meetingNo)}次会议通过）\n\n${body}\n`;
}

export async function importText(db: Db, name: string, text: string) {
  const report = await importSource(db, { name, bytes: new TextEncoder().encode(text) });
  if (report.status !== "imported") throw new Error(`${name}: ${report.status} ${report.error ?? ""}`);
  return report;
}

/** An entry described by what the text says, never by ids. */
function describeEntry(a: {
  date: string | null;
  personName: string;
  kind: string;
  post: { title: string; organization: { name: string } };
}) {
  return `${a.date} ${a.personName} ${a.kind} ${a.post.organization.name}${a.post.title}`;
}

/** People (as the sorted entries each holds), each entry's link reason, and tenures, without ids. */
export async function snapshot(db: Db) {
  const actions = await db.action.findMany({ include: { post: { include: { organization: true } } } });
  const byPerson = new Map<number, string[]>();
  for (const a of actions) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), describeEntry(a)]);
  const personLabel = new Map([...byPerson].map(([id, entries]) => [id, entries.sort()[0]]));
  const people = [...byPerson.values()].map((e) => e.sort().join(" | ")).sort();
  const reasons = actions.map((a) => `${describeEntry(a)} ← ${a.linkReason}`).sort();
  const tenures = (await db.tenure.findMany({ include: { post: { include: { organization: true } } } }))
    .map(
      (t) =>
        `${personLabel.get(t.personId)} @ ${t.post.organization.name}${t.post.title} ${t.startDate ?? "?"}→${t.endDate ?? ""} ${t.status}${t.acting ? " acting" : ""}`,
    )
    .sort();
  return { people, reasons, tenures };
}

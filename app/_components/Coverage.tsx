// How pages say what the data covers: per issuer, how many announcements and from when to when;
// and why a start is unknown.
import type { IssuerCoverage } from "@/lib/queries/coverage";

/** "重庆市人民代表大会常务委员会公告 3 份（2009-12-03 至 2024-11-28）" */
export function coverageText(c: IssuerCoverage): string {
  const span = c.first ? (c.first === c.last ? `（${c.first}）` : `（${c.first} 至 ${c.last}）`) : "";
  const undated = c.undated ? `，其中 ${c.undated} 份未载日期` : "";
  return `${c.issuer}公告 ${c.announcements} 份${span}${undated}`;
}

/** A tenure whose appointment is not held: before the data begins, or simply not held. */
export function UnknownStart({
  kind,
  endDate,
  coverageStart,
}: {
  kind: "before-coverage" | "not-held" | undefined;
  endDate: string | null;
  coverageStart: string | null | undefined;
}) {
  const before = endDate ? `，早于 ${endDate} 已任` : "";
  if (kind === "before-coverage") {
    return (
      <span title="免职见于该发布机关最早一份已收录公告，任命在资料起始之前">
        资料起始{coverageStart ? `（${coverageStart}）` : ""}前已任
      </span>
    );
  }
  return (
    <span title="任命未见于已收录的公告：可能早于资料起始，也可能未收录">
      起始不详（任命未见于已收录公告{coverageStart ? `；资料始于 ${coverageStart}` : ""}）{before}
    </span>
  );
}

// What the data holds, per issuer: how many announcements, the first and the last date. Pages say
// it beside every "现任" and "至今": the data knows nothing after its issuer's last announcement held.
import type { Db } from "../db/client";

export interface IssuerCoverage {
  issuer: string;
  announcements: number;
  /** Dates of the first and last dated announcement held (null: none is dated). */
  first: string | null;
  last: string | null;
  /** Announcements held without a date. */
  undated: number;
}

/** Coverage of the given issuers (all issuers when omitted), most announcements first. */
export async function coverageByIssuer(db: Db, issuers?: string[]): Promise<IssuerCoverage[]> {
  if (issuers && !issuers.length) return [];
  const where = issuers ? { issuer: { in: [...new Set(issuers)] } } : {};
  const [all, undated] = await Promise.all([
    db.announcement.groupBy({ by: ["issuer"], where, _count: { _all: true }, _min: { date: true }, _max: { date: true } }),
    db.announcement.groupBy({ by: ["issuer"], where: { ...where, date: null }, _count: { _all: true } }),
  ]);
  const undatedOf = new Map(undated.map((u) => [u.issuer, u._count._all]));
  return all
    .map((g) => ({
      issuer: g.issuer,
      announcements: g._count._all,
      first: g._min.date,
      last: g._max.date,
      undated: undatedOf.get(g.issuer) ?? 0,
    }))
    .sort((a, b) => b.announcements - a.announcements || a.issuer.localeCompare(b.issuer, "zh-CN"));
}

export interface OrganCoverage {
  /** Everything held from the issuer. */
  issuer: IssuerCoverage;
  /** The issuer's announcements that name the organ. */
  here: { announcements: number; first: string | null; last: string | null };
}

/** The issuers whose announcements name an organ, with what is held from each (and about the organ). */
export async function organCoverage(db: Db, organizationId: number): Promise<OrganCoverage[]> {
  // From the organ's actions (the Action(postId, date) index), not from every announcement.
  const here = await db.$queryRaw<{ issuer: string; n: number | bigint; first: string | null; last: string | null }[]>`
    SELECT n."issuer" AS issuer, COUNT(*) AS n, MIN(n."date") AS first, MAX(n."date") AS last
    FROM "Announcement" n
    WHERE n."id" IN (
      SELECT a."announcementId" FROM "Action" a
      WHERE a."postId" IN (SELECT p."id" FROM "Post" p WHERE p."organizationId" = ${organizationId}))
    GROUP BY n."issuer"`;
  const issuers = await coverageByIssuer(
    db,
    here.map((h) => h.issuer),
  );
  const hereOf = new Map(here.map((h) => [h.issuer, { announcements: Number(h.n), first: h.first, last: h.last }]));
  return issuers.map((issuer) => ({ issuer, here: hereOf.get(issuer.issuer)! }));
}

/** The date up to which the data can say who holds a post decided by these issuers: the latest last date. */
export function asOfDate(coverage: Pick<IssuerCoverage, "last">[]): string | null {
  return coverage.reduce<string | null>((m, c) => (c.last !== null && (m === null || c.last > m) ? c.last : m), null);
}

/**
 * How to say an unknown start: when the removal is in the issuer's first announcement held (or
 * before it), the holder was in post before the data begins; otherwise the appointment may be
 * earlier than the data or simply not held.
 */
export function unknownStart(endDate: string | null, coverage: IssuerCoverage | undefined): "before-coverage" | "not-held" {
  if (endDate !== null && coverage?.first != null && endDate <= coverage.first) return "before-coverage";
  return "not-held";
}

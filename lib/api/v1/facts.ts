// How the API states a fact: every action carries its announcement and where that was printed
// (source address and publication) and the clause as printed; derived data says it is derived.
import { isActing } from "../../derive/kinds";
import { groupOfKind } from "../../domain/actionGroups";
import type { ActionRow } from "../../queries/actions";
import { type ActionProvenance, provenance } from "../../queries/provenance";

export interface AnnouncementRef {
  id: number;
  number: string | null;
  issuer: string;
  meeting: string | null;
  url: string;
}

export interface SourceRef {
  url: string | null;
  publication: string | null;
}

export function announcementUrl(origin: string, id: number): string {
  return `${origin}/announcements/${id}`;
}

export function personUrl(origin: string, id: number): string {
  return `${origin}/people/${id}`;
}

export function actionFact(origin: string, r: ActionRow) {
  return {
    id: r.id,
    date: r.date,
    kind: r.kind,
    group: groupOfKind(r.kind),
    acting: isActing(r.kind),
    person: { id: r.personId, name: r.personName, url: personUrl(origin, r.personId) },
    organization: { id: r.post.organization.id, name: r.post.organization.name },
    post: { id: r.post.id, title: r.post.title },
    clause: r.clause ?? null,
    span: [r.spanStart, r.spanEnd] as [number, number],
    announcement: {
      id: r.announcement.id,
      number: r.announcement.number,
      issuer: r.announcement.issuer,
      meeting: r.announcement.meeting,
      url: announcementUrl(origin, r.announcement.id),
    } satisfies AnnouncementRef,
    source: provenance(r.announcement.source) satisfies SourceRef,
  };
}

/** The action that opened or closed a tenure, with where it was printed. */
export function citedAction(origin: string, p: ActionProvenance | undefined) {
  if (!p) return null;
  return {
    id: p.actionId,
    kind: p.kind,
    date: p.date,
    clause: p.clause,
    announcement: {
      id: p.announcementId,
      number: p.number,
      issuer: p.issuer,
      meeting: p.meeting,
      url: announcementUrl(origin, p.announcementId),
    } satisfies AnnouncementRef,
    source: { url: p.url, publication: p.publication } satisfies SourceRef,
  };
}

/** What every derived tenure says about how it was derived. */
export const TENURE_RULE =
  "derived: a tenure runs from the action that opened the post (任命, 决定任命, 批准任命, 决定代理) to the action that closed it (免去, 辞职, 撤销, 罢免) for the same person and post; an unknown start means the post was closed without a recorded appointment";

// The columns of each CSV download: stable English headers, ISO dates, ids for joining, and for
// every fact where it was printed (issuer, meeting, source address, the clause as printed).
import { isActing } from "../derive/kinds";
import { groupOfKind } from "../domain/actionGroups";
import type { ActionRow } from "../queries/actions";
import type { RosterRow } from "../queries/organs";
import type { PersonTimeline } from "../queries/person";
import { type ActionProvenance, provenance } from "../queries/provenance";
import type { CsvColumn } from "./csv";

const yesNo = (b: boolean) => (b ? "yes" : "no");

/** The columns of /actions.csv; `origin` (e.g. https://renmian.example) makes person_url absolute. */
export function actionColumns(origin: string): CsvColumn<ActionRow>[] {
  return [
    { header: "date", value: (r) => r.date },
    { header: "announcement_id", value: (r) => r.announcement.id },
    { header: "announcement_number", value: (r) => r.announcement.number },
    { header: "person_id", value: (r) => r.personId },
    { header: "person_name", value: (r) => r.personName },
    { header: "action", value: (r) => r.kind },
    { header: "organization", value: (r) => r.post.organization.name },
    { header: "post", value: (r) => r.post.title },
    { header: "action_id", value: (r) => r.id },
    { header: "issuer", value: (r) => r.announcement.issuer },
    { header: "meeting", value: (r) => r.announcement.meeting },
    { header: "action_group", value: (r) => groupOfKind(r.kind) },
    { header: "acting", value: (r) => yesNo(isActing(r.kind)) },
    { header: "source_url", value: (r) => provenance(r.announcement.source).url },
    { header: "clause", value: (r) => r.clause },
    { header: "person_url", value: (r) => `${origin}/people/${r.personId}` },
  ];
}

/** Provenance columns for the action that opened (start_) or closed (end_) a tenure. */
function provenanceColumns<T>(prefix: "start" | "end", of: (row: T) => ActionProvenance | undefined): CsvColumn<T>[] {
  return [
    { header: `${prefix}_issuer`, value: (r) => of(r)?.issuer },
    { header: `${prefix}_meeting`, value: (r) => of(r)?.meeting },
    { header: `${prefix}_source_url`, value: (r) => of(r)?.url },
    { header: `${prefix}_clause`, value: (r) => of(r)?.clause },
  ];
}

export interface RosterCsvRow extends RosterRow {
  organization: string;
  at: string;
  startProvenance?: ActionProvenance;
}

export function rosterColumns(origin: string): CsvColumn<RosterCsvRow>[] {
  return [
    { header: "as_of", value: (r) => r.at },
    { header: "organization", value: (r) => r.organization },
    { header: "post", value: (r) => r.post.title },
    { header: "post_rank", value: (r) => r.post.rank },
    { header: "person_id", value: (r) => r.person.id },
    { header: "person_name", value: (r) => r.person.name },
    { header: "start_date", value: (r) => r.startDate },
    { header: "start_known", value: (r) => yesNo(r.startKnown) },
    { header: "held_before", value: (r) => (r.startKnown ? null : r.endDate) },
    { header: "acting", value: (r) => yesNo(r.acting) },
    { header: "start_announcement_id", value: (r) => r.start?.announcementId },
    { header: "start_announcement_number", value: (r) => r.start?.number },
    ...provenanceColumns<RosterCsvRow>("start", (r) => r.startProvenance),
    { header: "person_url", value: (r) => `${origin}/people/${r.person.id}` },
  ];
}

export interface TimelineCsvRow {
  personId: number;
  personName: string;
  organization: string;
  post: string;
  item: PersonTimeline["organs"][number]["items"][number];
  startProvenance?: ActionProvenance;
  endProvenance?: ActionProvenance;
}

/** One row per post held: the person's tenures, newest first within each organ. */
export function timelineRows(t: PersonTimeline, provenanceOf: Map<number, ActionProvenance> = new Map()): TimelineCsvRow[] {
  return t.organs.flatMap((o) =>
    o.items.flatMap((item) =>
      item.posts.map((p) => ({
        personId: t.person.id,
        personName: t.person.name,
        organization: o.organization.name,
        post: p.title,
        item,
        startProvenance: item.start ? provenanceOf.get(item.start.actionId) : undefined,
        endProvenance: item.end ? provenanceOf.get(item.end.actionId) : undefined,
      })),
    ),
  );
}

/** The actions a timeline's rows cite (to look up their provenance). */
export function timelineActionIds(t: PersonTimeline): number[] {
  return t.organs.flatMap((o) =>
    o.items.flatMap((i) => [i.start?.actionId, i.end?.actionId].filter((id): id is number => id !== undefined)),
  );
}

export const timelineColumns: CsvColumn<TimelineCsvRow>[] = [
  { header: "person_id", value: (r) => r.personId },
  { header: "person_name", value: (r) => r.personName },
  { header: "organization", value: (r) => r.organization },
  { header: "post", value: (r) => r.post },
  { header: "status", value: (r) => r.item.status },
  { header: "acting", value: (r) => yesNo(r.item.acting) },
  { header: "start_date", value: (r) => r.item.startDate },
  { header: "start_action", value: (r) => r.item.start?.kind },
  { header: "start_announcement_id", value: (r) => r.item.start?.announcementId },
  { header: "end_date", value: (r) => r.item.endDate },
  { header: "end_action", value: (r) => r.item.end?.kind },
  { header: "end_announcement_id", value: (r) => r.item.end?.announcementId },
  ...provenanceColumns<TimelineCsvRow>("start", (r) => r.startProvenance),
  ...provenanceColumns<TimelineCsvRow>("end", (r) => r.endProvenance),
];

// The columns of each CSV download: stable English headers, ISO dates, ids for joining.
import type { ActionRow } from "../queries/actions";
import type { RosterRow } from "../queries/organs";
import type { PersonTimeline } from "../queries/person";
import type { CsvColumn } from "./csv";

export const actionColumns: CsvColumn<ActionRow>[] = [
  { header: "date", value: (r) => r.date },
  { header: "announcement_id", value: (r) => r.announcement.id },
  { header: "announcement_number", value: (r) => r.announcement.number },
  { header: "person_id", value: (r) => r.personId },
  { header: "person_name", value: (r) => r.personName },
  { header: "action", value: (r) => r.kind },
  { header: "organization", value: (r) => r.post.organization.name },
  { header: "post", value: (r) => r.post.title },
  { header: "action_id", value: (r) => r.id },
];

export interface RosterCsvRow extends RosterRow {
  organization: string;
  at: string;
}

export const rosterColumns: CsvColumn<RosterCsvRow>[] = [
  { header: "as_of", value: (r) => r.at },
  { header: "organization", value: (r) => r.organization },
  { header: "post", value: (r) => r.post.title },
  { header: "post_rank", value: (r) => r.post.rank },
  { header: "person_id", value: (r) => r.person.id },
  { header: "person_name", value: (r) => r.person.name },
  { header: "start_date", value: (r) => r.startDate },
  { header: "start_known", value: (r) => (r.startKnown ? "yes" : "no") },
  { header: "held_before", value: (r) => (r.startKnown ? null : r.endDate) },
  { header: "acting", value: (r) => (r.acting ? "yes" : "no") },
  { header: "start_announcement_id", value: (r) => r.start?.announcementId },
];

export interface TimelineCsvRow {
  personId: number;
  personName: string;
  organization: string;
  post: string;
  item: PersonTimeline["organs"][number]["items"][number];
}

/** One row per post held: the person's tenures, newest first within each organ. */
export function timelineRows(t: PersonTimeline): TimelineCsvRow[] {
  return t.organs.flatMap((o) =>
    o.items.flatMap((item) =>
      item.posts.map((p) => ({ personId: t.person.id, personName: t.person.name, organization: o.organization.name, post: p.title, item })),
    ),
  );
}

export const timelineColumns: CsvColumn<TimelineCsvRow>[] = [
  { header: "person_id", value: (r) => r.personId },
  { header: "person_name", value: (r) => r.personName },
  { header: "organization", value: (r) => r.organization },
  { header: "post", value: (r) => r.post },
  { header: "status", value: (r) => r.item.status },
  { header: "acting", value: (r) => (r.item.acting ? "yes" : "no") },
  { header: "start_date", value: (r) => r.item.startDate },
  { header: "start_action", value: (r) => r.item.start?.kind },
  { header: "start_announcement_id", value: (r) => r.item.start?.announcementId },
  { header: "end_date", value: (r) => r.item.endDate },
  { header: "end_action", value: (r) => r.item.end?.kind },
  { header: "end_announcement_id", value: (r) => r.item.end?.announcementId },
];

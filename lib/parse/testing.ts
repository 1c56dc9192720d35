// Shared helpers for the parser's unit tests.
import { parseAnnouncements } from "./index";

/** `person|action|org|post` of every entry, in order. */
export function rows(text: string): string[] {
  return parseAnnouncements(text).announcements.flatMap((a) => a.entries.map((e) => `${e.person}|${e.action}|${e.org}|${e.post}`));
}

// The links every page writes: one look (blue, underlined on hover) and one way to name a
// person, an organ or the clause of an announcement an action came from.
import Link from "next/link";
import type { ComponentProps } from "react";
import { announcementLabel, orgName } from "./labels";

/** The class of a text link, for the few plain <a> (downloads, in-page anchors). */
export const LINK_CLASS = "text-blue-800 hover:underline";

export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={className ? `${LINK_CLASS} ${className}` : LINK_CLASS} />;
}

/** A person's page; the name never breaks inside (姜/国/杰 on a phone). */
export function PersonLink({ id, name, className }: { id: number; name: string; className?: string }) {
  return (
    <TextLink href={`/people/${id}`} className={`keep-words${className ? ` ${className}` : ""}`}>
      {name}
    </TextLink>
  );
}

export function OrgLink({ id, name, className }: { id: number; name: string | null; className?: string }) {
  return (
    <TextLink href={`/orgs/${id}`} className={className}>
      {orgName(name)}
    </TextLink>
  );
}

export function clauseHref(ref: { announcementId: number; actionId: number }): string {
  return `/announcements/${ref.announcementId}#clause-${ref.actionId}`;
}

/** "公告第12号" (or "公告 #7" when the announcement carries no number), linking to the clause when given. */
export function AnnouncementLink({
  id,
  number,
  actionId,
  children,
  ...props
}: { id: number; number: string | null; actionId?: number } & Omit<ComponentProps<typeof Link>, "href" | "id">) {
  return (
    <TextLink href={actionId ? clauseHref({ announcementId: id, actionId }) : `/announcements/${id}`} {...props}>
      {children ?? announcementLabel({ id, number })}
    </TextLink>
  );
}

// How the pages name things the data may leave blank, written once.

/** "公告第12号", or "公告 #7" for an announcement that carries no number. */
export function announcementLabel(a: { id: number; number: string | null }): string {
  return a.number ? `公告${a.number}` : `公告 #${a.id}`;
}

/** An organ's name, or what the announcement left out. */
export function orgName(name: string | null | undefined): string {
  return name || "（未载明机构）";
}

export function dateOrUnknown(date: string | null | undefined): string {
  return date ?? "日期不详";
}

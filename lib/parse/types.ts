// The public types of the parser (re-exported by index.ts).

export const ACTION_KINDS = [
  "任命",
  "决定任命",
  "批准任命",
  "免去",
  "决定免去",
  "批准免去",
  "接受辞职",
  "批准辞职",
  "撤销职务",
  "罢免",
  "决定代理",
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface ParsedEntry {
  person: string;
  action: ActionKind;
  org: string;
  post: string;
  org_alias?: string;
  /** [start, end) offsets of the clause in the ORIGINAL input string */
  span: [number, number];
}

export interface ParsedAnnouncement {
  issuer: string;
  number: string | null;
  date: string | null;
  meeting: string | null;
  span: [number, number];
  entries: ParsedEntry[];
}

export interface ParseWarning {
  /** `unreadable-line`: a line of a list that no rule reads (its entries are missing); `truncated-list`: a list cut mid-way */
  code: "unreadable-line" | "truncated-list";
  message: string;
  /** offset in the input of the line (or clause) the warning points at */
  offset: number;
  /** 1-based line number in the input */
  line: number;
  /** the line as printed (cut to 200 characters) */
  text: string;
}

export interface ParseResult {
  announcements: ParsedAnnouncement[];
  warnings: ParseWarning[];
}

// How each action kind of FORMAT.md bears on a tenure.
export const OPENING_KINDS = ["任命", "决定任命", "批准任命", "决定代理"] as const;
export const CLOSING_KINDS = ["免去", "决定免去", "批准免去", "撤销职务", "罢免", "接受辞职", "批准辞职"] as const;

export function opensTenure(kind: string): boolean {
  return (OPENING_KINDS as readonly string[]).includes(kind);
}

export function closesTenure(kind: string): boolean {
  return (CLOSING_KINDS as readonly string[]).includes(kind);
}

export function isActing(kind: string): boolean {
  return kind === "决定代理";
}

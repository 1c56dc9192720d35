// The action groups people think in: 任 (taking up a post), 免 (removal), 辞 (resignation).
// Each expands to the action kinds of FORMAT.md it covers; every kind is in exactly one group
// (checked in actionGroups.test.ts against the kinds the parser and the filters know).

export const ACTION_GROUPS = {
  任: ["任命", "决定任命", "批准任命", "决定代理"],
  免: ["免去", "决定免去", "批准免去", "撤销职务", "罢免"],
  辞: ["接受辞职", "批准辞职"],
} as const satisfies Record<string, readonly string[]>;

export type ActionGroup = keyof typeof ACTION_GROUPS;
export const ACTION_GROUP_KEYS = Object.keys(ACTION_GROUPS) as ActionGroup[];

/** What each group means, for the filter's labels. */
export const ACTION_GROUP_LABELS: Record<ActionGroup, string> = {
  任: "任职（任命、决定任命、批准任命、决定代理）",
  免: "免职（免去、决定免去、批准免去、撤销职务、罢免）",
  辞: "辞职（接受辞职、批准辞职）",
};

export function isActionGroup(value: string): value is ActionGroup {
  return Object.hasOwn(ACTION_GROUPS, value);
}

/** The group of an action kind, or null for a kind no group knows. */
export function groupOfKind(kind: string): ActionGroup | null {
  for (const g of ACTION_GROUP_KEYS) if ((ACTION_GROUPS[g] as readonly string[]).includes(kind)) return g;
  return null;
}

/** The kinds of the given groups, in the groups' order, without repeats. */
export function kindsOfGroups(groups: readonly string[]): string[] {
  return [...new Set(groups.filter(isActionGroup).flatMap((g) => ACTION_GROUPS[g]))];
}

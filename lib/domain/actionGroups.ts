// The three groups a reader sorts the 11 action names into: 任 (a post taken up, acting included),
// 免 (a post taken away) and 辞 (a resignation accepted or approved).

export const ACTION_GROUPS: Record<"任" | "免" | "辞", readonly string[]> = {
  任: ["任命", "决定任命", "批准任命", "决定代理"],
  免: ["免去", "决定免去", "批准免去", "撤销职务", "罢免"],
  辞: ["接受辞职", "批准辞职"],
};

export type ActionGroup = keyof typeof ACTION_GROUPS;

/** The group of an action name, or null for a name outside the 11. */
export function actionGroupOf(kind: string): ActionGroup | null {
  for (const [group, kinds] of Object.entries(ACTION_GROUPS) as [ActionGroup, readonly string[]][]) if (kinds.includes(kind)) return group;
  return null;
}

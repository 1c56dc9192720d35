// What the person page states by inference rather than from the text, each with the rule that
// inferred it: a short Chinese label, the rule's name, and what it rests on.
import { IDENTITY_RULES, identityRuleOf } from "./identity";

export interface Inference {
  rule: string;
  label: string;
  /** What the inference rests on. */
  basis: string;
}

export const TRANSFER: Inference = {
  rule: "same-announcement-move",
  label: "调任",
  basis: "同一公告中免去原职、任命新职，公告未写“调任”",
};
export const ACTING_CONFIRMED: Inference = {
  rule: "acting-confirmed",
  label: "代理转正",
  basis: "代理者其后被正式任命同一职务，代理至此结束",
};
export const HANDOVER: Inference = {
  rule: "head-handover",
  label: "他人接任即视为离任",
  basis: "一人一职的职务任命了他人，未见免职公告",
};

/** The inference behind an entry's link to its person, or null when the link states no inference (first seen, a correction). */
export function identityInference(linkReason: string): Inference | null {
  const rule = identityRuleOf(linkReason);
  if (!rule?.inferred) return null;
  return { rule: rule.rule, label: rule.label, basis: linkReason };
}

export { IDENTITY_RULES };

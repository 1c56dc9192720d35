import { describe, expect, it } from "vitest";
import { JOIN_RULES, type JoinSite, joinRule, LIST_RUNS_ON, TITLE_WORD_BROKEN } from "./joins";
import { isPublishStamp } from "./lexicon";

/** A join site for a current line and the next printed line (both folded, plain lines). */
function site(cur: string, next: string, over: Partial<JoinSite> = {}): JoinSite {
  return {
    cur,
    curHead: cur.slice(0, 200),
    curTail: cur.slice(-200),
    curLen: cur.length,
    curHeading: 0,
    curPunct: /[。,;:]/.test(cur),
    curStamp: isPublishStamp(cur),
    nextStamp: isPublishStamp(next),
    first: false,
    next,
    nextHeading: 0,
    nextIndented: false,
    wrapWidth: 0,
    lastPiece: cur.length,
    ...over,
  };
}

// pairs that some rule joins while the current line is open at its end (invented names)
const OPEN_PAIRS: [string, string, Partial<JoinSite>?][] = [
  ["甲一为某某区人民法院(某某法庭)", "副院长、审判员;"],
  ["甲一、乙二、王", " 伟为某某区人民法院审判员;"],
  ["某某市高级人民法院副院长:", "张三、李四"],
  ["张三、李四、赵", "六、孙七为某某市人民政府副市长;"],
  ["关于任命李某某为某某部部长", "的决定"],
  ["会议任命:刘某为某某区人民法院院长;", "陈某为某某区人民检察院检察长;", { wrapWidth: 19, lastPiece: 19 }],
  ["会议决定任命姜国", "杰为某某市人民政府副市长。"],
  ["冉某某为某某区人民检察院检察委员", "会委员;"],
  ["某某市人民代表大会常务委员", "会第十次会议通过"],
  ["会议决", "定李某某为某某市人民政府副市长。"],
  ["本次会议听取了有关报告,会议认为", "应当加强监督。"],
  ["赵六为某某区人民法院副院长", "、审判员;"],
  ["某某市人民代表大会常务委员会公", "告"],
];

describe("join rules", () => {
  it("the pairs join while the current line is open (the check below can fail)", () => {
    for (const [cur, next, over] of OPEN_PAIRS) expect(joinRule(site(cur, next, over)), `${cur} + ${next}`).not.toBeNull();
  });

  it("after a line that ends a sentence, only a broken title word joins (joinRule skips the others)", () => {
    for (const [cur, next, over] of OPEN_PAIRS) {
      const s = site(`${cur}。`, next, over);
      for (const rule of JOIN_RULES)
        if (rule !== TITLE_WORD_BROKEN) expect(rule.apply({ ...s, memo: undefined }), `${rule.name}: ${cur}。 + ${next}`).toBe(false);
    }
    // the title rule still sees such a line: `…公告。`+`告` is no broken title, `…公` + `告` is
    expect(joinRule(site("某某市人民代表大会常务委员会公。", "告"))).toBeNull();
  });

  it("after a line that ends a clause on `;`, only the list under a verb and a broken title word join (joinRule skips the others)", () => {
    for (const [cur, next, over] of OPEN_PAIRS) {
      const s = site(`${cur};`, next, over);
      for (const rule of JOIN_RULES)
        if (rule !== LIST_RUNS_ON && rule !== TITLE_WORD_BROKEN)
          expect(rule.apply({ ...s, memo: undefined }), `${rule.name}: ${cur}; + ${next}`).toBe(false);
    }
    // the list under a verb still runs on after its `;`
    const [cur, next, over] = OPEN_PAIRS.find(([, , o]) => o?.wrapWidth)!;
    expect(joinRule(site(cur, next, over))).toBe(LIST_RUNS_ON);
  });
});

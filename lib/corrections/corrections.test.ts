import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../db/testing";
import { rederiveAll } from "../derive/relink";
import { appointmentList, importText, snapshot } from "../derive/testing";
import { CorrectionError, confirmSuggestion, correctionsFor, mergePeople, resolvePersonId, splitPerson, undoCorrection } from "./index";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

const Y2018 = appointmentList("2018-01-25", 3, { 任命: ["王勇为重庆市第一中级人民法院审判员"] });
const Y2020 = appointmentList("2020-03-26", 15, {
  任命: ["王勇为重庆市第一中级人民法院审判委员会委员", "余云中为重庆市第一中级人民法院审判员"],
});
const Y2022 = appointmentList("2022-05-31", 34, { 任命: ["王勇为重庆市第一中级人民法院副院长"] });

async function wangYong() {
  const actions = await t.db.action.findMany({ where: { personName: "王勇" }, include: { post: true }, orderBy: { date: "asc" } });
  return Object.fromEntries(actions.map((a) => [`${a.date} ${a.post.title}`, a]));
}

describe("manual identity corrections", () => {
  it("splits a person, keeps the split through re-imports and re-derivation, merges back, and undoes both", async () => {
    await importText(t.db, "2018.txt", Y2018);
    await importText(t.db, "2020.txt", Y2020);
    let a = await wangYong();
    const original = a["2018-01-25 审判员"].personId;
    expect(a["2020-03-26 审判委员会委员"].personId).toBe(original); // the rules: same name, same court

    const { newPersonId, correctionId } = await splitPerson(t.db, {
      personId: original,
      actionIds: [a["2020-03-26 审判委员会委员"].id],
      reason: "2020年的王勇是从万州区法院调来的另一人（见法院官网简历）",
      decidedBy: "编辑 李明",
    });
    a = await wangYong();
    expect(a["2020-03-26 审判委员会委员"].personId).toBe(newPersonId);
    expect(a["2020-03-26 审判委员会委员"].linkReason).toBe(`人工更正 #${correctionId}`);
    expect(a["2018-01-25 审判员"].personId).toBe(original);
    const tenures = await t.db.tenure.findMany({ where: { personId: newPersonId } });
    expect(tenures).toHaveLength(1);

    // A later list, a page reprinting the 2020 list, and a full re-derivation: the split holds.
    await importText(t.db, "2022.txt", Y2022);
    const reprint = await importText(t.db, "reprint.txt", `重庆日报 2020年3月27日 第2版\n\n${Y2020}`);
    expect(reprint.knownAnnouncements).toBe(1);
    await rederiveAll(t.db);
    a = await wangYong();
    expect(a["2018-01-25 审判员"].personId).toBe(original);
    expect(a["2020-03-26 审判委员会委员"].personId).toBe(newPersonId);
    // the new entry follows the rules: both hold posts in that court, nothing tells which one it is,
    // so it is a third person, offered to an editor as "可能是同一人" with each of them
    const third = a["2022-05-31 副院长"].personId;
    expect([original, newPersonId]).not.toContain(third);
    expect(a["2022-05-31 副院长"].linkReason).toMatch(/^无同一人的确证（同名者2人均可延续，无法确定是谁）/);
    const offered = await t.db.identitySuggestion.findMany({ where: { personId: third } });
    expect(offered.map((s) => s.otherPersonId).sort()).toEqual([original, newPersonId].sort());

    // Merge them back: one person; the split-off id keeps resolving to the merged person.
    const merged = await mergePeople(t.db, {
      fromId: newPersonId,
      intoId: original,
      reason: "核对简历后确认是同一人",
      decidedBy: "编辑 王芳",
    });
    expect(merged.personId).toBe(original);
    a = await wangYong();
    expect(new Set(Object.values(a).map((x) => x.personId))).toEqual(new Set([original]));
    expect(await resolvePersonId(t.db, newPersonId)).toBe(original);
    await rederiveAll(t.db);
    expect(new Set(Object.values(await wangYong()).map((x) => x.personId))).toEqual(new Set([original]));

    const listed = await correctionsFor(t.db, original);
    expect(listed.map((c) => [c.kind, c.decidedBy, c.undoneAt])).toEqual([
      ["merge", "编辑 王芳", null],
      ["split", "编辑 李明", null],
    ]);

    // Undo the merge: back to two people, with their old ids.
    await undoCorrection(t.db, { correctionId: merged.correctionId, decidedBy: "编辑 王芳", reason: "合并有误" });
    a = await wangYong();
    expect(a["2018-01-25 审判员"].personId).toBe(original);
    expect(a["2020-03-26 审判委员会委员"].personId).toBe(newPersonId);
    expect(await resolvePersonId(t.db, newPersonId)).toBe(newPersonId);

    // Undo the split: the rules decide again (one person), the split-off id redirects.
    await undoCorrection(t.db, { correctionId, decidedBy: "编辑 李明" });
    a = await wangYong();
    expect(new Set(Object.values(a).map((x) => x.personId))).toEqual(new Set([original]));
    expect(await resolvePersonId(t.db, newPersonId)).toBe(original);
    const after = await correctionsFor(t.db, original);
    expect(after.every((c) => c.undoneAt !== null)).toBe(true);
    expect(after[0].undoReason).toBe("合并有误");

    // With every correction undone, the data equal what the rules alone give.
    const fresh = await createTestDb();
    try {
      for (const [name, text] of [
        ["2018.txt", Y2018],
        ["2020.txt", Y2020],
        ["2022.txt", Y2022],
      ])
        await importText(fresh.db, name, text);
      expect(await snapshot(t.db)).toEqual(await snapshot(fresh.db));
    } finally {
      await fresh.cleanup();
    }
  });

  it("refuses corrections without a reason, of entries not on the person, or of all entries", async () => {
    await importText(t.db, "2018.txt", Y2018);
    await importText(t.db, "2020.txt", Y2020);
    const a = await wangYong();
    const person = a["2018-01-25 审判员"].personId;
    const yu = await t.db.action.findFirstOrThrow({ where: { personName: "余云中" } });
    await expect(
      splitPerson(t.db, { personId: person, actionIds: [a["2018-01-25 审判员"].id], reason: "  ", decidedBy: "编辑" }),
    ).rejects.toThrow(/请写明理由/);
    await expect(splitPerson(t.db, { personId: person, actionIds: [yu.id], reason: "误", decidedBy: "编辑" })).rejects.toThrow(
      CorrectionError,
    );
    await expect(
      splitPerson(t.db, { personId: person, actionIds: Object.values(a).map((x) => x.id), reason: "误", decidedBy: "编辑" }),
    ).rejects.toThrow(/至少留下一条/);
    await expect(mergePeople(t.db, { fromId: person, intoId: person, reason: "误", decidedBy: "编辑" })).rejects.toThrow(/不能与自己合并/);
    expect(await t.db.correction.count()).toBe(0);
  });
});

describe("confirming a 可能是同一人 suggestion", () => {
  it("records a merge with the evidence, and the confirmation survives re-derivation", async () => {
    // A judge removed in 2013 and a 检察员 appointed in 2026: nothing printed links them.
    await importText(t.db, "2009.txt", appointmentList("2009-03-01", 2, { 任命: ["钱文韬为重庆市第一中级人民法院审判员"] }));
    await importText(t.db, "2013.txt", appointmentList("2013-05-01", 9, { 免去: ["钱文韬的重庆市第一中级人民法院审判员职务"] }));
    await importText(t.db, "2026.txt", appointmentList("2026-02-01", 40, { 任命: ["钱文韬为重庆市人民检察院第四分院检察员"] }));
    const people = await t.db.person.findMany({ where: { name: "钱文韬" }, orderBy: { id: "asc" } });
    expect(people).toHaveLength(2);
    const [suggestion] = await t.db.identitySuggestion.findMany();
    expect(suggestion).toMatchObject({ personId: people[1].id, otherPersonId: people[0].id });
    expect(suggestion.evidence).toMatch(/^同名；2013-05-01见于重庆市第一中级人民法院审判员/);

    const { correctionId, personId } = await confirmSuggestion(t.db, { suggestionId: suggestion.id, decidedBy: "编辑（令牌登录）" });
    expect(personId).toBe(people[0].id);
    const [logged] = await correctionsFor(t.db, personId);
    expect(logged).toMatchObject({ id: correctionId, kind: "merge", confirmed: true, decidedBy: "编辑（令牌登录）" });
    expect(logged.reason).toBe(`确认“可能是同一人”：${suggestion.evidence}`);
    expect(await t.db.identitySuggestion.count()).toBe(0);

    await rederiveAll(t.db);
    const actions = await t.db.action.findMany({ where: { personName: "钱文韬" } });
    expect(new Set(actions.map((a) => a.personId))).toEqual(new Set([personId]));
    expect(actions.every((a) => a.linkReason === `人工更正 #${correctionId}`)).toBe(true);
    expect(await t.db.identitySuggestion.count()).toBe(0);
    await expect(confirmSuggestion(t.db, { suggestionId: suggestion.id, decidedBy: "编辑" })).rejects.toThrow(/已不存在/);
  });
});

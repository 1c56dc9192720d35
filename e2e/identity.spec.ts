import { expect, type Page, test } from "@playwright/test";

// The token the e2e server runs with (playwright.config.ts sets it for the server and the specs).
const TOKEN = process.env.RENMIAN_EDITOR_TOKEN ?? "";

// One person's career with a long gap and a change of organ kind: a judge appointed in 2012 and
// removed in 2013, and a procurator of the same name appointed in 2026. Nothing printed links them.
const LISTS = `重庆市人民代表大会常务委员会任免名单
（2012年5月24日重庆市第三届人民代表大会常务委员会第三十二次会议通过）

一、任命
钟离远航为重庆市第一中级人民法院审判员。

重庆市人民代表大会常务委员会任免名单
（2013年7月25日重庆市第四届人民代表大会常务委员会第四次会议通过）

一、免去
钟离远航的重庆市第一中级人民法院审判员职务。

重庆市人民代表大会常务委员会任免名单
（2026年1月15日重庆市第六届人民代表大会常务委员会第二十一次会议通过）

一、任命
钟离远航为重庆市人民检察院第四分院检察员。
`;

async function signInAndImport(page: Page) {
  await page.goto("/import");
  await page.getByRole("link", { name: "登录后导入" }).click();
  await page.getByLabel("编辑令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByLabel("或粘贴公告文字").fill(LISTS);
  await page.getByRole("button", { name: "预览" }).click();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("heading", { name: "导入完成" })).toBeVisible({ timeout: 60_000 });
}

test("a 可能是同一人 suggestion confirmed by an editor", async ({ page }) => {
  test.setTimeout(180_000); // an import and a merge on a busy machine
  await signInAndImport(page);

  await page.goto("/");
  await page.getByLabel("搜索人员（姓名或拼音）").fill("钟离远航");
  await page.getByLabel("搜索人员（姓名或拼音）").press("Enter");
  await expect(page.getByRole("link", { name: /钟离远航/ })).toHaveCount(2);
  await page
    .getByRole("link", { name: /钟离远航/ })
    .first()
    .click();

  // Two people, each page showing the other as "可能是同一人" with the evidence, and the rule that kept them apart.
  const suggestion = page.getByRole("region", { name: "可能是同一人" });
  await expect(suggestion).toContainText("依据：同名；2013-07-25见于重庆市第一中级人民法院审判员");
  await expect(suggestion).toContainText("no-evidence-new-person");
  const here = page.url();

  await suggestion.getByRole("button", { name: /^确认与 钟离远航 #\d+ 是同一人$/ }).click();
  await expect(page.getByRole("status")).toContainText("已确认是同一人");
  const log = page.getByRole("region", { name: "更正记录" });
  await expect(log.getByRole("listitem")).toHaveCount(1);
  await expect(log).toContainText("确认同一人（合并）");
  await expect(log).toContainText("确认“可能是同一人”：同名；2013-07-25见于重庆市第一中级人民法院审判员");
  await expect(page.getByRole("region", { name: "拆分：这些记录属于另一人" }).getByRole("checkbox")).toHaveCount(3);

  // Both old addresses lead to the one person, whose page no longer offers the suggestion.
  await page.goto(here);
  await expect(page.getByText("3 项任免记录", { exact: false })).toBeVisible();
  await expect(page.getByRole("region", { name: "可能是同一人" })).toHaveCount(0);
});

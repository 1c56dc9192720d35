import { expect, type Page, test } from "@playwright/test";

// The token the e2e server runs with (RENMIAN_EDITOR_TOKEN is passed on to it by Playwright).
const TOKEN = process.env.RENMIAN_EDITOR_TOKEN ?? process.env.E2E_EDITOR_TOKEN ?? "";

async function signInIfAsked(page: Page) {
  const notice = page.getByText("更正会修改数据，需要编辑令牌。");
  if (!(await notice.isVisible())) return;
  await notice.getByRole("link", { name: "登录" }).click();
  await page.getByLabel("编辑令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("heading", { name: /^更正身份：/ })).toBeVisible();
}

test("split a person's entries off as someone else, merge them back, and undo both", async ({ page }) => {
  // 易晓东 in [六届]第58号: appointed 一中院院长, removed from 成渝金融法院 (a move, so one person).
  await page.goto("/");
  await page.getByLabel("搜索人员（姓名或拼音）").fill("易晓东");
  await page.getByLabel("搜索人员（姓名或拼音）").press("Enter");
  await page
    .getByRole("link", { name: /易晓东/ })
    .first()
    .click();
  await page.getByRole("link", { name: "更正身份" }).click();
  await expect(page.getByRole("heading", { name: "更正身份：易晓东" })).toBeVisible();
  const originalUrl = page.url();
  const originalId = Number(/\/people\/(\d+)\/corrections/.exec(originalUrl)![1]);
  await signInIfAsked(page);

  const split = page.getByRole("region", { name: "拆分：这些记录属于另一人" });
  await expect(split.getByRole("checkbox")).toHaveCount(4);
  const appointed = split
    .getByRole("row")
    .filter({ has: page.getByRole("checkbox", { name: "2024-11-28 决定任命 重庆市第一中级人民法院院长" }) });
  await expect(appointed).toContainText("同一公告中免去成渝金融法院副院长、任命重庆市第一中级人民法院院长，视为调任");

  // Split: the 成渝金融法院 entries are someone else.
  for (const post of ["副院长", "审判委员会委员", "审判员"]) {
    await split.getByRole("checkbox", { name: `2024-11-28 免去 成渝金融法院${post}` }).check();
  }
  await split.getByLabel("理由").fill("成渝金融法院的易晓东另有其人（测试）");
  await split.getByLabel("决定人").fill("测试编辑");
  await split.getByRole("button", { name: "拆分为另一人" }).click();

  await expect(page.getByRole("status")).toContainText("已拆分");
  await expect(page).not.toHaveURL(new RegExp(`/people/${originalId}/corrections`));
  const splitUrl = page.url();
  const newId = Number(/\/people\/(\d+)\/corrections/.exec(splitUrl)![1]);
  const moved = page.getByRole("region", { name: "拆分：这些记录属于另一人" });
  await expect(moved.getByRole("checkbox")).toHaveCount(3);
  await expect(moved.getByRole("row").nth(1)).toContainText(/人工更正 #\d+/);
  const log = page.getByRole("region", { name: "更正记录" });
  await expect(log.getByRole("listitem")).toHaveCount(1);
  await expect(log).toContainText("测试编辑");

  // Merge back: the other 易晓东 is offered, told apart by organ.
  const merge = page.getByRole("region", { name: "合并：此人与另一人是同一人" });
  await merge
    .getByLabel("合并到同名人员")
    .selectOption({ label: `易晓东 · 重庆市第一中级人民法院（2024-11-28，1 条记录，#${originalId}）` });
  await merge.getByLabel("理由").fill("核对后确认是同一人（测试）");
  await merge.getByLabel("决定人").fill("测试编辑");
  await merge.getByRole("button", { name: "合并" }).click();

  await expect(page.getByRole("status")).toContainText("已合并");
  await expect(page).toHaveURL(new RegExp(`/people/${originalId}/corrections\\?done=merge`));
  await expect(page.getByRole("region", { name: "拆分：这些记录属于另一人" }).getByRole("checkbox")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "更正记录" }).getByRole("listitem")).toHaveCount(2);

  // The split-off person's old address leads to the merged person.
  await page.goto(`/people/${newId}`);
  await expect(page).toHaveURL(new RegExp(`/people/${originalId}$`));
  await page.getByRole("link", { name: "更正身份" }).click();

  // Undo the merge, then the split: back to what the rules alone say.
  const undo = async (label: RegExp) => {
    const item = page.getByRole("region", { name: "更正记录" }).getByRole("listitem").filter({ hasText: label });
    await item.getByLabel("撤销人").fill("测试编辑");
    await item.getByRole("button", { name: /撤销更正/ }).click();
    await expect(page.getByRole("status")).toContainText("已撤销");
  };
  await undo(/合并/);
  await expect(page.getByRole("region", { name: "拆分：这些记录属于另一人" }).getByRole("checkbox")).toHaveCount(1);
  await undo(/拆分/);
  await expect(page.getByRole("region", { name: "拆分：这些记录属于另一人" }).getByRole("checkbox")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "更正记录" }).getByText("已撤销")).toHaveCount(2);
});

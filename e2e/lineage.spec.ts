import { expect, type Page, test } from "@playwright/test";

// The token the e2e server runs with (playwright.config.ts sets it for the server and the specs).
const TOKEN = process.env.RENMIAN_EDITOR_TOKEN ?? "";
const FIXTURES = ["e2e/fixtures/lineage/2015-liangping-county.txt", "e2e/fixtures/lineage/2018-liangping-district.txt"];

async function importFixtures(page: Page) {
  await page.goto("/import");
  await page.getByRole("link", { name: "登录后导入" }).click();
  await page.getByLabel("编辑令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByLabel("选择文件（可多选）").setInputFiles(FIXTURES);
  await page.getByRole("button", { name: "预览" }).click();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("heading", { name: "导入完成" })).toBeVisible();
}

test("a rename keeps one person and one roster across both names", async ({ page }) => {
  test.setTimeout(180_000); // an import and seven pages on a shared, slow machine
  // Appointed in 2015 under 梁平县人民检察院, removed in 2018 under 重庆市梁平区人民检察院 (梁平县 became 梁平区 on 2016-12-02).
  await importFixtures(page);

  await page.goto("/search?q=柯小满");
  const people = page.getByRole("link", { name: /^柯小满/ });
  await expect(people).toHaveCount(1);
  await people.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("柯小满");
  const personUrl = new URL(page.url()).pathname;
  const posts = page.getByRole("region", { name: "重庆市梁平区人民检察院", exact: true });
  await expect(posts).toContainText("副检察长");
  await expect(posts).toContainText("2015-03-26");
  await expect(posts).toContainText("2018-05-30");

  // The organ is found under the name it was printed with in 2015, and shown under its present name.
  await page.goto("/orgs");
  await page.getByRole("searchbox", { name: "机构名称" }).fill("梁平县");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("link", { name: /梁平/ })).toHaveCount(1);
  await page.getByRole("link", { name: "重庆市梁平区人民检察院" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆市梁平区人民检察院");

  const names = page.getByRole("region", { name: "名称与沿革" });
  await expect(names).toContainText("重庆市梁平县人民检察院（2016-12-02 更名为重庆市梁平区人民检察院）");
  await expect(names).toContainText("梁平县武隆县撤县设区");
  await expect(names.getByRole("listitem").filter({ hasText: /^梁平县人民检察院/ })).toContainText("2015-03-26");

  // One roster: held under the old name in 2016, by the same person.
  await page.getByLabel("查看日期").fill("2016-06-01");
  await page.getByRole("button", { name: "查看", exact: true }).click();
  const deputy = page
    .getByRole("table", { name: /在任人员/ })
    .getByRole("row")
    .filter({ hasText: "柯小满" });
  await expect(deputy).toHaveCount(1);
  await expect(deputy).toContainText("副检察长");
  await expect(deputy.getByRole("link", { name: "柯小满", exact: true })).toHaveAttribute("href", personUrl);

  // The change log joins both names: the arrival and the departure name the same person.
  const changes = page.getByRole("region", { name: /人事变动/ });
  const lines = changes.getByRole("listitem").filter({ hasText: /^柯小满/ });
  await expect(lines).toHaveCount(2);
  for (const line of await lines.all())
    await expect(line.getByRole("link", { name: "柯小满", exact: true })).toHaveAttribute("href", personUrl);
});

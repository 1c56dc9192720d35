import { expect, type Page, test } from "@playwright/test";

const CQ = "重庆市人民代表大会常务委员会";

// Several page loads per test on a machine shared with other builds: a budget, not an assertion.
test.describe.configure({ timeout: 120_000 });

async function openOrgan(page: Page, name: string) {
  await page.goto("/orgs");
  // Follow the link's address (a page load, not a client transition, on a slow shared machine).
  await page.goto((await page.getByRole("link", { name, exact: true }).first().getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

async function openPerson(page: Page, name: string) {
  await page.goto(`/search?q=${encodeURIComponent(name)}`);
  await page
    .getByRole("link", { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

test("the high court: what the data covers, 院长 unknown, 蒋佩伏 on one line, and a 2024 log of six departures", async ({ page }) => {
  await openOrgan(page, "重庆市高级人民法院");
  await expect(page.getByTestId("organ-coverage")).toHaveText(
    `资料范围：${CQ}公告 3 份（2009-12-03 至 2024-11-28），其中 1 份涉及本机构（2024-11-28）。`,
  );
  await expect(page.getByTestId("roster-coverage")).toContainText(
    "现任指截至 2024-11-28（已收录的最新一份公告）的情况；此后的任免未收录。",
  );

  const roster = page.getByRole("table", { name: /在任人员/ });
  await expect(roster.getByRole("row").nth(1)).toHaveText(/^院长\s*不详（资料未载）/);
  const jiang = roster.getByRole("row", { name: /蒋佩伏/ });
  await expect(jiang).toHaveCount(1);
  await expect(jiang.getByRole("cell").nth(0)).toHaveText("副院长、审判委员会委员、审判员");

  await page.getByLabel("从", { exact: true }).fill("2024-01-01");
  await page.getByLabel("至", { exact: true }).fill("2024-12-31");
  await page.getByRole("button", { name: "查看变动" }).click();
  await expect(page.getByRole("region", { name: "变动汇总" })).toContainText("1 份公告，新任 1 人次，离任 6 人次，本机构内调整 0 人次");
  const left = page.getByRole("heading", { name: "离任", level: 4 }).locator("..").getByRole("listitem");
  await expect(left).toHaveCount(6);
  for (const name of ["李生龙", "曹世海", "王彦", "赵虹", "彭四川", "陈怡"]) await expect(left.filter({ hasText: name })).toHaveCount(1);
});

test("no successor on a many-seat post; a one-seat post handed over on the day names its predecessor", async ({ page }) => {
  await openPerson(page, "蒋佩伏");
  const posts = page.getByRole("region", { name: "重庆市第三中级人民法院" });
  await expect(posts).toContainText("副院长、审判委员会委员、审判员");
  await expect(page.getByText(/继任/)).toHaveCount(0);
  await expect(page.getByText(/前任/)).toHaveCount(0);

  await openPerson(page, "彭贵");
  await expect(page.getByRole("region", { name: "重庆两江新区人民法院" })).toContainText("院长 · 前任：王剑波（至 2024-11-28）");
});

test("a person page never says 至今 without 截至, and says where a start predates the data", async ({ page }) => {
  await openPerson(page, "蒋佩伏");
  await expect(page.getByText("现任（截至 2024-11-28）：重庆市高级人民法院副院长、审判委员会委员、审判员")).toBeVisible();
  await expect(page.getByRole("region", { name: "重庆市高级人民法院" })).toContainText("至今（截至 2024-11-28）");
  await expect(page.getByRole("region", { name: "重庆市第三中级人民法院" })).toContainText(
    "起始不详（任命未见于已收录公告；资料始于 2009-12-03），早于 2024-11-28 已任",
  );
  await expect(page.getByTestId("person-coverage")).toContainText(`${CQ}公告 3 份（2009-12-03 至 2024-11-28）`);
  const body = await page.locator("main").innerText();
  expect(body.match(/至今(?!（截至 \d{4}-\d{2}-\d{2}）)/g)).toBeNull();

  // 王鸿举 resigned as mayor in the first announcement held from the issuer: he was in post before the data begins.
  await openPerson(page, "王鸿举");
  await expect(page.getByRole("region", { name: "重庆市人民政府" })).toContainText("资料起始（2009-12-03）前已任");
});

test("the municipal government's acting mayor is dated by the data, not called current for ever", async ({ page }) => {
  await openOrgan(page, "重庆市人民政府");
  const huang = page.getByRole("table", { name: /在任人员/ }).getByRole("row", { name: /黄奇帆/ });
  await expect(huang.getByRole("cell").nth(0)).toHaveText("代理市长");
  await expect(huang.getByRole("cell").nth(3)).toContainText("王鸿举（至 2009-12-03）");
  await expect(page.getByTestId("roster-coverage")).toContainText("截至 2024-11-28");
  await expect(page.getByText(/代理职务一般由此后的人民代表大会选举结束/)).toBeVisible();
});

test("the home page shows coverage per issuer", async ({ page }) => {
  await page.goto("/");
  const table = page.getByRole("region", { name: "资料范围（按发布机关）" }).getByRole("table");
  await expect(table.getByRole("row", { name: new RegExp(CQ) })).toHaveText(new RegExp(`${CQ}\\s*3\\s*2009-12-03\\s*2024-11-28`));
  expect(await table.getByRole("row").count()).toBeGreaterThan(2);
});

import { expect, test } from "@playwright/test";

test("a two-character name typed in the header search leads to that person's page", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "搜索人员（姓名或拼音）" });
  await box.fill("王峰");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { name: /“王峰”的搜索结果/ })).toBeVisible();
  await page.getByRole("link", { name: /^王峰/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("王峰");
  const posts = page.getByRole("region", { name: "重庆市人民检察院", exact: true });
  await expect(posts).toContainText("检察委员会委员");
  await expect(posts).toContainText("至今");
  // Each post links to the clause it came from.
  await posts
    .getByRole("link", { name: /2024-11-28/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/announcements\/\d+#clause-\d+$/);
  // The clause is a <mark>; the link's target is the mark itself or an anchor inside it (several entries share a clause).
  const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`mark.clause[id="${target}"], mark.clause:has([id="${target}"])`)).toContainText("王峰");
});

test("pinyin initials find 姜国杰, and the result shows the current post", async ({ page }) => {
  await page.goto("/search?q=jgj");
  const result = page.getByRole("listitem").filter({ hasText: "姜国杰" });
  await expect(result).toContainText("重庆市人民政府副市长");
  await expect(result).toContainText("最近一次 2024-11-28");
  await result.getByRole("link", { name: /姜国杰/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("姜国杰");
  await expect(page.getByRole("region", { name: "重庆市人民政府", exact: true })).toContainText("副市长");
});

test("full pinyin and Traditional input both work; a move reads as a move", async ({ page }) => {
  await page.goto("/search?q=jiangguojie");
  await expect(page.getByRole("link", { name: /姜国杰/ })).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent("蔣佩伏")}`);
  await page.getByRole("link", { name: /蒋佩伏/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("蒋佩伏");
  const move = page
    .getByRole("region", { name: /任免时间线/ })
    .getByRole("listitem")
    .first();
  await expect(move).toContainText("调任");
  await expect(move).toContainText("由 重庆市第三中级人民法院副院长、审判委员会委员、审判员");
  await expect(move).toContainText("调任 重庆市高级人民法院副院长、审判委员会委员、审判员");
  // Nobody saw the 三中院 appointment: its start is shown as "before", not as a date.
  await expect(page.getByRole("region", { name: "重庆市第三中级人民法院", exact: true })).toContainText("早于 2024-11-28");
  await expect(page.getByRole("link", { name: "更正身份" })).toHaveAttribute("href", /\/people\/\d+\/corrections$/);

  // The timeline as CSV: the unknown start stays empty, never a made-up date.
  const csv = await page.request.get((await page.getByRole("link", { name: "导出任职经历 CSV" }).getAttribute("href"))!);
  const text = (await csv.body()).toString("utf8");
  expect(text.startsWith("\uFEFFperson_id,person_name,organization,post,status,")).toBe(true);
  const third = text.split("\r\n").filter((l) => l.includes("重庆市第三中级人民法院"));
  expect(third).toHaveLength(3);
  expect(third.every((l) => /,unknown-start,no,,,,2024-11-28,免去,\d+(,|$)/.test(l))).toBe(true); // provenance columns follow
});

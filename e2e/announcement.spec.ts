import { expect, test } from "@playwright/test";

test("home page lists the sample announcements and links to one with its clauses marked", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "最新公告" })).toBeVisible();
  await expect(page.getByTestId("count-announcements")).not.toHaveText("0");

  await page.getByRole("link", { name: /重庆市人民代表大会常务委员会 公告\[六届\]第58号/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("第58号");

  const clause = page.locator("mark.clause", { hasText: "姜国杰" });
  await expect(clause).toBeVisible();
  await expect(clause).toContainText("副市长");

  const row = page.getByRole("row", { name: /姜国杰/ });
  await expect(row.getByRole("cell", { name: "决定任命" })).toBeVisible();
  await expect(row.getByRole("cell", { name: "副市长", exact: true })).toBeVisible();
});

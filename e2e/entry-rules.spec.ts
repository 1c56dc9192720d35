// Issue 12: the announcement page says, per entry, which parser rules read it.
import { expect, test } from "@playwright/test";

test("each entry of an announcement names the rules that read it, with their reasons and its lines", async ({ page }) => {
  await page.goto("/announcements/1");
  const table = page.getByRole("table", { name: /任免事项/ });
  await expect(table.getByRole("columnheader", { name: "读取规则" })).toBeVisible();
  const rows = table.getByRole("row").filter({ hasNot: page.getByRole("columnheader") });
  const first = rows.first().locator("details.entry-rules");
  await expect(first).toHaveCount(1);
  const summary = first.locator("summary");
  await expect(summary).not.toBeEmpty();
  await summary.click();
  await expect(first.getByRole("listitem").filter({ hasText: /原文第 \d+/ })).toBeVisible();
  // every row is explained: the stored text parsed again finds each stored entry
  await expect(rows.filter({ hasText: "现行解析规则未在此处读出" })).toHaveCount(0);
});

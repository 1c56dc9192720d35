import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readCsv } from "../lib/export/testing";

test("filter the actions to 免去 at 重庆市高级人民法院, sort, hide a column, and export exactly those rows", async ({ page }) => {
  await page.goto("/actions");
  await page.getByText(/^免组细分/).click(); // the kinds of a group open under it
  await page.getByRole("group", { name: /事项/ }).getByRole("checkbox", { name: "免去", exact: true }).check();
  await page.getByRole("combobox", { name: "机构" }).fill("重庆市高级人民法院");
  await page.getByRole("button", { name: "筛选" }).click();

  await expect(page).toHaveURL(/kind=%E5%85%8D%E5%8E%BB/);
  await expect(page.getByRole("status")).toHaveText("共 10 条记录");
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(11);
  for (const cell of await table
    .getByRole("row")
    .filter({ hasNot: page.getByRole("columnheader") })
    .all()) {
    await expect(cell).toContainText("免去");
    await expect(cell).toContainText("重庆市高级人民法院");
  }

  // Sort by name (in the database, state in the URL), hide the announcement column; a reload keeps both.
  await table.getByRole("button", { name: /姓名/ }).click();
  await expect(page).toHaveURL(/sort=person/);
  await page.getByRole("checkbox", { name: "公告", exact: true }).uncheck();
  await expect(page).toHaveURL(/hide=announcement/);
  await page.reload();
  await expect(page.getByRole("columnheader", { name: /公告/ })).toHaveCount(0);
  const onScreen = await Promise.all(
    (await page.getByRole("table").getByRole("row").all()).slice(1).map((row) => row.getByRole("cell").nth(1).innerText()),
  );
  await expect(page.getByRole("columnheader", { name: /姓名/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("status")).toHaveText("共 10 条记录");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /导出 CSV/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^renmian-actions-免去-org_重庆市高级人民法院-as-of-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = readCsv(bytes.subarray(3).toString("utf8"));
  expect(header.join(",")).toBe(
    "date,announcement_id,announcement_number,person_id,person_name,action,organization,post,action_id," +
      "issuer,meeting,action_group,acting,source_url,clause,person_url",
  );
  expect(rows).toHaveLength(10);
  expect(rows.every((r) => r[11] === "免" && r[14].includes(r[4]) && r[15].endsWith(`/people/${r[3]}`))).toBe(true);
  expect(rows.every((r) => r[0] === "2024-11-28" && r[5] === "免去" && r[6] === "重庆市高级人民法院")).toBe(true);
  expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(["李生龙", "曹世海", "王彦", "赵虹", "彭四川", "陈怡"]));
  // In the order shown on screen: by name, ascending.
  const names = rows.map((r) => r[4]);
  expect(names).toEqual(onScreen);
  expect(names).toEqual([...names].sort());
});

test("the table pages in the database and the page number lives in the URL", async ({ page }) => {
  await page.goto("/actions?pageSize=20");
  const total = Number((await page.getByRole("status").innerText()).replace(/\D/g, ""));
  expect(total).toBeGreaterThan(20);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(21);
  await page.getByRole("navigation", { name: "任免记录分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("navigation", { name: "任免记录分页" }).locator("[aria-current=page]")).toHaveText("2");
});

import { expect, test } from "@playwright/test";
import { readCsvRecords } from "../lib/export/testing";

// Several page loads per test on a machine shared with other builds: a budget, not an assertion.
test.describe.configure({ timeout: 120_000 });

test("the third intermediate court: 王剑波 院长 since 2024-11-28, and 蒋佩伏's move in the change log", async ({ page }) => {
  await page.goto("/orgs");
  const courts = page.getByRole("region", { name: /人民法院/ });
  await expect(courts.getByRole("link", { name: "重庆市高级人民法院" })).toBeVisible();
  await courts.getByRole("link", { name: "重庆市第三中级人民法院" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆市第三中级人民法院");
  await expect(page.getByRole("link", { name: "重庆市高级人民法院" }).first()).toBeVisible(); // the parent organ
  const roster = page.getByRole("table", { name: /在任人员/ });
  const head = roster.getByRole("row", { name: /院长 王剑波/ });
  await expect(head.getByRole("cell").nth(0)).toHaveText("院长");
  await expect(head.getByRole("cell").nth(2)).toContainText("2024-11-28");
  await expect(head.getByRole("link", { name: /第58号/ })).toBeVisible();
  // One line per person, by their most senior post: 院长 first; 吴涛's two posts on one line.
  await expect(roster.getByRole("row").nth(1)).toContainText("院长");
  await expect(roster.getByRole("row", { name: /吴涛/ }).getByRole("cell").nth(0)).toHaveText("审判委员会委员、审判员");
  await expect(roster.getByRole("row").last()).toContainText("民事审判第二庭庭长");

  const changes = page.getByRole("region", { name: /人事变动/ });
  const jiang = changes.getByRole("listitem").filter({ hasText: /^蒋佩伏/ });
  await expect(jiang).toContainText("副院长、审判委员会委员、审判员");
  await expect(jiang).toContainText("调任 重庆市高级人民法院副院长");
  await expect(changes.getByRole("listitem").filter({ hasText: /^余云中/ })).toContainText(
    "由 民事审判第一庭副庭长 改任 民事审判第二庭庭长",
  );
  await expect(changes.getByRole("listitem").filter({ hasText: /^王剑波/ })).toContainText("调自 重庆两江新区人民法院院长");

  // The roster as CSV, for the date shown.
  const href = await page.getByRole("link", { name: "导出名单 CSV" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  expect(lines[0]).toBe(
    "as_of,organization,post,post_rank,person_id,person_name,start_date,start_known,held_before,acting,start_announcement_id," +
      "start_announcement_number,start_issuer,start_meeting,start_source_url,start_clause,person_url",
  );
  expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2},重庆市第三中级人民法院,院长,0,\d+,王剑波,2024-11-28,yes,,no,\d+,/);
  const records = readCsvRecords(body.subarray(3).toString("utf8"));
  expect(records).toHaveLength(4);
  const [first] = records;
  expect(first.start_announcement_number).toMatch(/第58号/);
  expect(first.start_issuer).toBe("重庆市人民代表大会常务委员会");
  expect(first.start_clause).toContain("王剑波");
  expect(first.person_url).toMatch(new RegExp(`^http://[^/]+/people/${first.person_id}$`));
});

test("the date picker moves the roster, the URL keeps it, and unknown starts are shown honestly", async ({ page }) => {
  await page.goto("/orgs");
  await page.getByRole("searchbox", { name: "机构名称" }).fill("第三中级");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("link", { name: "重庆市第一中级人民法院" })).toHaveCount(0);
  await page.getByRole("link", { name: "重庆市第三中级人民法院" }).click();

  await page.getByLabel("查看日期").fill("2024-11-27");
  await page.getByRole("button", { name: "查看", exact: true }).click();
  await expect(page).toHaveURL(/at=2024-11-27/);
  await expect(page.getByRole("heading", { name: "2024-11-27 在任人员" })).toBeVisible();
  // Nobody's start is known that day: the 院长 is said to be unknown rather than left out.
  await expect(page.getByRole("table", { name: /在任人员/ }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table", { name: /在任人员/ }).getByRole("row", { name: /^院长/ })).toContainText("不详（资料未载）");
  const unknown = page.getByRole("heading", { name: "任职起始不详" }).locator("..");
  await expect(unknown).toContainText("副院长、审判委员会委员、审判员：蒋佩伏");
  await expect(unknown).toContainText("早于 2024-11-28 已任");

  await page.reload();
  await expect(page.getByLabel("查看日期")).toHaveValue("2024-11-27");

  // Changes between two dates.
  await page.getByLabel("从", { exact: true }).fill("2025-01-01");
  await page.getByRole("button", { name: "查看变动" }).click();
  await expect(page).toHaveURL(/from=2025-01-01/);
  await expect(page.getByText("没有变动记录。")).toBeVisible();

  await page.getByLabel("从", { exact: true }).fill("2024-01-01");
  await page.getByLabel("至", { exact: true }).fill("2024-12-31");
  await page.getByRole("button", { name: "查看变动" }).click();
  await expect(page).toHaveURL(/from=2024-01-01&to=2024-12-31/);
  // The summary counts every arrival and departure listed below, removals with unknown starts included.
  const summary = page.getByRole("region", { name: "变动汇总" });
  await expect(summary).toContainText("1 份公告，新任 2 人次，离任 2 人次，本机构内调整 1 人次");
  await expect(page.getByRole("region", { name: /人事变动/ }).getByRole("link", { name: /第58号/ })).toBeVisible();
});

// Issue 14: pages people would rather look at, on a phone (390 px) and a laptop (1366 px).
import { expect, type Page, test } from "@playwright/test";

const WIDTHS = [390, 1366] as const;

/** Console errors and uncaught exceptions of a page, collected while the test runs. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    // A failed load is checked below by its URL: the 404 and 400 pages these specs ask for are not errors.
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== "document") errors.push(`${r.status()} ${r.url()}`);
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

async function organPath(page: Page): Promise<string> {
  await page.goto("/search?q=第三中级");
  return (await page.getByRole("link", { name: "重庆市第三中级人民法院", exact: true }).getAttribute("href"))!;
}

async function personPath(page: Page, organ: string): Promise<string> {
  await page.goto(organ);
  // The 院长's own link (the roster may name a namesake elsewhere, kept apart by the identity rules).
  return (await page
    .getByRole("table", { name: /在任人员/ })
    .getByRole("row", { name: /院长 王剑波/ })
    .getByRole("link", { name: "王剑波" })
    .first()
    .getAttribute("href"))!;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const width of WIDTHS) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 600 ? 844 : 800 } });

    test("no page kind scrolls sideways, every page has its own title, and no console error", async ({ page }) => {
      const errors = watchErrors(page);
      const organ = await organPath(page);
      const person = await personPath(page, organ);
      await page.goto("/actions");
      const announcement = (await page.getByRole("table").getByRole("link", { name: /公告/ }).first().getAttribute("href"))!.split("#")[0];
      const pages: [string, RegExp][] = [
        ["/", /^任免 Renmian$/],
        ["/actions", /^任免记录 · /],
        ["/orgs", /^机构 · /],
        [organ, /^重庆市第三中级人民法院 · /],
        [person, /^王剑波 · /],
        [announcement, /公告/],
        ["/search?q=王", /^搜索：王 · /],
        ["/import", /^导入 · /],
        ["/no-such-page", /^找不到页面 · /],
        ["/people/999999", /^找不到页面 · /],
      ];
      for (const [path, title] of pages) {
        await page.goto(path);
        await expect(page, path).toHaveTitle(title);
        expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      }
      expect(errors).toEqual([]);
    });

    test("charts on the organ, person and home pages, each with its name and a table of the same facts", async ({ page }) => {
      const errors = watchErrors(page);
      const organ = await organPath(page);
      await page.goto(`${organ}?at=2024-11-27`);
      const timeline = page.getByRole("img", { name: /重庆市第三中级人民法院各职务任职时间图：\d+ 个职务、\d+ 段任职，标出 2024-11-27/ });
      await expect(timeline).toBeVisible();
      // Bars link to the people; the roster's date is marked.
      await expect(timeline.locator('a[href^="/people/"]').first()).toBeAttached();
      await expect(timeline.getByText("2024-11-27")).toBeAttached();
      const facts = page.getByRole("table", { name: /各职务任职经过/ });
      await expect(facts.getByRole("row", { name: /院长 王剑波 2024-11-28/ }).first()).toBeAttached();

      await page.goto(await personPath(page, organ));
      await expect(page.getByRole("img", { name: /^王剑波的任职经历图：\d+ 项任职/ })).toBeVisible();
      await expect(
        page
          .getByRole("table", { name: /王剑波的任职经历/ })
          .getByRole("row", { name: /重庆市第三中级人民法院 院长 2024-11-28/ })
          .first(),
      ).toBeAttached();

      await page.goto("/");
      await expect(page.getByRole("img", { name: /^每月任免事项数，按发布机关：\d{4}-\d{2} 至 \d{4}-\d{2}，共 \d+ 项$/ })).toBeVisible();
      await expect(page.getByRole("table", { name: /每月任免事项数/ }).getByRole("row", { name: /^2024-11/ })).toBeAttached();
      expect(errors).toEqual([]);
    });

    test("the 免 group finds every removal, in the URL, the table and the CSV", async ({ page }) => {
      await page.goto("/actions?kind=免去");
      const onlyMianqu = Number((await page.getByRole("status").innerText()).replace(/\D/g, ""));
      await page.goto("/actions");
      if (width < 640) await page.getByText("筛选条件").click(); // folded away on a phone
      await page.getByRole("checkbox", { name: /^免\s*（免去/ }).check();
      await page.getByRole("button", { name: "筛选", exact: true }).click();
      await expect(page).toHaveURL(/group=%E5%85%8D/);
      const total = Number((await page.getByRole("status").innerText()).replace(/\D/g, ""));
      expect(total).toBeGreaterThan(onlyMianqu);
      const rows = await page
        .getByRole("table")
        .getByRole("row")
        .filter({ hasNot: page.getByRole("columnheader") })
        .all();
      const kinds = new Set(await Promise.all(rows.map((row) => row.getByRole("cell").nth(3).innerText())));
      for (const k of kinds) expect(k).toMatch(/^免\s*(免去|决定免去|批准免去|撤销职务|罢免)$/);
      const csv = (await (await page.request.get(`/actions.csv?group=${encodeURIComponent("免")}`)).text()).split("\r\n").filter(Boolean);
      expect(csv.length - 1).toBe(total);
      // The group opens onto its kinds; the page keeps the choice.
      await expect(page.getByRole("checkbox", { name: /^免\s*（免去/ })).toBeChecked();
      await page.getByText(/^免组细分/).click();
      await expect(page.getByRole("checkbox", { name: "罢免", exact: true })).toBeVisible();
    });

    test("names and action words never break inside, and filters fold away on a phone", async ({ page }) => {
      await page.goto("/actions?pageSize=30");
      const cells = page.getByRole("table").locator('a[href^="/people/"]');
      for (const a of (await cells.all()).slice(0, 30)) {
        const lines = await a.evaluate((el) => el.getClientRects().length);
        expect(lines, await a.innerText()).toBe(1);
      }
      const form = page.getByRole("form", { name: "筛选任免记录" });
      if (width < 640) {
        await expect(form).toBeHidden();
        await page.getByText("筛选条件").click();
      }
      await expect(form).toBeVisible();
    });

    test("impossible or reversed dates, bad page numbers and over-long queries get a message and a 400", async ({ page }) => {
      const organ = await organPath(page);
      const bad = await page.goto(`${organ}?at=2024-13-45`);
      expect(bad?.status()).toBe(400);
      await expect(page.getByRole("alert").filter({ hasText: "无法按这些条件查询" })).toContainText("查看日期“2024-13-45”不是有效的日期");
      await expect(page.getByRole("heading", { name: /2024-13-45/ })).toHaveCount(0);

      const reversed = await page.goto("/actions?from=2024-05-01&to=2024-01-01");
      expect(reversed?.status()).toBe(400);
      await expect(page.getByRole("alert").filter({ hasText: "无法按这些条件查询" })).toContainText(
        "起始日期 2024-05-01 晚于结束日期 2024-01-01",
      );

      expect((await page.goto("/actions?page=abc"))?.status()).toBe(400);
      await expect(page.getByRole("alert").filter({ hasText: "无法按这些条件查询" })).toContainText("页码“abc”无效");

      const long = await page.goto(`/search?q=${"王".repeat(41)}`);
      expect(long?.status()).toBe(400);
      await expect(page.getByRole("alert").filter({ hasText: "无法按这些条件查询" })).toContainText(
        "搜索词过长（41 个字符），最多 40 个字符",
      );

      expect((await page.request.get(`${organ}/roster.csv?at=2023-02-29`)).status()).toBe(400);
      expect((await page.goto(`${organ}?at=2024-02-29`))?.status()).toBe(200);
    });

    test("one search box finds people and organs, Traditional input too, organs leading to their rosters", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("searchbox", { name: /搜索人员/ }).fill("第三中級人民法院");
      await page.getByRole("searchbox", { name: /搜索人员/ }).press("Enter");
      const organs = page.getByRole("region", { name: /机构/ });
      await organs.getByRole("link", { name: "重庆市第三中级人民法院在任人员名单" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("重庆市第三中级人民法院");
      await expect(page.getByRole("table", { name: /在任人员/ })).toBeVisible();
    });

    test("a skip link reaches the table; a clause link shows its heading; the favicon", async ({ page }) => {
      await page.goto("/actions");
      const skip = page.getByRole("link", { name: "跳到表格" });
      let presses = 0;
      while (presses < 15 && !(await skip.evaluate((el) => el === document.activeElement))) {
        await page.keyboard.press("Tab");
        presses++;
      }
      await expect(skip).toBeFocused();
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      // The first focusable thing after the table frame is in the table's first row.
      expect(await page.evaluate(() => document.activeElement?.closest("#actions-table") !== null)).toBe(true);

      const href = (await page.getByRole("table").getByRole("link", { name: /公告/ }).first().getAttribute("href"))!;
      await page.goto(href);
      const target = page.locator(`[id="${href.split("#")[1]}"]`);
      await expect(target).toBeInViewport();
      await expect(page.getByRole("heading", { name: /原文/ })).toBeInViewport();

      const icon = await page.locator('link[rel="icon"]').getAttribute("href");
      expect(icon).toBe("/favicon.svg");
      expect((await page.request.get(icon!)).status()).toBe(200);
    });
  });
}

import { expect, type Page, test } from "@playwright/test";
import iconv from "iconv-lite";
import { manyLists } from "../lib/import/testing";

// The token the e2e server runs with (playwright.config.ts sets it for the server and the specs).
const TOKEN = process.env.RENMIAN_EDITOR_TOKEN ?? "";

// A list of a meeting that is not in the sample data, so importing it changes something.
const LIST = `重庆市人民代表大会常务委员会任免名单
（2025年3月27日重庆市第六届人民代表大会常务委员会第十五次会议通过）

一、决定任命
向前进为重庆市人民政府秘书长。

二、任命
柳青青为重庆市第五中级人民法院副院长、审判委员会委员、审判员；
司马南风为重庆市人民检察院第三分院检察员。

三、免去
向前进的重庆市发展和改革委员会主任职务；
欧阳明月的重庆市第五中级人民法院副院长职务。
`;

async function signIn(page: Page) {
  await page.goto("/import");
  await page.getByRole("link", { name: "登录后导入" }).click();
  await page.getByLabel("编辑令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByLabel("选择文件（可多选）")).toBeVisible();
}

async function announcementCount(page: Page): Promise<string> {
  await page.goto("/");
  return (await page.getByTestId("count-announcements").textContent()) ?? "";
}

test("reading is public, importing asks for the operator's token", async ({ page }) => {
  await page.goto("/import");
  await expect(page.getByRole("heading", { name: "导入公告" })).toBeVisible();
  await expect(page.getByLabel("选择文件（可多选）")).toHaveCount(0);
  await page.getByRole("link", { name: "登录后导入" }).click();
  await page.getByLabel("编辑令牌").fill("wrong-token");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("令牌不正确，请重新输入。");

  const refused = await page.request.post("/import/api/preview", { multipart: { text: LIST } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toBe("此操作会修改数据，需要先用编辑令牌登录。");

  await page.getByLabel("编辑令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByLabel("选择文件（可多选）")).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "renmian_session")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  expect(cookie.value).not.toContain(TOKEN);
});

test("paste a list, preview it (nothing stored), import it, and read the change summary", async ({ page }) => {
  const before = await announcementCount(page);
  await signIn(page);
  await page.getByLabel("或粘贴公告文字").fill(LIST);
  await page.getByRole("button", { name: "预览" }).click();

  const preview = page.getByRole("region", { name: "预览（尚未写入数据库）" });
  const card = preview.getByRole("article", { name: "粘贴的文本" });
  await expect(card.getByText("新公告")).toBeVisible();
  await expect(card.getByRole("row", { name: /柳青青 任命 重庆市第五中级人民法院 审判委员会委员/ })).toBeVisible();
  await expect(card.getByRole("row")).toHaveCount(8); // header + 7 entries
  await card.getByText("原文（标亮处为提取出任免事项的语句）").click();
  await expect(card.locator("mark.clause", { hasText: "向前进为重庆市人民政府秘书长" })).toBeVisible();
  expect(await announcementCount(page)).toBe(before); // the preview wrote nothing

  await page.goto("/import");
  await page.getByLabel("或粘贴公告文字").fill(LIST);
  await page.getByRole("button", { name: "预览" }).click();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("heading", { name: "导入完成" })).toBeVisible();
  const appointed = page.getByRole("region", { name: "任命" });
  await expect(appointed.getByRole("listitem").filter({ hasText: "柳青青" })).toHaveCount(3);
  await expect(appointed).toContainText("司马南风 任命 重庆市人民检察院第三分院检察员");
  const moved = page.getByRole("region", { name: "调动" });
  await expect(moved).toContainText("向前进：由 重庆市发展和改革委员会主任 改任 重庆市人民政府秘书长");
  await expect(page.getByRole("region", { name: "免职" })).toContainText("欧阳明月 免去 重庆市第五中级人民法院副院长");

  await page
    .getByRole("link", { name: /^#\d+$/ })
    .first()
    .click();
  await expect(page.locator("mark.clause", { hasText: "柳青青" })).toContainText("副院长");
  expect(Number(await announcementCount(page))).toBe(Number(before) + 1);

  // The same text again: nothing new to import.
  await page.goto("/import");
  await page.getByLabel("或粘贴公告文字").fill(LIST);
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByText("这个文件已经导入过")).toBeVisible();
  await expect(page.getByRole("button", { name: "导入", exact: true })).toBeDisabled();
});

test("several files at once: GB18030 text, HTML source, and a PNG refused with a reason", async ({ page }) => {
  await signIn(page);
  const gbList = LIST.replace(/2025年3月27日/, "2025年4月24日")
    .replace("第十五次", "第十六次")
    .replace(/向前进/g, "诸葛晴川");
  const html = `<!DOCTYPE html><html><head><title>x</title><script>document.title="pwned"</script></head><body>${LIST.replace(
    /2025年3月27日/,
    "2025年5月29日",
  )
    .replace("第十五次", "第十七次")
    .split("\n")
    .map((l) => `<p>${l}</p>`)
    .join("")}</body></html>`;
  await page.getByLabel("选择文件（可多选）").setInputFiles([
    { name: "gb18030.txt", mimeType: "text/plain", buffer: iconv.encode(gbList, "gb18030") },
    { name: "page.html", mimeType: "text/html", buffer: Buffer.from(html) },
    { name: "scan.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13]) },
  ]);
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByRole("article", { name: "gb18030.txt" })).toContainText("编码 gb18030");
  await expect(page.getByRole("article", { name: "gb18030.txt" }).getByRole("row", { name: /诸葛晴川 决定任命/ })).toBeVisible();
  await expect(page.getByRole("article", { name: "page.html" })).toContainText("网页源代码，已去掉 HTML 标签");
  await expect(page.getByRole("article", { name: "scan.png" }).getByRole("alert")).toContainText("无法导入：这不是文本文件");
  await expect(page.getByText("将导入 2 个来源")).toBeVisible();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByRole("heading", { name: "导入完成" })).toBeVisible();
  await expect(page.getByText(/gb18030\.txt：已导入 1 条公告、7 项任免事项/)).toBeVisible();
  await expect(page.getByText(/page\.html：已导入 1 条公告、7 项任免事项/)).toBeVisible();
  await expect(page.getByText("scan.png：未导入：这不是文本文件", { exact: false })).toBeVisible();
  await expect(page).not.toHaveTitle("pwned");
});

test("markup and SQL in the text are stored as text and shown escaped; no script runs", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await signIn(page);
  const evil = LIST.replace(/2025年3月27日/, "2025年6月26日")
    .replace("第十五次", "第十八次")
    .replace(
      "一、决定任命",
      `<script>window.__pwned = 1; alert(1)</script>\n<img src=x onerror="window.__pwned = 2; alert(2)">\n'; DROP TABLE "Person"; --\n一、决定任命`,
    );
  await page.getByLabel("或粘贴公告文字").fill(evil);
  await page.getByRole("button", { name: "预览" }).click();
  const card = page.getByRole("article", { name: "粘贴的文本" });
  await card.getByText("原文（标亮处为提取出任免事项的语句）").click();
  await expect(card.getByText(`<script>window.__pwned = 1; alert(1)</script>`)).toBeVisible();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page
    .getByRole("link", { name: /^#\d+$/ })
    .first()
    .click();
  await expect(page.getByText(`<img src=x onerror="window.__pwned = 2; alert(2)">`)).toBeVisible();
  await expect(page.getByText(`'; DROP TABLE "Person"; --`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  await page.goto("/");
  await expect(page.getByTestId("count-people")).not.toHaveText("0");
});

test("size limits are stated and enforced, in the page and by the server", async ({ page }) => {
  await signIn(page);
  await expect(page.getByText(/每个文件或粘贴文本不超过 16 MB、20,000 项任免事项；一次最多 20 个文件，合计不超过 32 MB/)).toBeVisible();
  const big = Buffer.alloc(17 * 1024 * 1024, "任");
  await page.getByLabel("选择文件（可多选）").setInputFiles([{ name: "合订本.txt", mimeType: "text/plain", buffer: big }]);
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/文件“合订本.txt”有 17 MB，超过每个文件 16 MB 的上限/);

  // The server refuses it too, without the page's check.
  const res = await page.request.post("/import/api/preview", {
    multipart: { file: { name: "合订本.txt", mimeType: "text/plain", buffer: big } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(413);
  expect((await res.json()).error).toBe("文件“合订本.txt”有 17 MB，超过每个文件 16 MB 的上限，请拆分后再导入。");

  // A changed file between preview and import is refused as a whole.
  const changed = await page.request.post("/import/api/apply", { multipart: { text: LIST, sha256: "0".repeat(64) } });
  expect(changed.status()).toBe(409);
  expect((await changed.json()).error).toMatch(/与预览时不一致/);
});

test("a large upload shows its progress, and a long preview lists the first announcements", async ({ page }) => {
  await signIn(page);
  const big = manyLists(150, 20); // 150 lists, 3,000 entries
  await page
    .getByLabel("选择文件（可多选）")
    .setInputFiles([{ name: "archive-1998-2000.txt", mimeType: "text/plain", buffer: Buffer.from(big) }]);
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByRole("status")).toContainText("正在分析 1/1：archive-1998-2000.txt");
  await expect(page.getByRole("status").getByRole("progressbar")).toBeVisible();
  const card = page.getByRole("article", { name: "archive-1998-2000.txt" });
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(card.getByText("另有 120 条公告未在预览中列出（导入时一并写入）。")).toBeVisible();
  await expect(card.getByRole("table")).toHaveCount(30);
});

test("two tabs importing the same text at once: one imports it, the other is told it is already there", async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await signIn(a);
  const text = LIST.replace(/2025年3月27日/, "2025年7月31日")
    .replace("第十五次", "第十九次")
    .replace(/柳青青/g, "东方既白");
  for (const page of [a, b]) {
    await page.goto("/import");
    await page.getByLabel("或粘贴公告文字").fill(text);
    await page.getByRole("button", { name: "预览" }).click();
    await expect(page.getByRole("button", { name: "导入", exact: true })).toBeEnabled();
  }
  await Promise.all([
    a.getByRole("button", { name: "导入", exact: true }).click(),
    b.getByRole("button", { name: "导入", exact: true }).click(),
  ]);
  const outcomes = await Promise.all(
    [a, b].map(async (page) => {
      await expect(page.getByRole("heading", { name: "导入完成" })).toBeVisible();
      return (await page.getByRole("region", { name: "导入完成" }).getByRole("listitem").first().textContent()) ?? "";
    }),
  );
  expect(outcomes.filter((o) => o.includes("已导入 1 条公告、7 项任免事项"))).toHaveLength(1);
  expect(outcomes.filter((o) => o.includes("已导入过，未改变"))).toHaveLength(1);
  await a.getByLabel("搜索人员（姓名或拼音）").fill("东方既白");
  await a.getByLabel("搜索人员（姓名或拼音）").press("Enter");
  await a
    .getByRole("link", { name: /东方既白/ })
    .first()
    .click();
  await expect(a.getByText("重庆市第五中级人民法院").first()).toBeVisible();
});

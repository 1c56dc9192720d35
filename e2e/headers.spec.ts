import { expect, test } from "@playwright/test";

test("pages carry a strict nonce-based CSP and the other security headers", async ({ request }) => {
  const first = await request.get("/");
  const h = first.headers();
  const csp = h["content-security-policy"];
  const directives = Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );
  expect(directives["default-src"]).toEqual(["'self'"]);
  expect(directives["script-src"]).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
  expect(directives["script-src"]).not.toContain("'unsafe-inline'");
  expect(directives["script-src"]).not.toContain("'unsafe-eval'");
  expect(directives["object-src"]).toEqual(["'none'"]);
  expect(directives["base-uri"]).toEqual(["'none'"]);
  expect(directives["frame-ancestors"]).toEqual(["'none'"]);
  expect(directives["form-action"]).toEqual(["'self'"]);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["x-powered-by"]).toBeUndefined();

  // A fresh nonce per response, and it is the one on the page's scripts.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const second = (await request.get("/")).headers()["content-security-policy"];
  expect(/'nonce-([^']+)'/.exec(second)![1]).not.toBe(nonce);
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("JSON answers are nosniff, refuse cross-site writes and show no stack or SQL", async ({ request }) => {
  const res = await request.post("/import/api/preview", {
    multipart: { text: "姜国杰为重庆市人民政府副市长。" },
    headers: { origin: "https://evil.example" },
  });
  expect(res.status()).toBe(403);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const body = await res.text();
  expect(JSON.parse(body).error).toBe("拒绝跨站请求：请在本站的导入页面操作。");
  expect(body).not.toMatch(/\bat \S+:\d+|prisma|SELECT|sqlite/i);
});

test("every page runs under the policy without a violation, and the app still works", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp = [
        ...((window as unknown as { __csp?: string[] }).__csp ?? []),
        `${e.violatedDirective} ${e.blockedURI}`,
      ];
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ["/", "/orgs", "/actions", "/search?q=jiang", "/login", "/import", "/announcements/1", "/no-such-page"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    violations.push(...((await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)) ?? []).map((v) => `${path}: ${v}`));
  }
  expect(violations).toEqual([]);
  await expect(page.getByRole("heading", { name: "找不到这个页面" })).toBeVisible();

  // Client-side JavaScript runs (hydrated under the nonce): the import form checks input itself.
  await page.goto("/import");
  await page.getByRole("link", { name: "登录后导入" }).click();
  await page.getByLabel("编辑令牌").fill(process.env.RENMIAN_EDITOR_TOKEN ?? "");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("请先选择文件，或把公告文字粘贴到文本框中。");
});

test("a failing or missing page shows a friendly message, never a stack trace or SQL", async ({ page }) => {
  // An id beyond the database's integer range: the query fails or finds nothing, either way politely.
  for (const path of ["/announcements/99999999999999999999", "/announcements/abc", "/people/-1", "/orgs/1e400"]) {
    const res = await page.goto(path);
    expect(res!.status(), path).toBeGreaterThanOrEqual(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/出错了|找不到这个页面/);
    const text = await page.locator("body").innerText();
    expect(text, path).not.toMatch(/\bat \S+:\d+|prisma|invalid `|SELECT |sqlite|stack/i);
  }
});

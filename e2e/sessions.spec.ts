import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { SESSION_POLICY, sessionIdOf } from "../lib/auth/sessions";
import { createDb } from "../lib/db/client";

// The token the e2e server runs with (playwright.config.ts sets it for the server and the specs).
const TOKEN = process.env.RENMIAN_EDITOR_TOKEN ?? "";
const PREVIEW = { multipart: { text: "姜国杰为重庆市人民政府副市长。" } };

async function signIn(page: Page) {
  await page.goto("/login?next=/import");
  await page.getByLabel("编辑令牌").fill(TOKEN);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByLabel("选择文件（可多选）")).toBeVisible({ timeout: 30_000 });
}

// A busy machine: sign-ins wait on purpose (the throttle), and imports are slow to preview.
test.describe.configure({ timeout: 180_000 });

async function sessionCookie(page: Page): Promise<string> {
  const c = (await page.context().cookies()).find((x) => x.name === "renmian_session");
  expect(c).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  return `renmian_session=${c!.value}`;
}

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
}

test("a cookie kept from before 退出登录 is refused by the server", async ({ page, request }) => {
  await signIn(page);
  const kept = await sessionCookie(page);
  expect((await request.post("/import/api/preview", { ...PREVIEW, headers: { cookie: kept } })).status()).toBe(200);

  await page.goto("/login");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("status")).toHaveText("已退出登录。");

  const replay = await request.post("/import/api/preview", { ...PREVIEW, headers: { cookie: kept } });
  expect(replay.status()).toBe(401);
  // A server action with the kept cookie is refused before its body is read.
  const action = await request.post("/login", {
    headers: { cookie: kept, "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "[]",
  });
  expect(action.status()).toBe(401);
  expect(action.headers()["x-content-type-options"]).toBe("nosniff");
});

/** Signs in through the real sign-in route; the cookie it sets, and the session's id in the database. */
async function signInByForm(request: APIRequestContext): Promise<{ cookie: string; id: string }> {
  const res = await request.post("/login/session", {
    form: { token: TOKEN, next: "/" },
    headers: { origin: new URL(test.info().project.use.baseURL ?? "http://127.0.0.1").origin },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(303);
  const secret = /renmian_session=([^;]+)/.exec(res.headers()["set-cookie"] ?? "")?.[1] ?? "";
  expect(secret).not.toBe("");
  return { cookie: `renmian_session=${secret}`, id: sessionIdOf(secret) };
}

const previewStatus = async (request: APIRequestContext, cookie: string) =>
  (await request.post("/import/api/preview", { ...PREVIEW, headers: { cookie } })).status();

/** What the server answers writes made with this cookie: the upload route, and a server action (checked in the proxy). */
async function writeStatuses(request: APIRequestContext, cookie: string): Promise<number[]> {
  const action = await request.post("/login", {
    headers: { cookie, "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: "[]",
    maxRedirects: 0,
  });
  return [await previewStatus(request, cookie), action.status()];
}

test("a kept cookie is refused once its session has been idle too long, or is too old however active", async ({ request }) => {
  // The server's clock is not ours to move: the session's stored times are moved back instead,
  // in the database the server runs on.
  const db = createDb(process.env.E2E_DATABASE_URL);
  const ago = (ms: number) => new Date(Date.now() - ms);
  const minute = 60_000;
  try {
    const idle = await signInByForm(request);
    // Idle for a little less than the limit: still live (and its use is recorded again).
    await db.editorSession.update({ where: { id: idle.id }, data: { lastUsedAt: ago(SESSION_POLICY.idleMs - 5 * minute) } });
    expect(await previewStatus(request, idle.cookie)).toBe(200);
    expect((await db.editorSession.findUniqueOrThrow({ where: { id: idle.id } })).lastUsedAt.getTime()).toBeGreaterThan(
      ago(minute).getTime(),
    );
    // Idle past the limit: refused, and the session is gone.
    await db.editorSession.update({ where: { id: idle.id }, data: { lastUsedAt: ago(SESSION_POLICY.idleMs + minute) } });
    expect(await writeStatuses(request, idle.cookie)).toEqual([401, 401]);
    expect(await db.editorSession.findUnique({ where: { id: idle.id } })).toBeNull();

    const old = await signInByForm(request);
    // Opened a little less than 12 hours ago and used just now: still live.
    await db.editorSession.update({
      where: { id: old.id },
      data: { createdAt: ago(SESSION_POLICY.absoluteMs - 5 * minute), lastUsedAt: ago(0) },
    });
    expect(await previewStatus(request, old.cookie)).toBe(200);
    // Opened more than 12 hours ago, used just now: refused all the same.
    await db.editorSession.update({
      where: { id: old.id },
      data: { createdAt: ago(SESSION_POLICY.absoluteMs + minute), lastUsedAt: ago(0) },
    });
    expect(await writeStatuses(request, old.cookie)).toEqual([401, 401]);
    expect(await db.editorSession.findUnique({ where: { id: old.id } })).toBeNull();
  } finally {
    await db.$disconnect();
  }
});

test("every sign-in is its own session; an editor sees the active ones and can end another", async ({ browser }) => {
  const mine = await newPage(browser);
  const theirs = await newPage(browser);
  await signIn(mine);
  await signIn(theirs);
  const theirCookie = await sessionCookie(theirs);
  expect(theirCookie).not.toBe(await sessionCookie(mine));

  await mine.goto("/login");
  const list = mine.getByRole("region", { name: "当前有效的编辑会话" });
  await expect(list.getByRole("row").filter({ hasText: "（本浏览器）" })).toHaveCount(1);
  const others = list
    .getByRole("row")
    .filter({ hasNotText: "（本浏览器）" })
    .filter({ has: mine.getByRole("button") });
  expect(await others.count()).toBeGreaterThanOrEqual(1);
  // End every other session, theirs among them (other specs' sign-ins too): one row fewer after
  // each click, so the next click waits for the list to be re-rendered.
  for (let left = await others.count(); left > 0; left--) {
    await others
      .first()
      .getByRole("button", { name: /^结束会话/ })
      .click();
    await expect(others).toHaveCount(left - 1);
  }
  await expect(mine.getByRole("status").filter({ hasText: "已结束该会话。" })).toBeVisible();
  const refused = await theirs.request.post("/import/api/preview", PREVIEW);
  expect(refused.status()).toBe(401);
  await theirs.goto("/import");
  await expect(theirs.getByRole("link", { name: "登录后导入" })).toBeVisible();
  // Mine still works.
  expect((await mine.request.post("/import/api/preview", PREVIEW)).status()).toBe(200);
});

test("writes from another site are refused with 403 and the security headers", async ({ request }) => {
  for (const [path, headers] of [
    ["/login/session", { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }],
    ["/people/1/corrections", { origin: "https://evil.example", "next-action": "0".repeat(42), "content-type": "text/plain" }],
    ["/import/api/apply", { "sec-fetch-site": "cross-site" }],
  ] as const) {
    const res = await request.post(path, { headers, data: "token=x", maxRedirects: 0 });
    expect(res.status(), path).toBe(403);
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
  }
});

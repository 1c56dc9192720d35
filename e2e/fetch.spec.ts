import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readCsvRecords } from "../lib/export/testing";
import { type FixtureSite, startFixtureSite } from "../lib/fetch/testing";

let site: FixtureSite;
test.beforeAll(async () => {
  site = await startFixtureSite();
});
test.afterAll(async () => {
  await site?.close();
});

// Asynchronous: the stand-in site is served from this process, which must stay free to answer.
async function fetchCli(url: string): Promise<string> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/fetch.ts", "--delay-ms", "20", "--timeout-s", "6", url], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, RENMIAN_FETCH_ALLOW_PRIVATE: "1" },
    encoding: "utf8",
  });
  return stdout;
}

test.setTimeout(120_000);

test("fetch a stand-in site's list page, then find the pages in the CSV, the API and the feed", async ({ page, request }) => {
  const first = await fetchCli(`${site.origin}/list.html`);
  expect(first).toMatch(/imported 3 new page\(s\)/);
  expect(first).toMatch(/b\.html: imported .*charset gb/i);
  expect(first).toMatch(/missing\.html: failed — the server answered 404/);
  expect(await fetchCli(`${site.origin}/list.html`)).toMatch(/^nothing new/m);

  // The CSV names the fetched address of each row from the fetched pages.
  const csv = await request.get("/actions.csv?person=王剑波");
  const rows = readCsvRecords((await csv.body()).subarray(3).toString("utf8"));
  expect(rows.map((r) => r.source_url)).toContain(`${site.origin}/b.html`);
  const jiang = readCsvRecords((await (await request.get("/actions.csv?person=姜国杰")).body()).subarray(3).toString("utf8"));
  expect(jiang.some((r) => r.source_url === `${site.origin}/a.html` && r.clause.includes("姜国杰") && r.action_group === "任")).toBe(true);

  // The API finds him, with where it was printed.
  const api = await request.get(`/api/v1/people?q=${encodeURIComponent("姜国杰")}`);
  expect(api.headers()["content-type"]).toContain("application/json");
  const found = await api.json();
  expect(found.people.map((p: { name: string }) => p.name)).toContain("姜国杰");
  const person = await (await request.get(`/api/v1/people/${found.people[0].id}`)).json();
  expect(person.actions.map((a: { source: { url: string } }) => a.source.url)).toContain(`${site.origin}/a.html`);

  // The feed has entries and is valid XML; the home page links it.
  const feed = await request.get("/feed.atom");
  const xml = await feed.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(new XMLParser({ isArray: (n) => n === "entry" }).parse(xml).feed.entry.length).toBeGreaterThan(0);
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.atom$/);

  // The announcement page says where it came from: the publication and a link.
  const ann = person.actions.find((a: { source: { url: string } }) => a.source.url === `${site.origin}/a.html`).announcement;
  await page.goto(`/announcements/${ann.id}`);
  const source = page.getByRole("definition").filter({ has: page.getByRole("link", { name: `${site.origin}/a.html` }) });
  await expect(source).toContainText("重庆人大（测试站）");
});

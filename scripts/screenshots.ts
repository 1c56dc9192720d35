// Screenshots of the organ, person and home pages at a phone's and a laptop's width, for the
// README (docs/screenshots/). Run against a server you started (with the sample data loaded):
//   PORT=3000 npm start   then   npx tsx scripts/screenshots.ts [http://127.0.0.1:3000]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? process.env.BASE_URL ?? "http://127.0.0.1:3000";
const out = join(process.cwd(), "docs", "screenshots");
const WIDTHS = [390, 1366];

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    // The organ and the person are found the way a reader would: search, then the roster.
    const page = await browser.newPage();
    await page.goto(`${base}/search?q=${encodeURIComponent("第三中级人民法院")}`);
    const organ = await page.getByRole("link", { name: "重庆市第三中级人民法院", exact: true }).getAttribute("href");
    if (!organ) throw new Error("重庆市第三中级人民法院 not found: is the sample data loaded?");
    await page.goto(`${base}${organ}`);
    const person = await page
      .getByRole("table", { name: /在任人员/ })
      .getByRole("link")
      .first()
      .getAttribute("href");
    await page.close();
    const shots = { home: "/", organ, person: person ?? "/" };
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
      const p = await context.newPage();
      for (const [name, path] of Object.entries(shots)) {
        await p.goto(`${base}${path}`, { waitUntil: "networkidle" });
        const file = join(out, `${name}-${width}.png`);
        await p.screenshot({ path: file, fullPage: true });
        console.log(`${file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

await main();

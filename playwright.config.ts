import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Writes from the browser need the operator token (app/_auth/editor.ts): the server gets it, and
// so do the specs (set here, the config is loaded by the runner and by every worker).
const EDITOR_TOKEN = process.env.RENMIAN_EDITOR_TOKEN || "e2e-token";
process.env.RENMIAN_EDITOR_TOKEN = EDITOR_TOKEN;
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${join(tmpdir(), `renmian-e2e-${PORT}.db`)}`;
// Specs that write through the CLI (npm run fetch) point it at the server's database.
process.env.E2E_DATABASE_URL = DATABASE_URL;

const WRITING_SPECS = /(corrections|fetch|identity|import|lineage)\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure" },
  // The specs share one database: those that add data (imports, fetches, merges) run after every
  // read-only spec, so what the pages show is the sample data alone when they are read.
  projects: [
    {
      name: "pages",
      testIgnore: WRITING_SPECS,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's chromium: Playwright's own browser download is not reachable offline.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
    {
      name: "writes",
      testMatch: WRITING_SPECS,
      dependencies: ["pages"],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's chromium: Playwright's own browser download is not reachable offline.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    env: { DATABASE_URL, PORT: String(PORT), RENMIAN_EDITOR_TOKEN: EDITOR_TOKEN },
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

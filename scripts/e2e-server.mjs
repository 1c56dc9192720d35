// The server Playwright tests run against: a fresh temporary database with the sample pages.
import { rmSync } from "node:fs";
import { migrate } from "../lib/db/migrate.mjs";
import { bin, run } from "./run.mjs";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("e2e-server: DATABASE_URL must be set by playwright.config.ts");
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
await migrate(url, () => {});
if ((await run(bin("tsx"), ["scripts/seed.ts"])) !== 0) process.exit(1);
process.exit(await run(bin("next"), ["start", "-p", process.env.PORT ?? "3100"]));

// The server Playwright tests run against: a fresh temporary database with the sample pages.
import { rmSync } from "node:fs";
import { migrate } from "../lib/db/migrate.mjs";
import { bin, run } from "./run.mjs";
import { serve } from "./serve.mjs";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("e2e-server: DATABASE_URL must be set by playwright.config.ts");
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
await migrate(url, () => {});
if ((await run(bin("tsx"), ["scripts/seed.ts"])) !== 0) process.exit(1);
const port = Number(process.env.PORT ?? 3100);
await serve({ port });
console.log(`e2e-server: serving http://127.0.0.1:${port}`);

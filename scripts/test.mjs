// npm test: lint, type-check, unit tests (vitest) on SQLite, the same suite again on PostgreSQL, then a production
// build and the Playwright specs in Debian's chromium. Installs chromium and postgresql with apt-get
// when missing. Exits non-zero when any runner fails.
// PostgreSQL: TEST_DATABASE_URL (a server where tests may create databases) is used when set;
// otherwise a throw-away cluster is started on 127.0.0.1 and stopped at the end.
import { existsSync } from "node:fs";
import { startCluster } from "./pg-cluster.mjs";
import { bin, run } from "./run.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function ensureChromium() {
  if (existsSync(chromium)) return true;
  if (process.getuid?.() !== 0) {
    console.error(`test: ${chromium} is missing; install it with: sudo apt-get install -y chromium`);
    return false;
  }
  console.log("test: installing Debian chromium (apt-get) for the end-to-end tests");
  if ((await run("apt-get", ["update", "-qq"])) !== 0) return false;
  return (await run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" })) === 0;
}

const results = [];
const step = async (name, fn) => {
  console.log(`\n=== ${name} ===`);
  const ok = await fn();
  results.push([name, ok]);
  return ok;
};

await step(
  "lint (biome, import rules)",
  async () => (await run(bin("biome"), ["check", "."])) === 0 && (await run(process.execPath, ["scripts/check-imports.mjs"])) === 0,
);
await step("typecheck (tsc)", async () => (await run(bin("tsc"), ["--noEmit"])) === 0);
await step("unit tests (vitest)", async () => (await run(bin("vitest"), ["run"])) === 0);
await step("unit tests on PostgreSQL (vitest)", async () => {
  let cluster = null;
  let url = process.env.TEST_DATABASE_URL;
  const stop = () => cluster?.stop();
  const onSignal = (signal) => {
    stop();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    if (!url) {
      cluster = await startCluster();
      url = cluster.url;
    }
    return (await run(bin("vitest"), ["run"], { TEST_DATABASE_URL: url })) === 0;
  } catch (e) {
    console.error(`test: PostgreSQL: ${e.message}`);
    return false;
  } finally {
    stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
});
const e2eReady =
  (await step("chromium", ensureChromium)) && (await step("build (next build)", async () => (await run(bin("next"), ["build"])) === 0));
if (e2eReady) await step("end-to-end tests (playwright)", async () => (await run(bin("playwright"), ["test"])) === 0);

console.log("\n=== summary ===");
for (const [name, ok] of results) console.log(`${ok ? "PASS" : "FAIL"}  ${name}`);
const failed = results.some(([, ok]) => !ok) || !e2eReady;
process.exit(failed ? 1 : 0);

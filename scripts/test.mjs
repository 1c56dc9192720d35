// npm test: unit tests (vitest), then a production build and the Playwright specs in Debian's chromium.
// Installs chromium with apt-get when it is missing. Exits non-zero when any runner fails.
import { existsSync } from "node:fs";
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

await step("typecheck (tsc)", async () => (await run(bin("tsc"), ["--noEmit"])) === 0);
await step("unit tests (vitest)", async () => (await run(bin("vitest"), ["run"])) === 0);
const e2eReady =
  (await step("chromium", ensureChromium)) && (await step("build (next build)", async () => (await run(bin("next"), ["build"])) === 0));
if (e2eReady) await step("end-to-end tests (playwright)", async () => (await run(bin("playwright"), ["test"])) === 0);

console.log("\n=== summary ===");
for (const [name, ok] of results) console.log(`${ok ? "PASS" : "FAIL"}  ${name}`);
const failed = results.some(([, ok]) => !ok) || !e2eReady;
process.exit(failed ? 1 : 0);

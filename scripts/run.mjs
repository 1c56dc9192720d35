// Small helpers shared by the start and test entry points.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const bin = (name) => join("node_modules", ".bin", name);

/** Runs a command with inherited stdio; resolves to its exit code. */
export function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    // Next.js would otherwise announce (and try to send) telemetry from an offline machine.
    const child = spawn(cmd, args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...env } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (e) => {
      console.error(`${cmd}: ${e.message}`);
      resolve(1);
    });
  });
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** A production build exists and is newer than the code it was built from. */
export function buildIsCurrent() {
  const stamp = join(".next", "BUILD_ID");
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  const inputs = ["app", "lib", "public", "prisma/schema.prisma", "package.json", "next.config.mjs", "postcss.config.mjs"];
  return Math.max(...inputs.map(newestMtime)) <= built;
}

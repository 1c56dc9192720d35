import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The app's "@/…" imports (tsconfig paths), for the tests of app/ modules that run without Next.js.
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    // Unit tests sit beside the code; Playwright specs under e2e/ are not vitest's.
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "tools/**/*.test.ts"],
    testTimeout: 30_000,
    // Creating a PostgreSQL database per test on a busy machine can take longer than the default 10 s.
    hookTimeout: 60_000,
  },
});

import { defineConfig } from "prisma/config";

// Offline machine: the schema engine binary cannot be downloaded, and Renmian applies
// its own SQL migrations (lib/db/migrate.mjs, run by scripts/migrate.mjs). generate/validate/format work without it.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/renmian.db" },
});

// Generates both Prisma clients: SQLite (generated/prisma) and PostgreSQL (generated/prisma-pg).
// The provider is baked into a generated client, so the PostgreSQL schema is derived from the
// one committed schema with only the provider and output swapped.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false" };
const prisma = (schema) =>
  execFileSync("node", ["node_modules/prisma/build/index.js", "generate", "--schema", schema], { stdio: "inherit", env });

const schema = readFileSync("prisma/schema.prisma", "utf8");
const pgSchema = schema
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace(/output\s*=\s*"\.\.\/generated\/prisma"/, 'output   = "./prisma-pg"');
if (pgSchema === schema) throw new Error("prisma-gen: could not derive the PostgreSQL schema");
mkdirSync("generated", { recursive: true });
writeFileSync("generated/schema.postgres.prisma", pgSchema);

prisma("prisma/schema.prisma");
prisma("generated/schema.postgres.prisma");

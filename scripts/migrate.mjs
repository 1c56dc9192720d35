// npm run db:migrate: applies the committed SQL migrations to DATABASE_URL (lib/db/migrate.mjs).
import { migrate } from "../lib/db/migrate.mjs";

migrate().catch((e) => {
  console.error(`migrate: ${e.message}`);
  process.exit(1);
});

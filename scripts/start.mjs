// npm start: migrate the database, load the sample pages if it is empty, build if needed, serve.

import { DEFAULT_DATABASE_URL, migrate } from "../lib/db/migrate.mjs";
import { bin, buildIsCurrent, run } from "./run.mjs";
import { serve } from "./serve.mjs";

const env = { DATABASE_URL: process.env.DATABASE_URL || DEFAULT_DATABASE_URL };
const port = process.env.PORT || "3000";

process.env.DATABASE_URL = env.DATABASE_URL;
await migrate(env.DATABASE_URL);
if ((await run(bin("tsx"), ["scripts/seed.ts"], env)) !== 0) process.exit(1);
if (!buildIsCurrent()) {
  console.log("start: building the app (once, about a minute)");
  if ((await run(bin("next"), ["build"], env)) !== 0) process.exit(1);
}
// HOSTNAME: the interface to listen on (e.g. 127.0.0.1 behind a reverse proxy); unset = all.
const hostname = process.env.HOSTNAME?.trim() || undefined;
await serve({ port: Number(port), hostname });
console.log(`start: serving http://${hostname ?? "localhost"}:${port} (database ${env.DATABASE_URL})`);

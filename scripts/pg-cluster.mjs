// A throw-away PostgreSQL cluster for tests and benchmarks: Debian's `postgresql` package
// (installed with apt-get when missing and running as root), initdb into a temp folder,
// listening on 127.0.0.1 only on a free port, unix socket in /tmp. stop() removes it all.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = "/usr/lib/postgresql";

function pgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(join(ROOT, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(ROOT, versions[0], "bin") : null;
}

/** Installs Debian's postgresql when missing (root only). Returns the bin folder or null. */
export function ensurePostgres(log = console.log) {
  let bin = pgBin();
  if (bin) return bin;
  if (process.getuid?.() !== 0) {
    log("pg: PostgreSQL is missing; install it with: sudo apt-get install -y postgresql");
    return null;
  }
  log("pg: installing Debian postgresql (apt-get)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env }).status !== 0) return null;
  if (spawnSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env }).status !== 0) return null;
  bin = pgBin();
  return bin;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(from = 5433) {
  for (let port = from; port < from + 200; port++) {
    if (!existsSync(`/tmp/.s.PGSQL.${port}`) && (await portIsFree(port))) return port;
  }
  throw new Error("pg: no free port");
}

/** initdb refuses to run as root: as root, run the server tools as the postgres user. */
function runAs(bin, tool, args) {
  const path = join(bin, tool);
  if (process.getuid?.() === 0) {
    const quoted = [path, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
    return execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "pipe" });
  }
  return execFileSync(path, args, { stdio: "pipe" });
}

/**
 * Starts a fresh cluster. Returns { url, stop } where url points at the `postgres` database
 * (tests create their own databases there). Options: port, settings (extra -c flags).
 */
export async function startCluster({ log = console.log, port, settings = [] } = {}) {
  const bin = ensurePostgres(log);
  if (!bin) throw new Error("PostgreSQL is not installed");
  const dir = mkdtempSync(join(tmpdir(), "renmian-pg-"));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const logFile = join(dir, "pg.log");
  port ??= await freePort();
  runAs(bin, "initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const options = ["-c listen_addresses=127.0.0.1", `-p ${port}`, "-k /tmp", ...settings.map((s) => `-c ${s}`)].join(" ");
  runAs(bin, "pg_ctl", ["-D", data, "-l", logFile, "-o", options, "-w", "start"]);
  log(`pg: throw-away cluster on 127.0.0.1:${port} (${data})`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAs(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch (e) {
      log(`pg: stop failed: ${e.message}`);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, port, stop };
}

// The production server (npm start, the end-to-end tests): Next.js through its custom-server API
// (`next()`, `getRequestHandler()`), behind a gate that sees each request as the client sent it
// (lib/security/gate.mjs). Every answer starts with the security headers, so even the answers
// Next.js gives before proxy.ts runs carry them.
import { createServer } from "node:http";
import { answerHeaders, gateRequest } from "../lib/security/gate.mjs";

/**
 * Serves the built app (.next) on `port`, listening on `hostname` (undefined: all interfaces).
 * @param {{ port: number, hostname?: string }} options
 * @returns {Promise<import("node:http").Server>}
 */
export async function serve({ port, hostname }) {
  // What `next start` sets: a production server whatever the caller's environment says.
  process.env.NODE_ENV = "production";
  // Next.js would otherwise announce (and try to send) telemetry from an offline machine.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    for (const { key, value } of answerHeaders(req.headers["x-forwarded-proto"])) res.setHeader(key, value);
    const verdict = gateRequest(req);
    if (verdict.refuse) {
      res.writeHead(verdict.status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(verdict.message);
      return;
    }
    for (const name of verdict.dropHeaders) delete req.headers[name];
    handle(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("服务器内部错误。");
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve(undefined));
  });
  return server;
}

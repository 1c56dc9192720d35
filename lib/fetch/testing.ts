// A stand-in web site for the fetcher's tests, on 127.0.0.1 (port 0: any free port): a list page
// linking to decision pages in UTF-8 and GB18030, a redirect, a 404, a slow page, a huge page, a
// page robots.txt forbids and a link to another host. It records what it was asked.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import iconv from "iconv-lite";
import { CHONGQING_LIST, LATER_LIST, manyLists } from "../import/testing";

export interface FixtureSite {
  origin: string;
  /** Requests seen: path and User-Agent. */
  requests: { path: string; userAgent: string }[];
  /** The most requests that were in flight at once. */
  maxInFlight: () => number;
  close: () => Promise<void>;
}

const html = (title: string, body: string, head = "") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><div class="article">${body
    .split("\n")
    .map((l) => `<p>${l}</p>`)
    .join("\n")}</div></body></html>`;

export const ARTICLE_A = html(
  "重庆市人民代表大会常务委员会任免名单",
  CHONGQING_LIST,
  '<meta property="og:site_name" content="重庆人大（测试站）">',
);
export const ARTICLE_B_GB = iconv.encode(
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>任免名单</title></head><body><pre>${LATER_LIST}</pre></body></html>`,
  "gb18030",
);
export const ARTICLE_C = manyLists(1, 3);
const LAST_MODIFIED_B = "Wed, 15 Jan 2025 08:00:00 GMT";

export async function startFixtureSite(): Promise<FixtureSite> {
  const requests: FixtureSite["requests"] = [];
  let inFlight = 0;
  let most = 0;
  const sockets = new Set<Socket>();
  let origin = "";
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    requests.push({ path, userAgent: req.headers["user-agent"] ?? "" });
    inFlight++;
    most = Math.max(most, inFlight);
    res.on("close", () => inFlight--);
    const send = (status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "Content-Type": type, ...headers });
      res.end(body);
    };
    const other = origin.replace("127.0.0.1", "localhost");
    switch (path) {
      case "/robots.txt":
        return send(200, "text/plain", "User-agent: *\nDisallow: /private/\n");
      case "/list.html":
        return send(
          200,
          "text/html; charset=utf-8",
          `<html><head><meta charset="utf-8"><title>人事任免</title></head><body><ul>
<li><a href="a.html">重庆市人民代表大会常务委员会任免名单（第十二次会议）</a></li>
<li><a href='/b.html'>市人大常委会任免名单（第十四次会议）</a></li>
<li><a href="/old.html">任命名单（旧地址）</a></li>
<li><a href="/missing.html">任免公告（已删除）</a></li>
<li><a href="/slow.html">人事任免决定（慢）</a></li>
<li><a href="/huge.html">任免名单（附件很大）</a></li>
<li><a href="/private/d.html">内部任免决定</a></li>
<li><a href="${other}/x.html">外站任免消息</a></li>
<li><a href="/about.html">关于本站</a></li>
<li><a href="/news.html">公告：网站维护</a></li>
</ul></body></html>`,
        );
      case "/a.html":
        if (req.headers["if-none-match"] === '"a-1"') return send(304, "text/html", "", { ETag: '"a-1"' });
        return send(200, "text/html; charset=utf-8", ARTICLE_A, { ETag: '"a-1"' });
      case "/b.html":
        if (req.headers["if-modified-since"] === LAST_MODIFIED_B) return send(304, "text/html", "");
        return send(200, "text/html; charset=GB18030", ARTICLE_B_GB, { "Last-Modified": LAST_MODIFIED_B });
      case "/old.html":
        return send(301, "text/html", "", { Location: "/c.html" });
      case "/c.html":
        return send(200, "text/plain; charset=utf-8", ARTICLE_C);
      case "/news.html":
        return send(200, "text/html; charset=utf-8", html("网站维护公告", "本站将于周六进行维护。"));
      case "/slow.html": {
        const timer = setTimeout(() => send(200, "text/html; charset=utf-8", ARTICLE_A), 20_000);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "/huge.html": {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
        const chunk = "<p>任免名单 填充文字</p>".repeat(2000);
        let sent = 0;
        const more = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", more);
          }
          res.end();
        };
        res.on("error", () => {});
        return more();
      }
      default:
        return send(404, "text/html; charset=utf-8", "<h1>404</h1>");
    }
  };
  const server: Server = createServer(handle);
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    maxInFlight: () => most,
    close: async () => {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, "close");
    },
  };
}

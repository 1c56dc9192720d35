// One GET over node:http(s), made safe to point at addresses users type: http and https only;
// the host's addresses checked after DNS and the connection made to the checked address (no
// second look-up to rebind); every redirect checked again; bounded in bytes, time and redirects.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import { isBlockedAddress } from "./addresses";

export type FetchErrorCode = "bad-scheme" | "blocked-address" | "too-large" | "timeout" | "http-status" | "too-many-redirects" | "network";

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export interface GetOptions {
  userAgent: string;
  /** Connect to loopback/private/link-local addresses too (RENMIAN_FETCH_ALLOW_PRIVATE=1). */
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  etag?: string | null;
  lastModified?: string | null;
}

export interface GetResult {
  /** The address finally read (after redirects). */
  url: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  bytes: Uint8Array;
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, found) => {
      const addresses = found as unknown as LookupAddress[];
      if (err) return callback(err, "", 4);
      const bad = addresses.find((a) => isBlockedAddress(a.address));
      if (bad && !allowPrivate) {
        return callback(new FetchError("blocked-address", `${hostname} resolves to ${bad.address}, a private or local address`), "", 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function checkUrl(raw: string, allowPrivate: boolean): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError("bad-scheme", `not an address: ${raw.slice(0, 200)}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:")
    throw new FetchError("bad-scheme", `only http and https addresses are fetched (${u.protocol})`);
  if (u.username || u.password) throw new FetchError("bad-scheme", "addresses with a user name or password are not fetched");
  const host = u.hostname.replace(/^\[|\]$/g, "");
  // An address written as an IP is not looked up: check it here.
  if (isIP(host) && isBlockedAddress(host) && !allowPrivate)
    throw new FetchError("blocked-address", `${host} is a private or local address`);
  return u;
}

function decompress(encoding: string | undefined, res: http.IncomingMessage): NodeJS.ReadableStream {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return res.pipe(zlib.createGunzip());
    case "deflate":
      return res.pipe(zlib.createInflate());
    case "br":
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

function once(u: URL, o: GetOptions, deadline: number): Promise<{ res: http.IncomingMessage; body: () => Promise<Uint8Array> }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      "User-Agent": o.userAgent,
      Accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
      "Accept-Encoding": "gzip, deflate, br",
      "Accept-Language": "zh-CN,zh;q=0.9",
    };
    if (o.etag) headers["If-None-Match"] = o.etag;
    if (o.lastModified) headers["If-Modified-Since"] = o.lastModified;
    const client = u.protocol === "https:" ? https : http;
    const remaining = Math.max(1, deadline - Date.now());
    // agent: false: a fresh connection per request (no idle keep-alive socket to find reset).
    const req = client.request(u, { method: "GET", headers, lookup: guardedLookup(o.allowPrivate), agent: false });
    const timer = setTimeout(
      () => req.destroy(new FetchError("timeout", `no complete answer within ${(o.timeoutMs / 1000).toFixed(1)} s`)),
      remaining,
    );
    const fail = (e: Error) => {
      clearTimeout(timer);
      reject(e instanceof FetchError ? e : new FetchError("network", e.message));
    };
    req.on("error", fail);
    req.on("response", (res) => {
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        req.destroy();
        clearTimeout(timer);
        return reject(new FetchError("too-large", `the page is ${declared} bytes, more than the limit of ${o.maxBytes}`));
      }
      const body = () =>
        new Promise<Uint8Array>((done, bad) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const stream = decompress(res.headers["content-encoding"], res);
          stream.on("data", (c: Buffer) => {
            size += c.length;
            if (size > o.maxBytes) {
              req.destroy(new FetchError("too-large", `the page is more than the limit of ${o.maxBytes} bytes`));
              return;
            }
            chunks.push(c);
          });
          stream.on("end", () => {
            clearTimeout(timer);
            done(new Uint8Array(Buffer.concat(chunks)));
          });
          stream.on("error", (e) => {
            clearTimeout(timer);
            bad(e instanceof FetchError ? e : new FetchError("network", e.message));
          });
          req.on("error", (e) => {
            clearTimeout(timer);
            bad(e instanceof FetchError ? e : new FetchError("network", e.message));
          });
        });
      resolve({
        res,
        body: async () => body(),
      });
      // A response whose body is not read (a redirect, an error) is drained and the timer cleared.
      if (res.statusCode !== 200) {
        res.resume();
        res.on("end", () => clearTimeout(timer));
      }
    });
    req.end();
  });
}

export async function httpGet(url: string, o: GetOptions): Promise<GetResult> {
  const deadline = Date.now() + o.timeoutMs;
  let current = checkUrl(url, o.allowPrivate);
  for (let hop = 0; ; hop++) {
    const { res, body } = await once(current, o, deadline);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304 && res.headers.location) {
      if (hop >= o.maxRedirects) throw new FetchError("too-many-redirects", `more than ${o.maxRedirects} redirects`);
      current = checkUrl(new URL(res.headers.location, current).href, o.allowPrivate);
      continue;
    }
    const common = {
      url: current.href,
      status,
      contentType: res.headers["content-type"] ?? null,
      etag: (res.headers.etag as string | undefined) ?? null,
      lastModified: res.headers["last-modified"] ?? null,
    };
    if (status === 304) return { ...common, notModified: true, bytes: new Uint8Array() };
    if (status !== 200) throw new FetchError("http-status", `the server answered ${status}`, status);
    return { ...common, notModified: false, bytes: await body() };
  }
}

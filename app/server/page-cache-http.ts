import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { AppLoadContext } from "@remix-run/node";
import compression from "compression";
import type { NextFunction, Request, Response } from "express";
import { SESSION_COOKIE } from "../auth/session.server";
import { tokyoDay } from "../utils/dates";
import { fetchHeaders } from "./remix-handler";
import { hashedContentSecurityPolicy, hashInlineScripts, newCacheMarker } from "./csp-hashes";
import { chooseEncoding, isPublicPath, pageKey, parseCookies, PageCache, type CachedPage, type Encoding } from "./page-cache";
import { nowMs } from "~/utils/clock";

// Serves anonymous GET and HEAD requests for public pages from the page cache, in front of
// Remix. Anything else (a session cookie, a POST, another path) goes on to the next handler
// untouched. See docs/decisions/0011-page-cache-and-workers.md.

export type RenderPage = (request: globalThis.Request, context: AppLoadContext) => Promise<globalThis.Response>;

export type PageCacheHttpOptions = {
  render: RenderPage;
  /** PUBLIC_ORIGIN: pages are rendered for it, whatever Host a request names. */
  origin: string;
  /** The content version (bumped by triggers on every table public pages read). */
  contentVersion: () => number;
  /** PAGE_CACHE_MB; 0 turns the cache off. */
  megabytes: number;
  maxAgeMs?: number;
  /** How long a 404 or 410 is kept. */
  notFoundAgeMs?: number;
  now?: () => number;
  /** Called for each page served from the cache. */
  onHit?: (req: Request, status: number) => void;
};

const COMPRESSIBLE = /^(text\/|application\/(xml|atom\+xml|rss\+xml|json|javascript)|image\/svg)/;
const DROPPED_HEADERS = new Set(["set-cookie", "content-length", "content-encoding", "transfer-encoding", "etag", "vary", "date", "connection", "keep-alive"]);

/** compression()'s filter, except for bodies this module already compressed. */
export function compressUnlessCached(req: Request, res: Response): boolean {
  return !res.locals.pageCache && compression.filter(req, res);
}

export function pageCacheFromEnv(value = process.env.PAGE_CACHE_MB): number {
  const n = value === undefined || value === "" ? 64 : Number(value);
  return Number.isFinite(n) && n >= 0 ? n : 64;
}

export function pageCache(options: PageCacheHttpOptions) {
  const now = options.now ?? nowMs;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const notFoundAgeMs = options.notFoundAgeMs ?? 10_000;
  const cache = options.megabytes > 0 ? new PageCache({ maxBytes: options.megabytes * 1024 * 1024, now }) : null;
  const generation = () => `${options.contentVersion()}:${tokyoDay(new Date(now()))}`;

  const middleware = async (req: Request, res: Response, next: NextFunction) => {
    if (!cache || (req.method !== "GET" && req.method !== "HEAD") || !req.originalUrl.startsWith("/")) return next();
    if (!isPublicPath(req.path)) return next();
    const cookieHeader = req.get("cookie");
    if (parseCookies(cookieHeader).has(SESSION_COOKIE)) return next();
    const pathKey = pageKey(req.path, req.url.slice(req.path.length), cookieHeader);
    if (pathKey === null) return next();
    const key = pathKey;
    try {
      const before = generation();
      cache.checkGeneration(before);
      const hit = cache.get(key);
      if (hit) {
        options.onHit?.(req, hit.status);
        return send(req, res, hit, "hit");
      }

      const marker = newCacheMarker();
      const response = await options.render(toFetchRequest(req, options.origin), {
        cspNonce: marker,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
        https: req.secure,
        session: null,
      });
      const page = await toCachedPage(response, marker, now() + (response.status === 200 ? maxAgeMs : notFoundAgeMs));
      if (isStorable(response)) {
        // Stored only if nothing public changed while it was rendered.
        const after = generation();
        cache.checkGeneration(after);
        if (after === before) cache.set(key, page, before);
      } else {
        for (const cookie of response.headers.getSetCookie()) res.append("Set-Cookie", cookie);
      }
      send(req, res, page, "miss");
    } catch (error) {
      next(error);
    }
  };
  return Object.assign(middleware, { cache });
}

function isStorable(response: globalThis.Response): boolean {
  if (response.status !== 200 && response.status !== 404 && response.status !== 410) return false;
  if (response.headers.has("set-cookie")) return false;
  return !/no-store|private/i.test(response.headers.get("cache-control") ?? "");
}

function toFetchRequest(req: Request, origin: string): globalThis.Request {
  // A HEAD is rendered as the GET it describes; its body is then left out.
  return new Request(`${origin}${req.originalUrl}`, { method: "GET", headers: fetchHeaders(req) });
}

async function toCachedPage(response: globalThis.Response, marker: string, expiresAt: number): Promise<CachedPage> {
  let identity: Buffer = Buffer.from(await response.arrayBuffer());
  const headers: Array<[string, string]> = [];
  response.headers.forEach((value, name) => {
    if (!DROPPED_HEADERS.has(name)) headers.push([name, value]);
  });
  const type = response.headers.get("content-type") ?? "";
  if (type.startsWith("text/html")) {
    const { html, hashes } = hashInlineScripts(identity.toString("utf8"), marker);
    identity = Buffer.from(html, "utf8");
    headers.push(["content-security-policy", hashedContentSecurityPolicy(hashes)]);
  }
  const bodies: CachedPage["bodies"] = { identity };
  if (COMPRESSIBLE.test(type) && identity.length >= 1024) {
    bodies.br = brotliCompressSync(identity, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length },
    });
    bodies.gzip = gzipSync(identity, { level: 6 });
  }
  const etag = `W/"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;
  return { status: response.status, headers, bodies, etag, expiresAt };
}

function send(req: Request, res: Response, page: CachedPage, xCache: "hit" | "miss") {
  res.locals.pageCache = true;
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader("Vary", "Accept-Encoding, Cookie");
  res.setHeader("ETag", page.etag);
  res.setHeader("X-Cache", xCache);
  const tags = req.get("if-none-match");
  if (page.status === 200 && tags && (tags.trim() === "*" || tags.split(",").some((t) => sameTag(t, page.etag)))) {
    res.status(304).end();
    return;
  }
  const encoding = chooseEncoding(req.get("accept-encoding"), Object.keys(page.bodies) as Encoding[]);
  const body = page.bodies[encoding] ?? page.bodies.identity;
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", String(body.length));
  res.status(page.status);
  if (req.method === "HEAD") res.end();
  else res.end(body);
}

function sameTag(given: string, etag: string): boolean {
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return strip(given) === strip(etag);
}

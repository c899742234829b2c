import type { NextFunction, Request, Response } from "express";
import { tokyoDay } from "../utils/dates";
import type { RouteMatch } from "./routes";

// One line per request: time, method, path, status, bytes, milliseconds. No client address
// and no query string: the people who browse here must not be traceable from our logs.
//
// Secrets in paths (a password-reset token, a survey's private link) are masked by the
// route the path resolves to, the same way Remix resolves it (any letter case, ".data"),
// not by looking at the raw text of the path.
//
// Public survey pages are the exception. An answer keeps only its day, and a log line
// with a time (or one written between two timed lines) would give the minute someone
// answered. So they get no line, unless the server failed: then a line with the Kumamoto
// day only, enough to know that something needs fixing.

/** Routes whose dynamic segments are secrets; the routes below them inherit it. */
const SECRET_ROUTES = ["/password/reset/:token", "/surveys/:publicId"];
/** Routes that get no timed line at all. */
const UNTIMED_ROUTES = ["/surveys/:publicId"];

const within = (pattern: string, route: string) => pattern === route || pattern.startsWith(`${route}/`);
const isDynamic = (segment: string) => segment.startsWith(":") || segment === "*";

type Loggable = { path: string; untimed: boolean };

/**
 * The path as a route would see it once decoded: percent-escapes undone (an encoded slash
 * would otherwise hide a secret segment from the route match) and repeated slashes made one
 * (`//surveys/x` is not a host name here). Undecodable paths are not logged at all.
 */
function normalisedPath(url: string): string | null {
  const raw = url.split(/[?#]/, 1)[0] ?? "";
  try {
    return `/${decodeURIComponent(raw).split("/").filter(Boolean).join("/")}`;
  } catch {
    return null;
  }
}

function loggable(url: string, match: (pathname: string) => RouteMatch | null, status: number): Loggable {
  const pathname = normalisedPath(url);
  if (pathname === null) return { path: "/***", untimed: false };
  const route = match(pathname);
  if (!route) {
    // Static files are logged as they are; an unknown path that failed keeps its first
    // segment only, since the rest could be anything someone pasted.
    if (status < 400) return { path: pathname, untimed: false };
    const first = pathname.split("/")[1] ?? "";
    return { path: pathname.split("/").length > 2 ? `/${first}/***` : pathname, untimed: false };
  }
  const secret = SECRET_ROUTES.some((r) => within(route.pattern, r));
  const path = secret
    ? route.pattern
        .split("/")
        .map((s) => (isDynamic(s) ? "***" : s))
        .join("/")
    : pathname;
  return { path, untimed: UNTIMED_ROUTES.some((r) => within(route.pattern, r)) };
}

/** The access-log middleware; `match` resolves a path to its route (see routes.ts). */
export function accessLog(match: (pathname: string) => RouteMatch | null) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const { path, untimed } = loggable(req.originalUrl, match, res.statusCode);
      if (untimed) {
        if (res.statusCode >= 500) console.log(`${tokyoDay()} ${req.method} ${path} ${res.statusCode}`);
        return;
      }
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const bytes = res.getHeader("content-length") ?? "-";
      console.log(`${new Date().toISOString()} ${req.method} ${path} ${res.statusCode} ${bytes} ${ms.toFixed(1)}ms`);
    });
    next();
  };
}

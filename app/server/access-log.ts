import type { NextFunction, Request, Response } from "express";
import { tokyoDay } from "../utils/dates";

// One line per request: time, method, path, status, bytes, milliseconds. No client address
// and no query string: the people who browse here must not be traceable from our logs,
// and secrets in paths (password-reset links) are masked.
//
// Public survey pages are the exception. An answer keeps only its day, and a log line
// with a time (or one written between two timed lines) would give the minute someone
// answered. So they get no line, unless the server failed: then a line with the Kumamoto
// day only, enough to know that something needs fixing.
const SURVEY_PAGE = /^\/surveys\//;

function loggablePath(url: string): string {
  const pathOnly = url.split("?")[0] ?? url;
  return pathOnly.replace(/^\/password\/reset\/[^/]+/, "/password/reset/***");
}

export function accessLog(req: Request, res: Response, next: NextFunction) {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const path = loggablePath(req.originalUrl);
    if (SURVEY_PAGE.test(path)) {
      if (res.statusCode >= 500) console.log(`${tokyoDay()} ${req.method} ${path} ${res.statusCode}`);
      return;
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const bytes = res.getHeader("content-length") ?? "-";
    console.log(`${new Date().toISOString()} ${req.method} ${path} ${res.statusCode} ${bytes} ${ms.toFixed(1)}ms`);
  });
  next();
}

import type { NextFunction, Request, Response } from "express";

// One line per request: time, method, path, status, bytes, milliseconds. No client address
// and no query string: the people who browse here must not be traceable from our logs,
// and secrets in paths (password-reset links) are masked. An answer to a survey keeps only
// its day, so its line in the log carries the day too, not the time.
function loggablePath(url: string): string {
  const pathOnly = url.split("?")[0] ?? url;
  return pathOnly.replace(/^\/password\/reset\/[^/]+/, "/password/reset/***");
}

export function accessLog(req: Request, res: Response, next: NextFunction) {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const bytes = res.getHeader("content-length") ?? "-";
    const now = new Date().toISOString();
    const when = req.method !== "GET" && req.path.startsWith("/surveys/") ? now.slice(0, 10) : now;
    console.log(
      `${when} ${req.method} ${loggablePath(req.originalUrl)} ${res.statusCode} ${bytes} ${ms.toFixed(1)}ms`,
    );
  });
  next();
}

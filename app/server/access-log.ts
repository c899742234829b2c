import type { NextFunction, Request, Response } from "express";

// One line per request: time, method, path, status, bytes, milliseconds. No client address
// and no query string: the people who browse here must not be traceable from our logs,
// and secrets in paths (password-reset links) are masked.
function loggablePath(url: string): string {
  const pathOnly = url.split("?")[0] ?? url;
  return pathOnly.replace(/^\/password\/reset\/[^/]+/, "/password/reset/***");
}

export function accessLog(req: Request, res: Response, next: NextFunction) {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const bytes = res.getHeader("content-length") ?? "-";
    console.log(
      `${new Date().toISOString()} ${req.method} ${loggablePath(req.originalUrl)} ${res.statusCode} ${bytes} ${ms.toFixed(1)}ms`,
    );
  });
  next();
}

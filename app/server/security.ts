import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { isNoindexPath } from "../utils/robots";

/** A fresh nonce for each response: only scripts carrying it may run. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(req: Request, res: Response, next: NextFunction) {
  const nonce = newNonce();
  res.locals.cspNonce = nonce;
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  if (isNoindexPath(req.path)) res.setHeader("X-Robots-Tag", "noindex, nofollow");
  next();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses any request that could change something unless it comes from this site's own
 * pages: the Origin header must be ours, or, when a browser sends none, Sec-Fetch-Site must
 * say same-origin. This covers page forms, Remix's .data requests and resource routes alike.
 * "Ours" is the configured public origin, never one derived from the Host header.
 */
export function sameOriginOnly(publicOrigin: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const origin = req.get("origin");
    const fetchSite = req.get("sec-fetch-site");
    const allowed = origin
      ? origin === publicOrigin
      : fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none";
    if (allowed) return next();
    res.status(403).type("text/plain; charset=utf-8").send("他のサイトからの送信は受け付けません (403)");
  };
}

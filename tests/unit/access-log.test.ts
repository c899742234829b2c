import { EventEmitter } from "node:events";
import type { NextFunction, Request, Response } from "express";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ServerBuild } from "@remix-run/node";
import { accessLog } from "~/server/access-log";
import { routeMatcher } from "~/server/routes";
import { machineTimeFor } from "../support/clock";

// The shape of the Remix build's route manifest, for the routes these tests use.
const route = (id: string, path: string | undefined, parentId = "root", index = false) => ({
  id,
  path,
  parentId,
  index,
  module: {},
});
const manifest = {
  root: { id: "root", path: "", module: {} },
  "routes/_index": route("routes/_index", undefined, "root", true),
  "routes/jobs._index": route("routes/jobs._index", "jobs", "root", true),
  "routes/password.reset.$token": route("routes/password.reset.$token", "password/reset/:token"),
  "routes/surveys.$publicId": route("routes/surveys.$publicId", "surveys/:publicId"),
  "routes/surveys.$publicId.qr[.svg]": route("routes/surveys.$publicId.qr[.svg]", "qr.svg", "routes/surveys.$publicId"),
} as unknown as ServerBuild["routes"];
const match = routeMatcher(manifest);

function logLines(method: string, url: string, status = 200): string[] {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  const [pathOnly] = url.split("?");
  const req = { method, originalUrl: url, path: pathOnly, ip: "203.0.113.7" } as unknown as Request;
  const res = Object.assign(new EventEmitter(), {
    statusCode: status,
    getHeader: (name: string) => (name === "content-length" ? "1234" : undefined),
  }) as unknown as Response;
  const next = vi.fn() as NextFunction;
  accessLog(match)(req, res, next);
  expect(next).toHaveBeenCalledOnce();
  (res as unknown as EventEmitter).emit("finish");
  spy.mockRestore();
  return lines;
}

function logLine(method: string, url: string, status = 200): string {
  const lines = logLines(method, url, status);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe("access log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes time, method, path, status, bytes and duration, never the address or the query", () => {
    const line = logLine("GET", "/jobs?q=%E4%BB%8B%E8%AD%B7&ward=chuo");
    expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z GET \/jobs 200 1234 \d+\.\dms$/);
    expect(line).not.toContain("203.0.113.7");
    expect(line).not.toContain("q=");
  });

  it("masks the secret of a password-reset link, in any letter case the route accepts", () => {
    for (const url of [
      "/password/reset/abc123.secret456",
      "/PASSWORD/RESET/abc123.secret456",
      "/Password/Reset/abc123.secret456?x=1",
      "/password/reset/abc123.secret456.data",
      "/password/reset/abc123.secret456/",
    ]) {
      const line = logLine("GET", url);
      expect(line, url).toContain(" /password/reset/*** ");
      expect(line, url).not.toContain("secret456");
    }
  });

  it("keeps only the first segment of an unknown path that failed", () => {
    const line = logLine("GET", "/PASSWORD/RESET/abc123.secret456/extra", 404);
    expect(line).toContain(" /PASSWORD/*** 404 ");
    expect(line).not.toContain("secret456");
    expect(logLine("GET", "/password//reset/abc123.secret456", 404)).toContain(" /password/reset/*** 404 ");
    expect(logLine("GET", "/assets/app-1a2b.js")).toContain(" /assets/app-1a2b.js 200 ");
  });

  it("masks secrets behind doubled or encoded slashes, and logs no path it cannot decode", () => {
    for (const [url, status] of [
      ["//password/reset/abc123.secret456", 200],
      ["/password%2Freset%2Fabc123.secret456", 404],
      ["/password%2freset/abc123.secret456", 404],
      ["/%70assword/reset/abc123.secret456", 200],
    ] as const) {
      const line = logLine("GET", url, status);
      expect(line, url).toContain(" /password/reset/*** ");
      expect(line, url).not.toContain("secret456");
    }
    for (const url of ["//surveys/private-link-123", "/surveys%2Fprivate-link-123", "///SURVEYS/private-link-123"]) {
      expect(logLines("GET", url, 404), url).toEqual([]);
    }
    const undecodable = logLine("GET", "/password/reset/secret456%E3", 400);
    expect(undecodable).toContain(" /*** 400 ");
    expect(undecodable).not.toContain("secret456");
  });

  it("writes nothing for a survey page, so no answer can be timed from the log", () => {
    for (const [method, url, status] of [
      ["GET", "/surveys/k3J9x", 200],
      ["POST", "/surveys/k3J9x", 303],
      ["GET", "/surveys/k3J9x?done=1", 200],
      ["GET", "/surveys/k3J9x.data", 200],
      ["GET", "/SURVEYS/k3J9x", 200],
      ["GET", "/surveys/k3J9x/qr.svg", 200],
    ] as const) {
      expect(logLines(method, url, status)).toEqual([]);
    }
  });

  it("writes only the Kumamoto day when a survey page fails", () => {
    vi.useFakeTimers({ now: machineTimeFor("2026-11-30T16:30:00.000Z"), toFake: ["Date"] });
    // 01:30 on 1 December in Kumamoto, still 30 November in UTC.
    expect(logLines("POST", "/Surveys/k3J9x", 500)).toEqual(["2026-12-01 POST /surveys/*** 500"]);
    vi.useRealTimers();
  });
});

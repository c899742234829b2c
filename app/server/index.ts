import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { createRequestHandler as createFetchHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { migrateToLatest } from "../../db/migrate";
import { readSessionToken, sessionCookie, validateSessionToken } from "../auth/session.server";
import { closeDatabase, db, sqlite } from "../utils/db.server";
import { env } from "../utils/env.server";
import { startMaintenance } from "./maintenance";
import { runPrimaryIfClustered } from "./primary";
import cluster from "node:cluster";
import { accessLog } from "./access-log";
import { sameOriginOnly, securityHeaders } from "./security";
import { compressUnlessCached, pageCache, pageCacheFromEnv } from "./page-cache-http";
import { contentVersionReader } from "../models/content-version.server";
import { countCachedJobView } from "./page-cache-views";

// The production server: the cross-cutting HTTP rules live here, once, in front of Remix.

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
// The Remix build sits next to this file (build/server.js beside build/server/index.js).
const buildDir = path.dirname(fileURLToPath(import.meta.url));

// With WEB_CONCURRENCY > 1 this process becomes the primary and never goes past this line.
await runPrimaryIfClustered(port);
// A worker leaves migrations, the demo seed and maintenance to the primary.
if (!cluster.isWorker) await migrateToLatest(db);
if (!cluster.isWorker && process.env.DEMO === "1") {
  const { runDemoSeed } = await import("./demo");
  await runDemoSeed(db, port);
}

const build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;

const app = express();
app.disable("x-powered-by");
// Behind a reverse proxy that terminates TLS, set TRUST_PROXY (e.g. "loopback" or 1).
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);

app.use(accessLog);
app.use(securityHeaders);
app.use(compression({ filter: compressUnlessCached }));

// Hashed build assets never change under the same name: cache them for a year.
app.use(
  "/assets",
  express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y", index: false }),
);
app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h", index: false }));
// Browsers ask for /favicon.ico on pages without an icon link (a PDF, a plain-text answer).
app.get("/favicon.ico", (_req, res) => res.redirect(301, "/favicon.svg"));

app.use(sameOriginOnly(env.publicOrigin));

// Anonymous public pages: rendered once, served from memory until public content changes.
app.use(
  pageCache({
    render: createFetchHandler(build, "production"),
    contentVersion: contentVersionReader(sqlite),
    megabytes: pageCacheFromEnv(),
    onHit: countCachedJobView,
  }),
);

// Validate the session once per request; signed-in pages are never stored by a cache.
app.use(async (req, res, next) => {
  try {
    const token = readSessionToken(new Request("http://local", { headers: { cookie: req.get("cookie") ?? "" } }));
    res.locals.session = null;
    if (!token) return next();
    res.setHeader("Cache-Control", "no-store");
    const session = await validateSessionToken(db, token);
    res.locals.session = session;
    if (session?.renewed) {
      res.append("Set-Cookie", sessionCookie(token, session.expiresAt, req.secure));
    }
    next();
  } catch (error) {
    next(error);
  }
});

app.all(
  "*",
  createRequestHandler({
    build,
    mode: "production",
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      https: req.secure,
      session: res.locals.session,
    }),
  }),
);

const server = http.createServer(app);
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => {
  console.log(`listening on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
});
const stopMaintenance = cluster.isWorker ? () => {} : startMaintenance(db);

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: no new connections; finishing requests in flight`);
  stopMaintenance();
  // Keep-alive connections would hold close() open: close those that are idle now, and
  // each one that becomes idle once its last request in flight has been answered.
  server.close(async () => {
    clearInterval(reaper);
    await closeDatabase();
    console.log("stopped cleanly");
    process.exit(0);
  });
  server.closeIdleConnections();
  const reaper = setInterval(() => server.closeIdleConnections(), 100);
  setTimeout(() => {
    console.error("requests still running after 10 s; stopping anyway");
    process.exit(1);
  }, 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler as createFetchHandler, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { migrateToLatest } from "../../db/migrate";
import { readSessionToken, sessionCookie, validateSessionToken } from "../auth/session.server";
import { closeDatabase, db, sqlite } from "../utils/db.server";
import { env } from "../utils/env.server";
import { prepareSearchText } from "../models/search-text.server";
import { nowIso } from "../utils/dates";
import { analyse } from "../utils/analyser.server";
import { startMaintenance } from "./maintenance";
import { settleAfterWrites } from "./settle-texts";
import { runPrimaryIfClustered } from "./primary";
import cluster from "node:cluster";
import { accessLog } from "./access-log";
import { formBodies } from "./bodies";
import { lastAnswer } from "./last-answer";
import { remixHandler } from "./remix-handler";
import { routeMatcher } from "./routes";
import { sameOriginOnly, securityHeaders } from "./security";
import { compressUnlessCached, pageCache, pageCacheFromEnv } from "./page-cache-http";
import { contentVersionReader } from "../models/content-version.server";
import { countCachedJobView } from "./page-cache-views";

// The production server: the cross-cutting HTTP rules live here, once, in front of Remix.
// build/server.js (start.ts) sets NODE_ENV=production before this module is loaded.

if (!env.publicOrigin) {
  console.error(
    [
      "PUBLIC_ORIGIN が設定されていないか、形が正しくありません。起動をやめます。",
      "  本番では、このサイトの公開アドレスを設定してください（例: PUBLIC_ORIGIN=https://jobs.example.jp）。",
      "  メール・PDF・QRコード・フィードのリンクは、この値だけから作ります。",
      "PUBLIC_ORIGIN is missing or not an origin; not starting.",
      "  In production, set it to this site's public address (e.g. PUBLIC_ORIGIN=https://jobs.example.jp).",
      "  Links in mail, PDFs, QR codes and feeds are built from it alone.",
    ].join("\n"),
  );
  process.exit(1);
}

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
// Readings and search text of rows changed while the app was not running (scripts, an
// upgrade that changed the search text): written once here, never on a page request.
if (!cluster.isWorker) await prepareSearchText(db, nowIso());

const build = (await import(pathToFileURL(path.join(buildDir, "server/index.js")).href)) as ServerBuild;
const matchRoute = routeMatcher(build.routes);

// Which React build Node actually loaded (it follows NODE_ENV), for the start-up line.
const loadedFiles = Object.keys(createRequire(import.meta.url).cache);
const reactBuild = loadedFiles.some((file) => /[\\/]react[\\/]cjs[\\/]react\.production\.min\.js$/.test(file))
  ? "production"
  : "development";

const app = express();
app.disable("x-powered-by");
// Behind a reverse proxy that terminates TLS, set TRUST_PROXY (e.g. "loopback" or 1).
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);

app.use(accessLog(matchRoute));
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
app.use(settleAfterWrites);
app.use(formBodies(matchRoute));

// Anonymous public pages: rendered once, served from memory until public content changes.
app.use(
  pageCache({
    render: createFetchHandler(build, "production"),
    origin: env.publicOrigin,
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
  remixHandler(build, env.publicOrigin, (req, res) => ({
    cspNonce: res.locals.cspNonce as string,
    clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
    https: req.secure,
    session: res.locals.session,
  })),
);
app.use(lastAnswer);

const server = http.createServer(app);
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => {
  console.log(`listening on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
  console.log(`public origin ${env.publicOrigin}; NODE_ENV=${process.env.NODE_ENV}; React ${reactBuild} build`);
  // The reading analyser reads its whole dictionary once (seconds on a busy machine): read it
  // now, while nobody waits, rather than during the first save of a posting.
  analyse("漢字").catch((error: unknown) => console.error("the reading analyser could not start", error));
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

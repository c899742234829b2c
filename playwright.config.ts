import { defineConfig } from "@playwright/test";
import { freePortSync } from "./tests/support/free-port";

// The server's port: E2E_PORT if set, else a port free when the run starts. The config is
// loaded again in every worker process; writing the choice into process.env, which workers
// inherit, makes them all use the first one.
process.env.E2E_PORT ||= String(freePortSync());
const PORT = Number(process.env.E2E_PORT);
// A fixed moment for the whole run (see app/utils/clock.ts): APP_FAKE_NOW is the instant the
// clock shows when the run starts, for the server and the tests alike. APP_FAKE_NOW_AT anchors
// it to one real moment so every process reads the same fake time.
if (process.env.APP_FAKE_NOW) process.env.APP_FAKE_NOW_AT ||= String(Date.now());
export const E2E_DB = process.env.E2E_DB ?? "data/e2e.sqlite";
const BUILD_DIR = process.env.BUILD_DIR ?? "build";
// Printed magazine PDFs of a test run live beside its database and go with it.
const PDF_DIR = `${E2E_DB.replace(/\.sqlite$/, "")}-pdf`;

// The browser tests run against the built production server (build/server.js) on a fresh
// database; fixtures insert their own rows and session cookies straight into that file.
export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    // Debian's chromium; Playwright never downloads a browser here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "off",
  },
  webServer: {
    command: `rm -rf ${E2E_DB} ${E2E_DB}-wal ${E2E_DB}-shm ${PDF_DIR} && node ${BUILD_DIR}/server.js`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_PATH: E2E_DB,
      PDF_DIR,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      // Links in mail, feeds and PDFs use this, and form posts must come from it.
      PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}`,
      NODE_ENV: "production",
      // One process: the tests insert rows and sessions straight into the file.
      WEB_CONCURRENCY: "1",
      // As behind a reverse proxy on the same machine: the client address comes from
      // X-Forwarded-For, so each test sends its own (fixtures.ts, clientAddress) and its rate
      // limits are its own. Without the header the address is 127.0.0.1, as before.
      TRUST_PROXY: "loopback",
      // The production build honours a fake clock only with this; only this config sets it.
      ...(process.env.APP_FAKE_NOW
        ? { APP_FAKE_NOW: process.env.APP_FAKE_NOW, APP_FAKE_NOW_AT: process.env.APP_FAKE_NOW_AT!, ALLOW_FAKE_CLOCK: "1" }
        : {}),
    },
  },
});

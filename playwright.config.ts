import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
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
    },
  },
});

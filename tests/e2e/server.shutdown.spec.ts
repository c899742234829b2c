import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Starts its own server process (not the shared one) and stops it with SIGTERM.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const BUILD_DIR = process.env.BUILD_DIR ?? "build";

function get(agent: http.Agent, urlPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: PORT, path: urlPath, agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
      .on("error", reject);
  });
}

test("SIGTERM: requests in flight finish, idle connections close, the database closes, exit 0", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shutdown-"));
  const dbFile = path.join(dir, "app.sqlite");
  const server = spawn("node", [`${BUILD_DIR}/server.js`], {
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_PATH: dbFile,
      PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}`,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));

  // With one worker per core (the default), three processes start before the first listens.
  await expect.poll(() => output, { timeout: 60_000 }).toContain("listening on");
  const agent = new http.Agent({ keepAlive: true });
  expect(await get(agent, "/healthz")).toBe(200);
  // A page request in flight while the signal arrives still gets its answer.
  const inFlight = get(agent, "/login");
  await new Promise((r) => setTimeout(r, 5));
  const started = Date.now();
  server.kill("SIGTERM");
  expect(await inFlight).toBe(200);
  expect(await exited).toBe(0);
  // The idle keep-alive connection did not hold the server open for the 10 s fallback.
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(output).toContain("stopped cleanly");
  // Closing the database checkpoints and removes the write-ahead log.
  expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
  agent.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

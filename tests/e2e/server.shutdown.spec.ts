import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../support/free-port";

// Starts its own server process (not the shared one) on a free port and stops it with SIGTERM.
const BUILD_DIR = process.env.BUILD_DIR ?? "build";

function get(agent: http.Agent, port: number, urlPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: urlPath, agent }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
      .on("error", reject);
  });
}

/**
 * A login POST sent in two steps: the headers with "Expect: 100-continue", then, once
 * `sendBody` is called, the body. The server answers "100 Continue" only after it has read the
 * headers and started the request, so when `started` resolves the request is in flight on the
 * server and cannot finish before the body arrives.
 */
function postInTwoSteps(agent: http.Agent, port: number) {
  const body = "email=nobody%40example.jp&password=wrong-password";
  const req = http.request({
    host: "127.0.0.1",
    port,
    path: "/login",
    method: "POST",
    agent,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": Buffer.byteLength(body),
      Origin: `http://127.0.0.1:${port}`,
      Expect: "100-continue",
    },
  });
  const started = new Promise<void>((resolve) => req.on("continue", () => resolve()));
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
  });
  req.flushHeaders();
  return { started, sendBody: () => req.end(body), answer: () => answer };
}

test("SIGTERM: requests in flight finish, idle connections close, the database closes, exit 0", async () => {
  // Several worker processes start first; on a busy machine that alone can take half a minute.
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shutdown-"));
  const dbFile = path.join(dir, "app.sqlite");
  const PORT = await freePort();
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
  expect(await get(agent, PORT, "/healthz")).toBe(200);
  // A request in flight while the signal arrives still gets its answer: the server has
  // started it (100 Continue) before the signal and gets its body only after.
  const inFlight = postInTwoSteps(new http.Agent({ keepAlive: true }), PORT);
  await inFlight.started;
  server.kill("SIGTERM");
  await expect.poll(() => output).toContain("SIGTERM: no new connections");
  inFlight.sendBody();
  const answer = await inFlight.answer();
  expect(answer.status).toBe(400);
  expect(answer.text).toContain("メールアドレスかパスワードが違います");
  // The idle keep-alive connection did not hold the server open: the 10 s fallback exits 1.
  expect(await exited).toBe(0);
  expect(output).not.toContain("stopping anyway");
  expect(output).toContain("stopped cleanly");
  // Closing the database checkpoints and removes the write-ahead log.
  expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
  agent.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

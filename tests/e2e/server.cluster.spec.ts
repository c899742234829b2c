import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Starts its own server with two workers on a free port, kills one worker under load and
// checks that the others answer meanwhile and that a new worker takes its place.
const BUILD_DIR = process.env.BUILD_DIR ?? "build";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

function get(port: number, urlPath: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: urlPath, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", () => resolve(0));
    });
    req.on("error", () => resolve(0));
    // A connection handed to the worker as it was killed gets no answer: count it as failed.
    req.setTimeout(10_000, () => req.destroy());
  });
}

const workerPids = (output: string) => [...output.matchAll(/worker (\d+) listening/g)].map((m) => Number(m[1]));

test("WEB_CONCURRENCY=2: a worker killed under load is replaced; only its own requests fail", async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cluster-"));
  const server = spawn("node", [`${BUILD_DIR}/server.js`], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_PATH: path.join(dir, "app.sqlite"),
      NODE_ENV: "production",
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      WEB_CONCURRENCY: "2",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));

  try {
    await expect.poll(() => workerPids(output).length, { timeout: 60_000 }).toBe(2);
    const [victim, survivor] = workerPids(output);
    expect(victim).not.toBe(server.pid);

    // Four clients, each sending requests one after another, a bounded number in all.
    const CLIENTS = 4;
    const PER_CLIENT = 60;
    const statuses: number[] = [];
    let killed = false;
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < PER_CLIENT; i++) {
        statuses.push(await get(port, i % 2 ? "/healthz" : "/jobs"));
        if (!killed && c === 0 && i === 20) {
          killed = true;
          process.kill(victim, "SIGKILL");
        }
      }
    });
    await Promise.all(clients);

    // Only requests held by the killed worker can have failed: at most one per client.
    const failed = statuses.filter((s) => s !== 200).length;
    expect(statuses).toHaveLength(CLIENTS * PER_CLIENT);
    expect(failed).toBeLessThanOrEqual(CLIENTS);
    // A new worker took the killed one's place and serves.
    await expect.poll(() => workerPids(output).filter((pid) => pid !== victim && pid !== survivor).length, { timeout: 60_000 }).toBe(1);
    expect(output).toContain(`worker ${victim} ended (SIGKILL); starting another`);
    for (let i = 0; i < 10; i++) expect(await get(port, "/healthz")).toBe(200);

    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("stopped cleanly");
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

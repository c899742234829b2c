import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { openDatabase } from "../../db/sqlite";
import { makeStaff } from "../factories";
import { freePort } from "../support/free-port";

// Starts its own server processes (not the shared one) to see how the server starts and
// what it writes to its log.
const BUILD_DIR = process.env.BUILD_DIR ?? "build";
// A port nobody else uses, so two runs on one machine cannot meet.
let PORT = 0;
test.beforeAll(async () => {
  PORT = await freePort();
});

function start(env: Record<string, string | undefined>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "start-"));
  const database = path.join(dir, "app.sqlite");
  const base: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    DATABASE_PATH: database,
    // One process: these tests read what the server writes as it starts.
    WEB_CONCURRENCY: "1",
  };
  delete base.NODE_ENV;
  delete base.PUBLIC_ORIGIN;
  const server = spawn("node", [`${BUILD_DIR}/server.js`], { env: { ...base, ...env } as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  const log = { text: "" };
  server.stdout.on("data", (d) => (log.text += d));
  server.stderr.on("data", (d) => (log.text += d));
  const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
  const stop = async () => {
    server.kill("SIGTERM");
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { server, log, exited, stop, database };
}

function post(urlPath: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, path: urlPath, method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function get(urlPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: PORT, path: urlPath }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
      .on("error", reject);
  });
}

test("in production, the server refuses to start without PUBLIC_ORIGIN and says why", async () => {
  for (const env of [{ NODE_ENV: "production" }, {}, { PUBLIC_ORIGIN: "jobs.example.jp" }]) {
    const { exited, log, stop } = start(env);
    expect(await exited, JSON.stringify(env)).toBe(1);
    expect(log.text).toContain("PUBLIC_ORIGIN が設定されていないか、形が正しくありません。起動をやめます。");
    expect(log.text).toContain("PUBLIC_ORIGIN is missing or not an origin; not starting.");
    expect(log.text).not.toContain("listening on");
    await stop();
  }
});

// The start-up line reports which file Node loaded for React: react.production.min.js
// or react.development.js, the choice React's own index.js makes from NODE_ENV.
test("started plainly (no NODE_ENV), the server runs React's production build", async () => {
  test.setTimeout(90_000);
  const { log, stop } = start({ PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}` });
  await expect.poll(() => log.text, { timeout: 60_000 }).toContain("listening on");
  expect(log.text).toContain("NODE_ENV=production; React production build");
  expect(await get("/healthz")).toBe(200);
  await stop();
});

test("the log holds no reset token, in any letter case, and no mail body", async () => {
  test.setTimeout(90_000);
  const { log, stop, database } = start({ PUBLIC_ORIGIN: `http://127.0.0.1:${PORT}`, NODE_ENV: "production" });
  await expect.poll(() => log.text, { timeout: 60_000 }).toContain("listening on");
  const { db } = openDatabase(database);
  const user = await makeStaff(db, { email: "someone.private@example.jp" });
  try {
    const token = "tok3n1d.s3cretpart0fthel1nk";
    for (const p of [`/PASSWORD/RESET/${token}`, `/Password/Reset/${token}.data`, `/password/reset/${token}`]) await get(p);
    expect(await post("/password/forgot", new URLSearchParams({ email: user.email }).toString())).toBe(200);
    await expect.poll(() => log.text, { timeout: 10_000 }).toContain("[mail]");
    const mail = await db.selectFrom("outbox").select(["id", "body"]).where("to_address", "=", user.email).executeTakeFirstOrThrow();
    const secret = /\/password\/reset\/(\S+)/.exec(mail.body)![1]!;

    expect(log.text).not.toContain("s3cretpart0fthel1nk");
    expect(log.text.match(/ \/password\/reset\/\*\*\* /g)).toHaveLength(3);
    expect(log.text).toContain(`[mail] SMTP_URL未設定のため送信しません / not sent (no SMTP_URL): id=${mail.id}`);
    expect(log.text).toContain("to=*@example.jp");
    expect(log.text).not.toContain(secret);
    expect(log.text).not.toContain("someone.private");
    expect(log.text).not.toContain("/password/reset/t");
  } finally {
    await db.destroy();
    await stop();
  }
});

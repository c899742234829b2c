import http from "node:http";
import { makeEvent, makeMagazineIssue, makeStaff } from "../factories";
import { expect, test, uniqueEmail } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// Requests a browser cannot make (a forged Host, a huge or chunked body), sent with
// node:http straight to the test server.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN = `http://127.0.0.1:${PORT}`;

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string; sent: number };

function send(
  method: string,
  path: string,
  { headers = {}, body, chunks }: { headers?: Record<string, string>; body?: string; chunks?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request({ host: "127.0.0.1", port: PORT, method, path, headers }, (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, sent }));
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
    if (body !== undefined) {
      sent = Buffer.byteLength(body);
      req.end(body);
    } else if (chunks) {
      // Sent chunked (no Content-Length), in several writes.
      for (let i = 0; i < 4; i++) {
        sent += chunks.length;
        req.write(chunks);
      }
      req.end();
    } else req.end();
  });
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const EVIL = { Host: "evil.example" };

async function lastOutboxId(db: Parameters<typeof makeStaff>[0]) {
  const row = await db.selectFrom("outbox").select((eb) => eb.fn.max("id").as("id")).executeTakeFirst();
  return Number(row?.id ?? 0);
}

test.describe("links never come from the Host header", () => {
  test("password reset, sign-up and contact mail link to PUBLIC_ORIGIN only", async ({ db, clientAddress }) => {
    // Its own client address, so the reset, sign-up and contact limits it meets are its own.
    const evil = { ...EVIL, ...FORM, "X-Forwarded-For": clientAddress };
    await makeStaff(db, { email: uniqueEmail("staff") }); // someone to notify
    const before = await lastOutboxId(db);

    const user = await makeStaff(db, { email: uniqueEmail("forgot") });
    const forgot = await send("POST", "/password/forgot", { headers: evil, body: form({ email: user.email }) });
    expect(forgot.status).toBe(200);

    const word = uniqueWord();
    const signup = await send("POST", "/signup", {
      headers: evil,
      body: form({
        name: `株式会社 ${word}（架空）`,
        nameKana: "てすと",
        industry: "construction",
        address: "熊本市中央区手取本町1-1",
        ward: "chuo",
        contactName: "熊本 花子",
        phone: "096-000-1234",
        registration: "registered",
        email: uniqueEmail("signup"),
        password: "a-good-password",
        confirm: "a-good-password",
        agree: "on",
      }),
    });
    expect(signup.status).toBeLessThan(400);

    const { jobs } = await makeSeekerJobs(db, word, [{ title: `介護スタッフ ${word}` }]);
    const contact = await send("POST", `/jobs/${jobs[0].id}/contact`, {
      headers: evil,
      body: form({ name: "たろう", phone: "090-1234-5678", preferredTime: "afternoon", message: "見学したいです" }),
    });
    expect(contact.status).toBe(302);
    // Redirects are relative: no host in them either.
    expect(contact.headers.location).toMatch(new RegExp(`^/jobs/${jobs[0].id}/contact\\?sent=[\\w.-]+$`));

    const mails = await db.selectFrom("outbox").select(["to_address", "subject", "body"]).where("id", ">", before).execute();
    const reset = mails.find((m) => m.to_address === user.email);
    expect(reset?.body).toContain(`${ORIGIN}/password/reset/`);
    expect(mails.some((m) => m.subject.includes(word) && m.body.includes(`${ORIGIN}/staff`))).toBe(true);
    expect(mails.some((m) => m.body.includes(`${ORIGIN}/staff/contacts`))).toBe(true);
    for (const mail of mails) expect(mail.body).not.toContain("evil.example");
  });

  test("the feed, the calendars and the magazine print page link to PUBLIC_ORIGIN only", async ({ db }) => {
    const word = uniqueWord();
    const { jobs } = await makeSeekerJobs(db, word, [{ title: `配送スタッフ ${word}` }]);
    const event = await makeEvent(db, { title: `説明会 ${word}` });
    const top = await db.selectFrom("magazine_issues").select((eb) => eb.fn.max("number").as("n")).executeTakeFirst();
    const number = Math.max(Number(top?.n ?? 0), 900) + 1 + Math.floor(Math.random() * 50);
    await makeMagazineIssue(db, { number, jobIds: [jobs[0].id], published: true });

    for (const [path, link] of [
      ["/feed.xml", `${ORIGIN}/jobs/${jobs[0].id}`],
      ["/events.ics", `${ORIGIN}/events/${event.id}`],
      [`/events/${event.id}.ics`, `${ORIGIN}/events/${event.id}`],
      [`/magazine/${number}/print`, `${ORIGIN}/magazine/${number}`],
    ] as const) {
      const answer = await send("GET", path, { headers: EVIL });
      expect(answer.status, path).toBe(200);
      expect(answer.text, path).toContain(link);
      expect(answer.text, path).not.toContain("evil.example");
    }
  });
});

test.describe("request bodies", () => {
  test("a body declared larger than the limit is refused before it is read", async ({ db }) => {
    const email = uniqueEmail("big");
    const answer = await send("POST", "/signup", {
      headers: { ...FORM, "Content-Length": String(50 * 1024 * 1024) },
      // Only the head of the 50 MB goes out; the answer must not wait for the rest.
      body: undefined,
    });
    expect(answer.status).toBe(413);
    expect(answer.headers["content-type"]).toContain("text/html");
    expect(answer.text).toContain("送られた内容が大きすぎます");
    expect(await db.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(0);
  });

  test("a chunked body (no Content-Length) is counted and refused past the limit", async () => {
    const chunk = Buffer.from(`email=${"a".repeat(24 * 1024)}`);
    const answer = await send("POST", "/password/forgot", { headers: FORM, chunks: chunk });
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("文章を短くして");
    expect(answer.sent).toBeGreaterThan(64 * 1024);

    const data = await send("POST", "/password/forgot.data", { headers: FORM, chunks: chunk });
    expect(data.status).toBe(413);
    expect(data.headers["content-type"]).toContain("text/plain");
    expect(data.text).toContain("送られた内容が大きすぎます");
  });

  test("a refused form echoes no value longer than a field may be", async () => {
    const long = "あ".repeat(5000);
    const answer = await send("POST", "/signup", {
      headers: FORM,
      body: form({ name: long, email: "not-an-email", password: "x", confirm: "y" }),
    });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("あ".repeat(100));
    expect(answer.text).not.toContain("あ".repeat(3001));
  });

  test("JSON or text bodies get 415 with a Japanese message, not a server error", async () => {
    for (const [path, type, body] of [
      ["/password/forgot", "application/json", JSON.stringify({ email: "a@example.jp" })],
      ["/signup", "text/plain", "email=a@example.jp"],
      ["/login.data", "application/json", "{}"],
    ] as const) {
      const answer = await send("POST", path, { headers: { "Content-Type": type }, body });
      expect(answer.status, path).toBe(415);
      expect(answer.text, path).toContain("この形では受け付けられません");
    }
  });

  test("a broken multipart body gets 400 with a Japanese message, not a server error", async () => {
    for (const [path, body] of [
      ["/login", "garbage"],
      ["/password/forgot", '--xx\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.jp'],
      ["/signup.data", "--xx\r\nContent-Disposition: form-data"],
    ] as const) {
      const answer = await send("POST", path, { headers: { "Content-Type": "multipart/form-data; boundary=xx" }, body });
      expect(answer.status, path).toBe(400);
      expect(answer.text, path).toContain("送られた内容を読み取れませんでした");
    }
    // A well-formed multipart form still reaches the action.
    const good = await send("POST", "/password/forgot", {
      headers: { "Content-Type": "multipart/form-data; boundary=xx" },
      body: '--xx\r\nContent-Disposition: form-data; name="email"\r\n\r\nnot-an-address\r\n--xx--\r\n',
    });
    expect(good.status).toBe(400);
    expect(good.text).toContain("メールアドレスの形が正しくありません");
  });

  test("an unknown method or an undecodable address gets a short Japanese page, not Express's English one", async () => {
    for (const [method, path, status, heading] of [
      ["TRACE", "/", 405, "この操作はできません"],
      ["GET", "/%", 400, "アドレスが正しくありません"],
      ["GET", "/jobs/%ff", 400, "アドレスが正しくありません"],
      ["GET", "/magazine/%E3", 400, "アドレスが正しくありません"],
    ] as const) {
      const answer = await send(method, path);
      expect(answer.status, `${method} ${path}`).toBe(status);
      expect(answer.text, `${method} ${path}`).toContain(`<h1>${heading}</h1>`);
      expect(answer.text).not.toMatch(/Bad Request|Internal Server Error|<pre>/);
    }
  });

  test("with JavaScript on, forms still post form-encoded data and work", async ({ page, db }) => {
    const user = await makeStaff(db, { email: uniqueEmail("js") });
    const types: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") types.push(r.headers()["content-type"] ?? "");
    });
    await page.goto("/password/forgot");
    await page.getByLabel("メールアドレス").fill(user.email);
    await page.getByRole("button", { name: /送る/ }).click();
    await expect(page.getByRole("heading", { name: "メールを確認してください" })).toBeVisible();
    expect(types).toHaveLength(1);
    expect(types[0]).toMatch(/^application\/x-www-form-urlencoded/);
  });
});

test.describe("search engines", () => {
  test("robots.txt keeps crawlers out of the private areas and points nowhere else", async ({ request }) => {
    const r = await request.get("/robots.txt");
    expect(r.status()).toBe(200);
    expect(r.headers()["content-type"]).toContain("text/plain");
    const text = await r.text();
    for (const line of ["Disallow: /staff", "Disallow: /employer/", "Disallow: /login", "Disallow: /logout", "Disallow: /signup", "Disallow: /password/", "Disallow: /registrations/", "Disallow: /alerts/", "Disallow: /surveys/", "Allow: /"]) {
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/Disallow: \/(jobs|events|magazine|employers)\b/);
    expect(text).not.toMatch(/https?:/);
  });

  test("private pages say noindex in a header and in the page; public pages do not", async ({ page, request }) => {
    for (const path of ["/staff", "/STAFF/users", "/employer", "/login", "/signup", "/password/forgot"]) {
      const r = await request.get(path, { maxRedirects: 0 });
      expect(r.headers()["x-robots-tag"], path).toBe("noindex, nofollow");
    }
    for (const path of ["/", "/jobs", "/events", "/magazine", "/for-employers"]) {
      const r = await request.get(path);
      expect(r.headers()["x-robots-tag"], path).toBeUndefined();
    }
    await page.goto("/login");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await page.goto("/jobs");
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  });
});

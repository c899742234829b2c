import { createSession, SESSION_LIFETIME_MS } from "../../app/auth/session.server";
import { makeStaff } from "../factories";
import { clockNowMs } from "./fixtures";
import { expect, test, uniqueEmail } from "./fixtures";

const signupForm = (email: string) => ({
  name: "株式会社 テスト（架空）",
  nameKana: "てすと",
  industry: "construction",
  address: "熊本市中央区手取本町1-1",
  ward: "chuo",
  contactName: "熊本 花子",
  phone: "096-000-1234",
  registration: "registered",
  email,
  password: "a-good-password",
  confirm: "a-good-password",
  agree: "on",
});

test.describe("requests from other sites", () => {
  test("a POST with a foreign Origin is refused and changes nothing", async ({ request, db }) => {
    const email = uniqueEmail("csrf");
    for (const url of ["/signup", "/signup.data", "/signup?index"]) {
      const r = await request.post(url, {
        form: signupForm(email),
        headers: { Origin: "https://evil.example" },
        maxRedirects: 0,
      });
      expect(r.status(), url).toBe(403);
    }
    expect(await db.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(0);
  });

  test("a POST without Origin but marked cross-site is refused", async ({ request, db }) => {
    const email = uniqueEmail("csrf");
    const r = await request.post("/signup", {
      form: signupForm(email),
      headers: { "Sec-Fetch-Site": "cross-site" },
      maxRedirects: 0,
    });
    expect(r.status()).toBe(403);
    expect(await db.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(0);
  });

  test("a POST from a same-site page, an opaque origin or an origin other than PUBLIC_ORIGIN is refused", async ({ request, db, baseURL }) => {
    const port = new URL(baseURL!).port;
    const cases: Array<[string, Record<string, string>]> = [
      // A sibling site under the same registrable domain is not this site.
      ["Sec-Fetch-Site: same-site", { "Sec-Fetch-Site": "same-site" }],
      // Sandboxed frames, data: pages and some redirects send the literal "null".
      ["Origin: null", { Origin: "null" }],
      // The same server reached under another name is not the configured public origin.
      ["Origin: http://localhost", { Origin: `http://localhost:${port}` }],
      ["Origin: https://127.0.0.1", { Origin: `https://127.0.0.1:${port}` }],
    ];
    for (const [label, headers] of cases) {
      const email = uniqueEmail("origin");
      const r = await request.post("/signup", { form: signupForm(email), headers, maxRedirects: 0 });
      expect(r.status(), label).toBe(403);
      expect(await r.text(), label).toBe("他のサイトからの送信は受け付けません (403)");
      expect(await db.selectFrom("users").select("id").where("email", "=", email).execute(), label).toEqual([]);
    }
    // The same form from PUBLIC_ORIGIN is taken.
    const email = uniqueEmail("origin-ok");
    const ok = await request.post("/signup", { form: signupForm(email), headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
    expect(ok.status()).toBe(302);
    expect(await db.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(1);
  });

  test("logout (a resource route) from another site keeps the session", async ({ request, db, signInAs, context, baseURL }) => {
    const staff = await makeStaff(db, { email: uniqueEmail("staff") });
    await signInAs(staff.id);
    const cookie = (await context.cookies()).find((c) => c.name === "session")!;
    const r = await request.post("/logout", {
      headers: { Origin: "https://evil.example", Cookie: `session=${cookie.value}` },
      maxRedirects: 0,
    });
    expect(r.status()).toBe(403);
    expect(await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute()).toHaveLength(1);
    // The same request from this site works.
    const ok = await request.post("/logout", {
      headers: { Origin: new URL(baseURL!).origin, Cookie: `session=${cookie.value}` },
      maxRedirects: 0,
    });
    expect(ok.status()).toBe(302);
    expect(await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute()).toHaveLength(0);
  });

  test("GET /logout does not sign anyone out", async ({ page, db, signInAs }) => {
    const staff = await makeStaff(db, { email: uniqueEmail("staff") });
    await signInAs(staff.id);
    const r = await page.goto("/logout");
    expect(r?.status()).toBe(405);
    expect(await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute()).toHaveLength(1);
  });
});

test.describe("headers", () => {
  test("an enforced CSP with a nonce, and the page still runs its scripts", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto("/login");
    const headers = response!.headers();
    expect(headers["content-security-policy-report-only"]).toBeUndefined();
    const csp = headers["content-security-policy"];
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    // The browser hides nonce attributes from the DOM; the inline scripts ran, so React
    // hydrated: client-side validation shows a message without any request.
    await page.getByLabel("メールアドレス").fill("not-an-email");
    await page.getByLabel("パスワード").focus();
    await expect(page.locator("#field-email-error")).toContainText("メールアドレスの形が正しくありません");
    expect(nonce.length).toBeGreaterThan(10);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(violations).toEqual([]);
    // A new nonce for every response.
    const again = await page.request.get("/login");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  });

  test("signed-in pages are never cached; build assets are immutable", async ({ page, db, signInAs }) => {
    const staff = await makeStaff(db, { email: uniqueEmail("staff") });
    await signInAs(staff.id);
    const response = await page.goto("/staff");
    expect(response!.headers()["cache-control"]).toContain("no-store");
    const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
    const assetResponse = await page.request.get(asset!);
    expect(assetResponse.headers()["cache-control"]).toContain("immutable");
    expect(assetResponse.headers()["cache-control"]).toContain("max-age=31536000");
  });

  test("the session cookie is HttpOnly and SameSite=Lax, and holds no stored value", async ({ page, db }) => {
    const staff = await makeStaff(db, { email: uniqueEmail("staff") });
    await page.goto("/login");
    await page.getByLabel("メールアドレス").fill(staff.email);
    await page.getByLabel("パスワード").fill("kumamoto-demo-2026");
    await page.getByRole("button", { name: "ログインする" }).click();
    await expect(page).toHaveURL(/\/staff$/);
    const cookie = (await page.context().cookies()).find((c) => c.name === "session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    const [id, secret] = cookie.value.split(".");
    const row = await db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    // The database keeps a hash of the secret, not the secret.
    expect(Buffer.from(row.secret_hash).toString("base64url")).not.toBe(secret);
    expect(JSON.stringify(row)).not.toContain(secret);
  });
});

test.describe("session lifetime", () => {
  const DAY = 86_400_000;
  async function sessionFor(db: Parameters<typeof createSession>[0], expiresInMs: number) {
    const staff = await makeStaff(db, { email: uniqueEmail("lifetime") });
    const { token } = await createSession(db, staff.id);
    const id = token.split(".")[0];
    await db.updateTable("sessions").set({ expires_at: new Date(clockNowMs() + expiresInMs).toISOString() }).where("id", "=", id).execute();
    const expiresAt = async () => (await db.selectFrom("sessions").select("expires_at").where("id", "=", id).executeTakeFirst())?.expires_at;
    return { token, expiresAt };
  }

  test("a session in its last 15 days is renewed for 30 days and the cookie is sent again", async ({ request, db }) => {
    const { token, expiresAt } = await sessionFor(db, 10 * DAY);
    const before = clockNowMs();
    const r = await request.get("/staff", { headers: { Cookie: `session=${token}` }, maxRedirects: 0 });
    expect(r.status()).toBe(200);
    const renewed = Date.parse((await expiresAt())!);
    expect(renewed).toBeGreaterThanOrEqual(before + SESSION_LIFETIME_MS);
    expect(renewed).toBeLessThanOrEqual(clockNowMs() + SESSION_LIFETIME_MS);
    const cookies = r.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    expect(cookies).toEqual([`session=${token}; Path=/; HttpOnly; SameSite=Lax; Expires=${new Date(renewed).toUTCString()}`]);
  });

  test("a fresh session is not renewed and no cookie is sent", async ({ request, db }) => {
    const { token, expiresAt } = await sessionFor(db, 20 * DAY);
    const stored = await expiresAt();
    const r = await request.get("/staff", { headers: { Cookie: `session=${token}` }, maxRedirects: 0 });
    expect(r.status()).toBe(200);
    expect(r.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")).toEqual([]);
    expect(await expiresAt()).toBe(stored);
  });

  test("an expired session signs no one in and its row is deleted", async ({ request, db }) => {
    const { token, expiresAt } = await sessionFor(db, -1000);
    const r = await request.get("/staff", { headers: { Cookie: `session=${token}` }, maxRedirects: 0 });
    expect(r.status()).toBe(302);
    expect(r.headers()["location"]).toBe("/login?redirectTo=%2Fstaff");
    expect(await expiresAt()).toBeUndefined();
  });
});

test.describe("who may go where", () => {
  test("anonymous visitors are sent to login from /staff and /employer", async ({ page }) => {
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fstaff$/);
    await page.goto("/employer");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Femployer$/);
  });

  test("an employer cannot reach /staff", async ({ page, signInAsEmployer }) => {
    await signInAsEmployer("approved");
    const r = await page.goto("/staff");
    expect(r?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("このページは表示できません");
  });

  test("a pending employer cannot reach /employer/jobs/new", async ({ page, signInAsEmployer }) => {
    await signInAsEmployer("pending");
    const r = await page.goto("/employer/jobs/new");
    expect(r?.status()).toBe(403);
    await expect(page.getByText("市の審査が終わるまで")).toBeVisible();
  });

  test("staff cannot use employer pages", async ({ page, signInAsStaff }) => {
    await signInAsStaff();
    const r = await page.goto("/employer");
    expect(r?.status()).toBe(403);
  });
});

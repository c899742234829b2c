import { DEMO_PASSWORD, makeEmployerAccount, makeStaff } from "../factories";
import { LOGIN_WINDOW_MS } from "../../app/auth/login.server";
import { countRecentHits } from "../../app/models/rate-limit.server";
import { expect, test, uniqueAddress, uniqueEmail } from "./fixtures";

// The only spec that signs in through the form; the others insert a session.

// Each test signs in from its own address (fixtures.ts, clientAddress), so the failure
// count of one never reaches another.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("staff and employers sign in and out", async ({ page, db }) => {
      const staff = await makeStaff(db, { email: uniqueEmail("staff") });
      await page.goto("/login");
      await page.getByLabel("メールアドレス").fill(staff.email);
      await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "ログインする" }).click();
      await expect(page).toHaveURL(/\/staff$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^審査待ち/);
      const sessions = await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute();
      expect(sessions).toHaveLength(1);

      await page.getByRole("button", { name: "ログアウト" }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("link", { name: "ログイン" })).toBeVisible();
      expect(await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute()).toHaveLength(0);

      const { user } = await makeEmployerAccount(db, { email: uniqueEmail("employer") });
      await page.goto("/login");
      await page.getByLabel("メールアドレス").fill(user.email);
      await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "ログインする" }).click();
      await expect(page).toHaveURL(/\/employer$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("ダッシュボード");
    });

    test("a wrong password and an unknown email get the same answer, typed email kept", async ({ page, db }) => {
      const staff = await makeStaff(db, { email: uniqueEmail("staff") });
      for (const email of [staff.email, uniqueEmail("nobody")]) {
        await page.goto("/login");
        await page.getByLabel("メールアドレス").fill(email);
        await page.getByLabel("パスワード").fill("wrong-password-123");
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST"),
          page.getByRole("button", { name: "ログインする" }).click(),
        ]);
        expect(response.status()).toBe(400);
        await expect(page.getByRole("alert")).toHaveText("メールアドレスかパスワードが違います");
        await expect(page.getByLabel("メールアドレス")).toHaveValue(email);
        await expect(page).toHaveURL(/\/login/);
      }
      expect(await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute()).toHaveLength(0);
    });

    test("empty fields get messages next to them", async ({ page }) => {
      await page.goto("/login");
      await page.getByRole("button", { name: "ログインする" }).click();
      await expect(page.locator("#field-email-error")).toHaveText("メールアドレスを入力してください");
      await expect(page.locator("#field-password-error")).toHaveText("パスワードを入力してください");
    });
  });
}

test("after 10 failures from one address within 10 minutes, login answers 429", async ({ page, db, request, baseURL, browser, clientAddress }) => {
  const staff = await makeStaff(db, { email: uniqueEmail("staff") });
  for (let i = 0; i < 10; i++) {
    const r = await request.post("/login", {
      form: { email: staff.email, password: `wrong-${i}-password` },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(r.status()).toBe(400);
  }
  // Even the right password is refused now, without being checked.
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(staff.email);
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    page.getByRole("button", { name: "ログインする" }).click(),
  ]);
  expect(response.status()).toBe(429);
  await expect(page.getByRole("alert")).toContainText("10分間ログインできません");
  expect(await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute()).toHaveLength(0);
  expect(await countRecentHits(db, "login-failure", clientAddress, LOGIN_WINDOW_MS)).toBe(10);

  // The limit is the address's, not the account's: the same person from another address signs in.
  const elsewhere = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": uniqueAddress() } });
  const other = await elsewhere.newPage();
  await other.goto("/login");
  await other.getByLabel("メールアドレス").fill(staff.email);
  await other.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await other.getByRole("button", { name: "ログインする" }).click();
  await expect(other).toHaveURL(/\/staff$/);
  await elsewhere.close();
});

test("a redirectTo outside this site is ignored", async ({ page, db }) => {
  const staff = await makeStaff(db, { email: uniqueEmail("staff") });
  await page.goto("/login?redirectTo=//evil.example/x");
  await page.getByLabel("メールアドレス").fill(staff.email);
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/staff$/);
});

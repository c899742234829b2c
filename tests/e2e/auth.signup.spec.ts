import { expect, test, uniqueEmail } from "./fixtures";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an employer asks to join; bad input is explained and kept; the account waits for review", async ({ page, db }) => {
      const email = uniqueEmail("signup");
      await page.goto("/signup");
      await page.getByLabel("会社名・事業所名").fill("有限会社 みどり清掃（架空）");
      await page.getByLabel("会社名のふりがな").fill("Midori");
      await page.getByLabel("業種").selectOption("cleaning");
      await page.getByLabel("所在地").fill("熊本市東区健軍1-1");
      await page.getByLabel("区", { exact: true }).selectOption("higashi");
      await page.getByLabel("担当者のお名前").fill("肥後 一郎");
      await page.getByLabel("電話番号").fill("abc");
      await page.getByLabel("保護観察所への協力雇用主の登録").selectOption("in_progress");
      await page.getByLabel("メールアドレス").fill(email);
      await page.getByLabel("パスワード", { exact: true }).fill("short");
      await page.getByLabel("パスワード（確認）").fill("short");
      const submit = page.getByRole("button", { name: "申し込む" });

      if (!javaScriptEnabled) {
        const [response] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === "POST"),
          submit.click(),
        ]);
        expect(response.status()).toBe(400);
      } else {
        await submit.click();
      }
      await expect(page.locator("#field-nameKana-error")).toHaveText("ふりがなは、ひらがなかカタカナで入力してください");
      await expect(page.locator("#field-phone-error")).toContainText("電話番号の形が正しくありません");
      await expect(page.locator("#field-password-error")).toHaveText("パスワードは8文字以上にしてください");
      await expect(page.locator("#field-agree-error")).toHaveText("利用の約束に同意してください");
      // What was typed is still there (passwords are the one thing retyped).
      await expect(page.getByLabel("会社名・事業所名")).toHaveValue("有限会社 みどり清掃（架空）");
      await expect(page.getByLabel("業種")).toHaveValue("cleaning");
      await expect(page.getByLabel("区", { exact: true })).toHaveValue("higashi");
      await expect(page.getByLabel("メールアドレス")).toHaveValue(email);
      expect(await db.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(0);

      await page.getByLabel("会社名のふりがな").fill("みどりせいそう");
      await page.getByLabel("電話番号").fill("096-000-5678");
      await page.getByLabel("パスワード", { exact: true }).fill("midori-seisou-2026");
      await page.getByLabel("パスワード（確認）").fill("midori-seisou-2026");
      await page.getByLabel(/同意します/).check();
      await submit.click();

      // The same answer as for an address that has an account: no session yet.
      await expect(page).toHaveURL(/\/signup\?received=1$/);
      await expect(page.getByRole("status")).toHaveText("お申し込みを受け付けました。メールをご確認ください。");
      const user = await db
        .selectFrom("users")
        .innerJoin("employers", "employers.id", "users.employer_id")
        .select(["users.role", "employers.status", "employers.name", "employers.ward", "employers.registration"])
        .where("users.email", "=", email)
        .executeTakeFirstOrThrow();
      expect(user).toEqual({
        role: "employer",
        status: "pending",
        name: "有限会社 みどり清掃（架空）",
        ward: "higashi",
        registration: "in_progress",
      });
      const mail = await db.selectFrom("outbox").select("subject").where("to_address", "=", email).executeTakeFirst();
      expect(mail?.subject).toContain("利用のお申し込みを受け付けました");

      // The new account logs in with the password it chose.
      await page.goto("/login");
      await page.getByLabel("メールアドレス").fill(email);
      await page.getByLabel("パスワード").fill("midori-seisou-2026");
      await page.getByRole("button", { name: "ログインする" }).click();
      await expect(page).toHaveURL(/\/employer$/);
      await expect(page.getByText("市の担当者が、お申し込みの内容を確認しています。")).toBeVisible();

      // Still pending: no posting yet.
      const r = await page.goto("/employer/jobs/new");
      expect(r?.status()).toBe(403);
    });
  });
}

test("an address that already has an account gets the same answer, and only a mail says so", async ({ page, db, signInAsEmployer, context }) => {
  const { email, userId } = await signInAsEmployer();
  await context.clearCookies();
  const before = await db.selectFrom("users").select(["password_hash", "employer_id"]).where("id", "=", userId).executeTakeFirstOrThrow();
  await page.goto("/signup");
  await page.getByLabel("会社名・事業所名").fill("重複 株式会社（架空）");
  await page.getByLabel("会社名のふりがな").fill("ちょうふく");
  await page.getByLabel("業種").selectOption("food");
  await page.getByLabel("所在地").fill("熊本市西区春日1-1");
  await page.getByLabel("区", { exact: true }).selectOption("nishi");
  await page.getByLabel("担当者のお名前").fill("肥後 二郎");
  await page.getByLabel("電話番号").fill("096-000-0001");
  await page.getByLabel("保護観察所への協力雇用主の登録").selectOption("registered");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill("another-password");
  await page.getByLabel("パスワード（確認）").fill("another-password");
  await page.getByLabel(/同意します/).check();
  await page.getByRole("button", { name: "申し込む" }).click();
  await expect(page).toHaveURL(/\/signup\?received=1$/);
  await expect(page.getByRole("status")).toHaveText("お申し込みを受け付けました。メールをご確認ください。");
  await expect(page.getByText("すでに登録されています")).toHaveCount(0);

  expect(await db.selectFrom("employers").select("id").where("name", "=", "重複 株式会社（架空）").execute()).toHaveLength(0);
  expect(await db.selectFrom("users").select(["password_hash", "employer_id"]).where("id", "=", userId).executeTakeFirstOrThrow()).toEqual(before);
  const mails = await db.selectFrom("outbox").select(["subject", "body"]).where("to_address", "=", email).execute();
  expect(mails).toHaveLength(1);
  expect(mails[0].body).toContain("すでにアカウントがあります");
  expect(mails[0].body).toMatch(/\/password\/forgot/);
  // Staff are not told about a sign-up that made nothing.
  expect(await db.selectFrom("outbox").select("id").where("body", "like", "%重複 株式会社%").execute()).toHaveLength(0);
});

import { DEMO_PASSWORD, makeStaff } from "../factories";
import { expect, test, uniqueEmail } from "./fixtures";
import { createSession } from "../../app/auth/session.server";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a reset link sets a new password once and ends every session", async ({ page, db }) => {
      const staff = await makeStaff(db, { email: uniqueEmail("reset") });
      await createSession(db, staff.id);
      await page.goto("/password/forgot");
      await page.getByLabel("メールアドレス").fill(staff.email);
      await page.getByRole("button", { name: "リンクを送る" }).click();
      await expect(page.getByRole("status")).toContainText("リンクを送りました");

      // The mail is written after the answer (so the answer cannot tell whether the
      // address has an account): wait for it.
      const outbox = () =>
        db.selectFrom("outbox").select(["body", "status"]).where("to_address", "=", staff.email).orderBy("id", "desc").executeTakeFirst();
      await expect.poll(outbox).toBeTruthy();
      const mail = (await outbox())!;
      const link = /https?:\/\/\S+\/password\/reset\/\S+/.exec(mail.body)![0];
      const token = link.split("/").pop()!;
      // Only a hash of the token is stored.
      const stored = await db.selectFrom("password_resets").selectAll().where("user_id", "=", staff.id).execute();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(token);

      await page.goto(new URL(link).pathname);
      await page.getByLabel("新しいパスワード", { exact: true }).fill("brand-new-password");
      await page.getByLabel("新しいパスワード（確認）").fill("not-the-same");
      await page.getByRole("button", { name: "パスワードを変える" }).click();
      await expect(page.locator("#field-confirm-error")).toHaveText("確認用のパスワードが一致しません");
      await page.getByLabel("新しいパスワード", { exact: true }).fill("brand-new-password");
      await page.getByLabel("新しいパスワード（確認）").fill("brand-new-password");
      await page.getByRole("button", { name: "パスワードを変える" }).click();
      await expect(page).toHaveURL(/\/login\?reset=1$/);
      expect(await db.selectFrom("sessions").select("id").where("user_id", "=", staff.id).execute()).toHaveLength(0);

      await page.getByLabel("メールアドレス").fill(staff.email);
      await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "ログインする" }).click();
      await expect(page.getByRole("alert")).toHaveText("メールアドレスかパスワードが違います");
      await page.getByLabel("パスワード").fill("brand-new-password");
      await page.getByRole("button", { name: "ログインする" }).click();
      await expect(page).toHaveURL(/\/staff$/);

      // The link works once.
      await page.goto(new URL(link).pathname);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("このリンクは使えません");
    });
  });
}

test("an unknown address gets the same answer and no mail", async ({ page, db }) => {
  const email = uniqueEmail("unknown");
  await page.goto("/password/forgot");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByRole("button", { name: "リンクを送る" }).click();
  await expect(page.getByRole("status")).toContainText("リンクを送りました");
  expect(await db.selectFrom("outbox").select("id").where("to_address", "=", email).execute()).toHaveLength(0);
});

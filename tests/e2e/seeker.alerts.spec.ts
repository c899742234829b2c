import { confirmAlert, sendJobAlerts, subscribeAlert } from "../../app/models/job-alerts.server";
import { makeJob } from "../factories";
import { clockNow, expect, openPage, test, uniqueEmail } from "./fixtures";
import { makeSeekerJobs, uniqueWord } from "./seeker-data";

// New-job alerts, as a person signs up on a phone and as the daily run mails them.

const ALERT_SUBJECT = /新しい求人が\d+件あります/;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an alert is signed up, confirmed from the mailed link, mails a newly approved posting once a day, and stops from the mail's link", async ({
      page,
      db,
      baseURL,
      signInAsStaff,
    }) => {
      test.setTimeout(120_000);
      const word = uniqueWord();
      const email = uniqueEmail("alert");
      const origin = new URL(baseURL!).origin;
      const mailsTo = () =>
        db.selectFrom("outbox").select(["subject", "body", "headers"]).where("to_address", "=", email).orderBy("id").execute();
      const { employer } = await makeSeekerJobs(db, word, [{ title: `前からある求人 ${word}` }]);

      // A wrong address: said next to the field, the search kept, nothing saved.
      await openPage(page, `/alerts?q=${word}`, javaScriptEnabled);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("新しい求人をメールで受け取る");
      await expect(page.getByText("前科・前歴についての条件は、ここでは選べません。", { exact: false })).toBeVisible();
      const form = page.getByRole("form", { name: "新しい求人のメールの登録" });
      await expect(form.getByLabel("さがすことば（なくてもよい）")).toHaveValue(word);
      await form.getByLabel("メールアドレス").fill("not-an-address");
      await form.getByLabel("働く場所（区）").selectOption("nishi");
      await form.getByRole("button", { name: "確認のメールを送る" }).click();
      await expect(page.locator("#field-email-error")).toHaveText("メールアドレスの形が正しくありません（例: name@example.jp）");
      await expect(form.getByLabel("さがすことば（なくてもよい）")).toHaveValue(word);
      await expect(form.getByLabel("働く場所（区）")).toHaveValue("nishi");
      expect(await db.selectFrom("job_alerts").select("id").where("email", "=", "not-an-address").execute()).toEqual([]);

      await form.getByLabel("メールアドレス").fill(email);
      await form.getByRole("button", { name: "確認のメールを送る" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("確認のメールを送りました");
      const saved = await db.selectFrom("job_alerts").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
      expect(saved).toMatchObject({ search: `q=${word}&ward=nishi`, confirmed_at: null });

      // Unconfirmed: nothing but the confirmation mail.
      await sendJobAlerts(db, origin);
      const confirmation = await mailsTo();
      expect(confirmation.map((m) => m.subject)).toEqual(["【熊本市 協力雇用主 求人サイト】新しい求人のメールの登録を確かめてください"]);
      const link = /http:\/\/[^\s]+\/alerts\/[\w-]{43}/.exec(confirmation[0]!.body)![0];
      expect(JSON.stringify(saved)).not.toContain(link.split("/").pop()!);

      await openPage(page, new URL(link).pathname, javaScriptEnabled);
      await page.getByRole("button", { name: "登録する" }).click();
      await expect(page.getByRole("status")).toHaveText(`登録しています。いまの条件: ことば「${word}」・西区`);

      // Staff approve a matching posting on the review screen; another one does not match.
      const fresh = await makeJob(db, { employerId: employer.id, ward: "nishi", status: "pending", title: `新しい求人 ${word}` });
      // (Another employer: the words of a search are also looked for in the employer's name.)
      await makeSeekerJobs(db, uniqueWord(), [{ title: "ことばの合わない求人", ward: "nishi" }]);
      await signInAsStaff();
      await openPage(page, `/staff?item=job-${fresh.id}`, javaScriptEnabled);
      await page.getByRole("button", { name: "承認して公開する" }).click();
      // Approving writes the posting's readings and search text: give it time on a busy machine.
      await expect(page).toHaveURL(/done=approved/, { timeout: 30_000 });

      const runAt = clockNow();
      await sendJobAlerts(db, origin, runAt);
      const afterFirst = (await mailsTo()).filter((m) => ALERT_SUBJECT.test(m.subject));
      expect(afterFirst).toHaveLength(1);
      const mail = afterFirst[0]!;
      expect(mail.subject).toBe("【熊本市 協力雇用主 求人サイト】新しい求人が1件あります");
      expect(mail.body).toContain(`■ 新しい求人 ${word}（${employer.name}）`);
      expect(mail.body).toContain(`/jobs/${fresh.id}`);
      expect(mail.body).not.toContain("前からある求人");
      expect(mail.body).not.toContain("ことばの合わない求人");
      const headers = JSON.parse(mail.headers) as Record<string, string>;
      const stopLink = `${new URL(link).pathname}?stop=1`;
      expect(headers).toEqual({ "List-Unsubscribe": `<${origin}${stopLink}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
      expect(mail.body).toContain(`${origin}${stopLink}`);

      // Another matching posting the same day: the second run sends nothing.
      await makeJob(db, { employerId: employer.id, ward: "nishi", status: "published", title: `もう一つ ${word}` });
      await sendJobAlerts(db, origin, runAt);
      expect((await mailsTo()).filter((m) => ALERT_SUBJECT.test(m.subject))).toHaveLength(1);

      // Stopped from the mail's link: the address is deleted.
      await openPage(page, stopLink, javaScriptEnabled);
      await page.getByRole("button", { name: "メールを止める" }).click();
      await expect(page.getByRole("status")).toHaveText("メールを止めました。メールアドレスは消しました。");
      expect(await db.selectFrom("job_alerts").select("id").where("email", "=", email).execute()).toEqual([]);
      expect((await page.goto(stopLink))?.status()).toBe(404);
    });
  });
}

test("the mail program's one-click unsubscribe (RFC 8058) deletes the alert with one POST", async ({ request, db }) => {
  const email = uniqueEmail("one-click");
  const token = await subscribeAlert(db, email, "q=%E4%BB%8B%E8%AD%B7", "http://127.0.0.1");
  const alert = await db.selectFrom("job_alerts").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  await confirmAlert(db, alert.id);
  // As a mail provider sends it: from its own servers, no Origin, no browser headers.
  const answer = await request.post(`/alerts/${token}?stop=1`, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(answer.status()).toBeLessThan(400);
  expect(await db.selectFrom("job_alerts").select("id").where("email", "=", email).execute()).toEqual([]);
});

test("a changed search is kept, and a wrong value is refused with 400 in Japanese", async ({ page, request, db, baseURL }) => {
  const email = uniqueEmail("change");
  const token = await subscribeAlert(db, email, "q=%E4%BB%8B%E8%AD%B7", "http://127.0.0.1");
  const alert = await db.selectFrom("job_alerts").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  await confirmAlert(db, alert.id);
  const bad = await request.post(`/alerts/${token}`, {
    form: { intent: "update", q: "溶接", ward: "tokyo" },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("働く場所（区）を選び直してください");
  expect((await db.selectFrom("job_alerts").select("search").where("id", "=", alert.id).executeTakeFirstOrThrow()).search).toBe("q=%E4%BB%8B%E8%AD%B7");

  await page.goto(`/alerts/${token}`);
  const form = page.getByRole("form", { name: "条件を変える" });
  await form.getByLabel("さがすことば（なくてもよい）").fill("溶接");
  await form.getByLabel("寮・社宅あり").check();
  await form.getByRole("button", { name: "この条件にする" }).click();
  await expect(page.getByRole("status")).toHaveText("登録しています。いまの条件: ことば「溶接」・寮・社宅あり");
  expect((await db.selectFrom("job_alerts").select("search").where("id", "=", alert.id).executeTakeFirstOrThrow()).search).toBe(
    "q=%E6%BA%B6%E6%8E%A5&housing=1",
  );
});

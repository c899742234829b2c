import { makeEmployerAccount, makeJob } from "../factories";
import { auditOf, expect, expectAccessible, openPage, test, uniqueEmail } from "./fixtures";
import { submitExpecting400 } from "./submit";

// Two answers that are not an approval, once with JavaScript and once without. 差し戻し:
// the employer reads the reasons, corrects and sends again, and the item is back in the
// queue. 不承認: final, only after a confirmation page; the employer reads why and whom to
// call. Each answer has its own mail in the outbox.

const SITE = "【熊本市 協力雇用主 求人サイト】";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`send back or refuse, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an employer sent back corrects its profile and sends it again; a refused one cannot", async ({ page, db, signInAs, signInAsStaff }) => {
      test.setTimeout(240_000);
      const tag = Math.random().toString(36).slice(2, 8);
      const back = await makeEmployerAccount(db, { email: uniqueEmail("back"), employer: { status: "pending", name: `差戻建設${tag}（架空）` } });
      const refused = await makeEmployerAccount(db, { email: uniqueEmail("refused"), employer: { status: "pending", name: `不承認商事${tag}（架空）` } });
      const staff = await signInAsStaff();
      const actor = { actor_user_id: staff.id, actor_email: staff.email };

      // Sent back, with the reason.
      const reason = `所在地の番地が抜けています（${tag}）`;
      await openPage(page, `/staff?item=employer-${back.employer.id}`, javaScriptEnabled);
      await page.getByLabel("差し戻す理由").fill(reason);
      await page.getByRole("button", { name: "差し戻す" }).click();
      await expect(page).toHaveURL(/done=sentBack/);
      const sentBack = await db.selectFrom("employers").selectAll().where("id", "=", back.employer.id).executeTakeFirstOrThrow();
      expect(sentBack).toMatchObject({ status: "pending", status_reason: reason });
      expect(sentBack.sent_back_at).not.toBeNull();
      expect(await auditOf(db, "employer", back.employer.id)).toEqual([{ action: "employer.send_back", ...actor }]);
      await expect(page.getByRole("link", { name: new RegExp(`差戻建設${tag}`) })).toHaveCount(0);

      // Refused: a reason, then a confirmation page, then the decision.
      await openPage(page, `/staff?item=employer-${refused.employer.id}`, javaScriptEnabled);
      await page.getByText("不承認にする（最終の決定です）").click();
      await submitExpecting400(page, "不承認にする（確認へ）", javaScriptEnabled);
      await expect(page.locator("#field-refuseReason-error")).toHaveText("不承認の理由を入力してください");
      const refusal = `事業の実態を確認できませんでした（${tag}）`;
      await page.getByLabel("不承認の理由").fill(refusal);
      await page.getByRole("button", { name: "不承認にする（確認へ）" }).click();
      await expect(page.getByRole("heading", { name: `事業主の利用申し込み「${refused.employer.name}」を不承認にしますか` })).toBeVisible();
      await expect(page.getByText(`不承認の理由: ${refusal}`)).toBeVisible();
      expect((await db.selectFrom("employers").select("status").where("id", "=", refused.employer.id).executeTakeFirstOrThrow()).status).toBe("pending");
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByRole("button", { name: "不承認に決める" }).click();
      await expect(page).toHaveURL(/done=refused/);
      await expect(page.getByRole("status")).toContainText("不承認にしました。");
      expect(await db.selectFrom("employers").select(["status", "status_reason"]).where("id", "=", refused.employer.id).executeTakeFirstOrThrow()).toEqual({
        status: "rejected",
        status_reason: refusal,
      });
      expect(await auditOf(db, "employer", refused.employer.id)).toEqual([{ action: "employer.rejected", ...actor }]);

      // Each its own mail.
      const mailTo = (to: string) => db.selectFrom("outbox").select(["subject", "body"]).where("to_address", "=", to).execute();
      const [backMail] = await mailTo(back.user.email);
      expect(backMail.subject).toBe(`${SITE}利用のお申し込みを差し戻しました（直してください）`);
      expect(backMail.body).toContain(reason);
      const [refusedMail] = await mailTo(refused.user.email);
      expect(refusedMail.subject).toBe(`${SITE}利用のお申し込みは承認されませんでした（不承認）`);
      expect(refusedMail.body).toContain(refusal);
      expect(await mailTo(back.user.email)).toHaveLength(1);
      expect(await mailTo(refused.user.email)).toHaveLength(1);

      // The sent-back employer reads the reason, corrects and sends again.
      await signInAs(back.user.id);
      await openPage(page, "/employer", javaScriptEnabled);
      await expect(page.getByText(`理由: ${reason}`)).toBeVisible();
      await page.getByRole("link", { name: "会社の情報を直して、もう一度審査を頼む" }).click();
      await expect(page.getByText(`理由: ${reason}`)).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByLabel("会社名のふりがな").fill("さしもどしけんせつ");
      await page.getByLabel("所在地").fill(`熊本市中央区手取本町1-1 ${tag}`);
      await page.getByRole("button", { name: "直したので、もう一度審査を頼む" }).click();
      await expect(page).toHaveURL(/\/employer\?done=resubmitted/);
      await expect(page.getByRole("status")).toHaveText("直した内容で、もう一度審査を頼みました。確認が終わるとメールでお知らせします。");
      const resubmitted = await db.selectFrom("employers").selectAll().where("id", "=", back.employer.id).executeTakeFirstOrThrow();
      expect(resubmitted).toMatchObject({ status: "pending", sent_back_at: null, address: `熊本市中央区手取本町1-1 ${tag}` });
      const history = await db.selectFrom("audit_log").select("action").where("entity_type", "=", "employer").where("entity_id", "=", String(back.employer.id)).orderBy("id").execute();
      expect(history.map((h) => h.action)).toEqual(["employer.send_back", "employer.profile_update", "employer.resubmit"]);

      // Back in the staff queue.
      await signInAs(staff.id);
      await openPage(page, `/staff?item=employer-${back.employer.id}`, javaScriptEnabled);
      await expect(page.getByRole("heading", { level: 2, name: back.employer.name })).toBeVisible();

      // The refused employer cannot edit: a plain page says why and whom to call.
      await signInAs(refused.user.id);
      const response = await page.goto("/employer/profile");
      expect(response?.status()).toBe(403);
      await expect(page.getByText("利用のお申し込みは、承認されませんでした（不承認）", { exact: false })).toBeVisible();
      await expect(page.getByText(`理由: ${refusal}`)).toBeVisible();
      await expect(page.getByText(/^お問い合わせは .*生活安全課（電話 /)).toBeVisible();
      await expect(page.getByLabel("会社名・事業所名")).toHaveCount(0);
      if (javaScriptEnabled) await expectAccessible(page);
      const post = await page.request.post("/employer/profile", { form: { name: "x" } });
      expect(post.status()).toBe(403);
    });

    test("a posting sent back is corrected and sent again; a refused one cannot be", async ({ page, db, signInAs, signInAsStaff }) => {
      test.setTimeout(240_000);
      const tag = Math.random().toString(36).slice(2, 8);
      const owner = await makeEmployerAccount(db, { email: uniqueEmail("owner") });
      const back = await makeJob(db, { employerId: owner.employer.id, status: "pending", title: `左官${tag}` });
      const refused = await makeJob(db, { employerId: owner.employer.id, status: "pending", title: `解体${tag}` });
      const staff = await signInAsStaff();
      const actor = { actor_user_id: staff.id, actor_email: staff.email };

      await openPage(page, `/staff?item=job-${back.id}`, javaScriptEnabled);
      const reason = `仕事の内容をくわしく書いてください（${tag}）`;
      await page.getByLabel("差し戻す理由").fill(reason);
      await page.getByRole("button", { name: "差し戻す" }).click();
      await expect(page).toHaveURL(/done=sentBack/);

      await openPage(page, `/staff?item=job-${refused.id}`, javaScriptEnabled);
      await page.getByText("不承認にする（最終の決定です）").click();
      const refusal = `募集の内容が法令に合いません（${tag}）`;
      await page.getByLabel("不承認の理由").fill(refusal);
      await page.getByRole("button", { name: "不承認にする（確認へ）" }).click();
      await expect(page.getByRole("heading", { name: `新しい求人「${refused.title}」を不承認にしますか` })).toBeVisible();
      await page.getByRole("button", { name: "不承認に決める" }).click();
      await expect(page).toHaveURL(/done=refused/);
      expect(await auditOf(db, "job", back.id)).toEqual([{ action: "job.send_back", ...actor }]);
      expect(await auditOf(db, "job", refused.id)).toEqual([{ action: "job.refuse", ...actor }]);

      const mails = await db.selectFrom("outbox").select(["subject", "body"]).where("to_address", "=", owner.user.email).orderBy("id").execute();
      expect(mails.map((m) => m.subject)).toEqual([`${SITE}求人を差し戻しました`, `${SITE}求人「${refused.title}」は掲載できません（不承認）`]);
      expect(mails[0].body).toContain(reason);
      expect(mails[1].body).toContain(refusal);

      // The employer corrects the sent-back posting and sends it again.
      await signInAs(owner.user.id);
      await openPage(page, "/employer", javaScriptEnabled);
      await expect(page.getByText(reason)).toBeVisible();
      await expect(page.getByText(refusal)).toBeVisible();
      await openPage(page, `/employer/jobs/${back.id}/edit`, javaScriptEnabled);
      await expect(page.getByText(reason)).toBeVisible();
      await page.getByRole("button", { name: "市に確認してもらう（公開の申請）" }).click();
      await expect(page).toHaveURL(new RegExp(`/employer/jobs/${back.id}\\?`));
      expect((await db.selectFrom("jobs").select("status").where("id", "=", back.id).executeTakeFirstOrThrow()).status).toBe("pending");

      // The refused one is not editable any more.
      await page.goto(`/employer/jobs/${refused.id}/edit`);
      await expect(page).toHaveURL(new RegExp(`/employer/jobs/${refused.id}$`));
      expect(await db.selectFrom("jobs").select(["status", "refused_at"]).where("id", "=", refused.id).executeTakeFirstOrThrow()).toMatchObject({
        status: "rejected",
      });
    });
  });
}

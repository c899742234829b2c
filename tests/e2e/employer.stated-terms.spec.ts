import { makeEmployerAccount, makeJob, makeMagazineIssue } from "../factories";
import { expect, freeIssueNumber, test, uniqueEmail } from "./fixtures";
import { bareText } from "./print-text";
import { fillJobForm, STATED_TERM_VALUES, uniqueTitle, validJobPost } from "./employer.job-form";
import { submitExpecting400 } from "./submit";

// The items a job offer must state (docs/decisions/0014-items-a-job-offer-states.md).

test.describe.configure({ timeout: 120_000 });

const NONE = {
  probation_terms: null,
  contract_terms: null,
  overtime: null,
  smoking_measures: null,
  workplace_change_scope: null,
  duties_change_scope: null,
};

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a new posting cannot be sent without the items the law asks for; what was typed stays", async ({ page, db, signInAsEmployer }) => {
      const { employerId } = await signInAsEmployer();
      await page.goto("/employer/jobs/new");
      const title = uniqueTitle("倉庫作業");
      await fillJobForm(page, { title });
      // Only one item typed; the rest and the insurance left empty.
      await page.getByLabel("加入する保険").fill("");
      for (const name of Object.keys(STATED_TERM_VALUES)) await page.locator(`#field-${name}`).fill("");
      await page.locator("#field-overtime").fill("なし");
      await submitExpecting400(page, /市に確認してもらう/, javaScriptEnabled);

      await expect(page.locator("#field-probation_terms-error")).toHaveText("試用期間を入力してください");
      await expect(page.locator("#field-contract_terms-error")).toHaveText("契約の期間と更新を入力してください");
      await expect(page.locator("#field-smoking_measures-error")).toHaveText("たばこの煙を防ぐ対策（受動喫煙の対策）を入力してください");
      await expect(page.locator("#field-workplace_change_scope-error")).toHaveText("働く場所が変わる範囲を入力してください");
      await expect(page.locator("#field-duties_change_scope-error")).toHaveText("仕事の内容が変わる範囲を入力してください");
      await expect(page.locator("#field-insurance-error")).toHaveText("加入する保険を入力してください");
      await expect(page.locator("#field-overtime-error")).toHaveCount(0);
      await expect(page.locator("#field-overtime")).toHaveValue("なし");
      await expect(page.getByLabel("職種", { exact: true })).toHaveValue(title);
      expect(await db.selectFrom("jobs").select("id").where("employer_id", "=", employerId).execute()).toHaveLength(0);

      // The server refuses the same, whatever the browser did.
      const { overtime: _dropped, ...withoutOvertime } = validJobPost({ title });
      const direct = await page.request.post("/employer/jobs/new", { form: withoutOvertime });
      expect(direct.status()).toBe(400);
      expect(await direct.text()).toContain("残業（時間外労働）を入力してください");
      expect(await db.selectFrom("jobs").select("id").where("employer_id", "=", employerId).execute()).toHaveLength(0);

      await page.getByLabel("加入する保険").fill("雇用保険・労災保険");
      for (const [name, value] of Object.entries(STATED_TERM_VALUES)) await page.locator(`#field-${name}`).fill(value);
      await page.getByRole("button", { name: "市に確認してもらう（公開の申請）" }).click();
      await expect(page).toHaveURL(/done=submitted$/);
      const row = await db
        .selectFrom("jobs")
        .select(["status", "insurance", ...(Object.keys(STATED_TERM_VALUES) as Array<keyof typeof STATED_TERM_VALUES>)])
        .where("employer_id", "=", employerId)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "pending", insurance: "雇用保険・労災保険", ...STATED_TERM_VALUES });
    });
  });
}

test("an older posting without the items cannot be saved again until they are filled", async ({ page, db, signInAsEmployer }) => {
  const { employerId } = await signInAsEmployer();
  const job = await makeJob(db, { employerId, status: "draft", title: uniqueTitle("古い求人"), ...NONE });
  await page.goto(`/employer/jobs/${job.id}`);
  await expect(page.getByText("法律で書くことが決まっている条件に「未記入」があります。")).toBeVisible();
  await expect(page.locator('[data-term="probation_terms"] dd')).toHaveText("未記入");
  const refused = await page.request.post(`/employer/jobs/${job.id}/edit`, {
    form: { ...validJobPost({ title: job.title, intent: "draft" }), probation_terms: "", duties_change_scope: "" },
  });
  expect(refused.status()).toBe(400);
  expect(await db.selectFrom("jobs").select(["probation_terms", "duties_change_scope"]).where("id", "=", job.id).executeTakeFirstOrThrow()).toEqual({
    probation_terms: null,
    duties_change_scope: null,
  });
});

test("the items show on the web page, the print sheet, the magazine and, where schema.org has a property, in JSON-LD", async ({ page, db }) => {
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("terms") });
  const job = await makeJob(db, {
    employerId: employer.id,
    title: uniqueTitle("介護スタッフ"),
    insurance: "雇用保険・労災保険・健康保険・厚生年金",
    ...STATED_TERM_VALUES,
  });
  const older = await makeJob(db, { employerId: employer.id, title: uniqueTitle("前からの求人"), ...NONE });

  await page.goto(`/jobs/${job.id}`);
  for (const [name, value] of Object.entries(STATED_TERM_VALUES)) {
    await expect(page.locator(`.job-detail [data-term="${name}"] dd`)).toHaveText(value);
  }
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(ld.jobBenefits).toBe("加入する保険: 雇用保険・労災保険・健康保険・厚生年金");
  const ldText = JSON.stringify(ld);
  for (const value of Object.values(STATED_TERM_VALUES)) expect(ldText).not.toContain(value);

  await page.goto(`/jobs/${older.id}`);
  await expect(page.locator('.job-detail [data-term="smoking_measures"] dd')).toHaveText("未記入");

  await page.goto(`/jobs/${job.id}/print`);
  // Paper has readings over every kanji: the text is read without them.
  const sheet = await bareText(page.locator(".mz-job-sheet"));
  for (const value of Object.values(STATED_TERM_VALUES)) expect(sheet).toContain(value);

  const number = await freeIssueNumber(db);
  await makeMagazineIssue(db, { number, jobIds: [job.id, older.id], published: true });
  await page.goto(`/magazine/${number}`);
  const entries = page.locator(".mz-entry");
  await expect(entries.nth(0)).toContainText(`試用期間: ${STATED_TERM_VALUES.probation_terms}`);
  await expect(entries.nth(0)).toContainText(`たばこの対策: ${STATED_TERM_VALUES.smoking_measures}`);
  await expect(entries.nth(1)).toContainText("試用期間: 未記入");
  await page.goto(`/magazine/${number}/print`);
  expect(await bareText(page.locator(".mz-job-issue").first())).toContain(`試用期間: ${STATED_TERM_VALUES.probation_terms}`);
  await page.screenshot({ path: "test-results/stated-terms-magazine-print.png", fullPage: false });
});

test("staff see which postings lack the items", async ({ page, db, signInAsStaff }) => {
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("lacking") });
  const complete = await makeJob(db, { employerId: employer.id, title: uniqueTitle("そろった求人") });
  const lacking = await makeJob(db, { employerId: employer.id, title: uniqueTitle("足りない求人"), overtime: null });
  await signInAsStaff();
  await page.goto(`/staff/jobs?employer=${employer.id}`);
  await expect(page.getByRole("row", { name: new RegExp(lacking.title) })).toContainText("未記入あり");
  await expect(page.getByRole("row", { name: new RegExp(complete.title) })).not.toContainText("未記入あり");
  await page.getByLabel("法律で決まった条件に「未記入」がある求人だけ").check();
  await page.getByRole("button", { name: "表示する" }).click();
  await expect(page.getByRole("link", { name: lacking.title })).toBeVisible();
  await expect(page.getByRole("link", { name: complete.title })).toHaveCount(0);
});

import type { Page } from "@playwright/test";
import { createSession } from "../../app/auth/session.server";
import { makeJob, makeStaff } from "../factories";
import { auditOf, expect, test, uniqueEmail } from "./fixtures";
import { fillJobForm, uniqueTitle } from "./employer.job-form";
import { nowMs as clockNowMs } from "../../app/utils/clock";

// Where the flow needs the city's decision, a member of staff makes it on the review screen
// in a browser of their own, and the employer's browser sees the result.

async function signUp(page: Page, email: string) {
  await page.goto("/signup");
  await page.getByLabel("会社名・事業所名").fill("有限会社 ひご運送（架空）");
  await page.getByLabel("会社名のふりがな").fill("ひごうんそう");
  await page.getByLabel("業種").selectOption("transport");
  await page.getByLabel("所在地").fill("熊本市南区城南町9-9");
  await page.getByLabel("区", { exact: true }).selectOption("minami");
  await page.getByLabel("担当者のお名前").fill("肥後 花子");
  await page.getByLabel("電話番号").fill("096-000-7777");
  await page.getByLabel("保護観察所への協力雇用主の登録").selectOption("registered");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill("higo-unsou-2026");
  await page.getByLabel("パスワード（確認）").fill("higo-unsou-2026");
  await page.getByLabel(/同意します/).check();
  await page.getByRole("button", { name: "申し込む" }).click();
  await expect(page.getByRole("status")).toHaveText("お申し込みを受け付けました。メールをご確認ください。");
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill("higo-unsou-2026");
  await page.getByRole("button", { name: "ログインする" }).click();
  await expect(page).toHaveURL(/\/employer$/);
}

function jobIdFrom(page: Page) {
  return Number(new URL(page.url()).pathname.split("/")[3]);
}

/** Staff open one item of the review queue and press its approve button. */
async function staffApproves(staffPage: Page, item: string, button: string, heading: string) {
  await staffPage.goto(`/staff?item=${item}`);
  await expect(staffPage.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await staffPage.getByRole("button", { name: button, exact: true }).click();
  await expect(staffPage).toHaveURL(/\/staff\?done=approved/);
}

test("sign up, approval, a posting through review, an edit that waits, filled takes it out of search", async ({ page, db, browser, baseURL }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("flow");
  const staff = await makeStaff(db, { email: uniqueEmail("flow-staff") });
  const staffContext = await browser.newContext({ baseURL });
  const { token } = await createSession(db, staff.id);
  await staffContext.addCookies([{ name: "session", value: token, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  const staffPage = await staffContext.newPage();
  const actor = { actor_user_id: staff.id, actor_email: staff.email };
  await signUp(page, email);
  const { id: userId, employer_id } = await db.selectFrom("users").select(["id", "employer_id"]).where("email", "=", email).executeTakeFirstOrThrow();
  const employerId = employer_id!;
  const applicant = { actor_user_id: userId, actor_email: email };

  // Pending: no posting yet, and the menu says so.
  expect((await page.goto("/employer/jobs/new"))?.status()).toBe(403);
  await page.goto("/employer");
  await expect(page.getByText("市の担当者が、お申し込みの内容を確認しています。")).toBeVisible();

  // The city approves the employer on the review screen.
  await staffApproves(staffPage, `employer-${employerId}`, "承認する", "有限会社 ひご運送（架空）");
  expect(await db.selectFrom("employers").select("status").where("id", "=", employerId).executeTakeFirstOrThrow()).toEqual({ status: "approved" });
  expect(await auditOf(db, "employer", employerId)).toEqual([
    { action: "employer.signup", ...applicant },
    { action: "employer.approved", ...actor },
  ]);

  await page.goto("/employer");
  await page.getByRole("navigation", { name: "事業主メニュー" }).getByRole("link", { name: "求人をつくる" }).click();
  const title = uniqueTitle("倉庫の仕分け");
  await fillJobForm(page, { title });

  // The preview is the public layout, and nothing is saved yet.
  await page.getByRole("button", { name: "公開ページでの見え方を見る" }).click();
  const preview = page.locator(".job-preview");
  await expect(preview.getByRole("heading", { name: title })).toBeVisible();
  await expect(preview.locator(".job-detail")).toContainText("時給 1,100円〜1,300円");
  await expect(preview.locator(".job-detail")).toContainText("採用できない罪名: 強盗");
  expect(await db.selectFrom("jobs").select("id").where("title", "=", title).execute()).toHaveLength(0);

  await page.getByRole("button", { name: /市に確認してもらう/ }).click();
  await expect(page).toHaveURL(/\/employer\/jobs\/\d+\?done=submitted$/);
  const jobId = jobIdFrom(page);
  await expect(page.getByText("審査中", { exact: true })).toBeVisible();
  const staffMail = await db
    .selectFrom("outbox")
    .select(["to_address", "subject"])
    .where("body", "like", `%${title}%`)
    .where("to_address", "=", staff.email)
    .executeTakeFirst();
  expect(staffMail?.subject).toBe("【審査待ち】求人の審査（有限会社 ひご運送（架空））");

  await page.goto("/employer");
  await expect(page.locator("#group-pending + p + ul")).toContainText(title);
  // Not public while it waits.
  expect((await page.goto(`/jobs/${jobId}`))?.status()).toBe(404);

  // The city approves the posting on the review screen.
  await staffApproves(staffPage, `job-${jobId}`, "承認して公開する", title);
  expect(await db.selectFrom("jobs").select("status").where("id", "=", jobId).executeTakeFirstOrThrow()).toEqual({ status: "published" });
  expect(await auditOf(db, "job", jobId)).toEqual([
    { action: "job.submit", ...applicant },
    { action: "job.approve", ...actor },
  ]);
  await page.goto(`/jobs?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

  // An edit of the published posting waits for review; the public keeps the approved text.
  await page.goto(`/employer/jobs/${jobId}/edit`);
  const newTitle = `${title} 新`;
  await page.getByLabel("職種", { exact: true }).fill(newTitle);
  await page.getByRole("button", { name: "変更を市に確認してもらう" }).click();
  await expect(page).toHaveURL(/done=revision_submitted/);
  await expect(page.getByText("公開中の内容の変更を、市の担当者が確認しています。")).toBeVisible();
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // The city approves the change on the review screen, which writes it over the posting.
  const revision = await db.selectFrom("job_revisions").select("id").where("job_id", "=", jobId).where("status", "=", "pending").executeTakeFirstOrThrow();
  await staffApproves(staffPage, `revision-${revision.id}`, "変更を承認する", title);
  expect(await db.selectFrom("job_revisions").select("status").where("id", "=", revision.id).executeTakeFirstOrThrow()).toEqual({ status: "approved" });
  expect(await auditOf(db, "job_revision", revision.id)).toEqual([{ action: "job_revision.approve", ...actor }]);
  await staffContext.close();
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newTitle);

  // Filled: gone from search.
  await page.goto(`/employer/jobs/${jobId}`);
  await page.getByRole("link", { name: "人が決まった（充足）" }).click();
  await page.getByRole("button", { name: "はい、「充足」にする" }).click();
  await expect(page.getByText("「充足」にしました。")).toBeVisible();
  await page.goto(`/jobs?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("link", { name: newTitle, exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await page.goto("/employer");
  await expect(page.locator("#group-filled + p + ul")).toContainText(newTitle);
});

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an approved employer posts a job, previews it and sees it pending", async ({ page, db, signInAsEmployer }) => {
    await signInAsEmployer();
    await page.goto("/employer/jobs/new");
    const title = uniqueTitle("清掃スタッフ");
    await fillJobForm(page, { title });
    await page.getByRole("button", { name: "公開ページでの見え方を見る" }).click();
    await expect(page.locator(".job-preview").getByRole("heading", { name: title })).toBeVisible();
    // Still filled in after the round trip.
    await expect(page.getByLabel("職種", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("強盗")).toHaveValue("no");
    await expect(page.getByLabel("寮・社宅がある")).toBeChecked();

    await page.getByRole("button", { name: "下書きとして保存" }).click();
    await expect(page).toHaveURL(/done=saved$/);
    const jobId = jobIdFrom(page);
    expect((await db.selectFrom("jobs").select("status").where("id", "=", jobId).executeTakeFirstOrThrow()).status).toBe("draft");

    await page.getByRole("link", { name: "内容を直す" }).click();
    await expect(page.getByLabel("職種", { exact: true })).toHaveValue(title);
    await page.getByRole("button", { name: /市に確認してもらう/ }).click();
    await expect(page).toHaveURL(/done=submitted$/);
    await page.goto("/employer");
    await expect(page.locator("#group-pending + p + ul")).toContainText(title);
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", jobId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "pending", pay_min: 1100, pay_max: 1300, housing: 1, ward: "minami" });
  });

  test("duplicate, extend and close from the posting's page", async ({ page, db, signInAsEmployer }) => {
    const { employerId } = await signInAsEmployer();
    const soon = new Date(clockNowMs() + 5 * 86_400_000).toISOString().slice(0, 10);
    const job = await makeJob(db, { employerId, end_date: soon, title: uniqueTitle("配送助手") });
    await page.goto(`/employer/jobs/${job.id}`);
    await page.getByRole("button", { name: "掲載を3か月延ばす" }).click();
    await expect(page.getByText("掲載の期限を延ばしました。")).toBeVisible();
    const extended = await db.selectFrom("jobs").select("end_date").where("id", "=", job.id).executeTakeFirstOrThrow();
    expect(extended.end_date > soon).toBe(true);

    await page.getByRole("button", { name: "複製して新しい求人をつくる" }).click();
    await expect(page).toHaveURL(/\/employer\/jobs\/\d+\/edit\?copied=1$/);
    await expect(page.getByLabel("職種", { exact: true })).toHaveValue(job.title);
    const copies = await db.selectFrom("jobs").select(["id", "status"]).where("title", "=", job.title).where("id", "!=", job.id).execute();
    expect(copies).toEqual([{ id: expect.any(Number), status: "draft" }]);

    await page.goto(`/employer/jobs/${job.id}`);
    await page.getByRole("link", { name: "募集をやめる（終了）" }).click();
    await page.getByRole("button", { name: "はい、募集をやめる" }).click();
    await expect(page.getByText("募集を終えました。")).toBeVisible();
    expect((await db.selectFrom("jobs").select("status").where("id", "=", job.id).executeTakeFirstOrThrow()).status).toBe("closed");
  });
});

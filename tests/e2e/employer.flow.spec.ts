import type { Page } from "@playwright/test";
import { applyJobContent } from "../../app/models/job-postings.server";
import type { JobInput } from "../../app/schemas/job";
import { makeJob, makeStaff } from "../factories";
import { expect, test, uniqueEmail } from "./fixtures";
import { fillJobForm, uniqueTitle } from "./employer.job-form";
import { now as clockNow, nowMs as clockNowMs } from "../../app/utils/clock";

// Staff screens are built separately: where the flow needs "staff approve", these tests do
// what the staff side does, straight in the database.

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

test("sign up, approval, a posting through review, an edit that waits, filled takes it out of search", async ({ page, db }) => {
  const email = uniqueEmail("flow");
  const staff = await makeStaff(db, { email: uniqueEmail("flow-staff") });
  await signUp(page, email);
  const { employer_id } = await db.selectFrom("users").select("employer_id").where("email", "=", email).executeTakeFirstOrThrow();
  const employerId = employer_id!;

  // Pending: no posting yet, and the menu says so.
  expect((await page.goto("/employer/jobs/new"))?.status()).toBe(403);
  await page.goto("/employer");
  await expect(page.getByText("市の担当者が、お申し込みの内容を確認しています。")).toBeVisible();

  // The city approves the employer.
  await db.updateTable("employers").set({ status: "approved", approved_at: clockNow().toISOString() }).where("id", "=", employerId).execute();

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

  // The city approves the posting.
  await db.updateTable("jobs").set({ status: "published", published_at: clockNow().toISOString() }).where("id", "=", jobId).execute();
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

  // The city approves the change: the staff side applies the revision's content.
  const revision = await db.selectFrom("job_revisions").selectAll().where("job_id", "=", jobId).where("status", "=", "pending").executeTakeFirstOrThrow();
  await applyJobContent(db, jobId, JSON.parse(revision.content) as JobInput);
  await db.updateTable("job_revisions").set({ status: "approved", decided_at: clockNow().toISOString() }).where("id", "=", revision.id).execute();
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

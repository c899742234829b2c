import { makeEmployerAccount, makeEvent, makeJob } from "../factories";
import { clockNow, expect, expectAccessible, test, uniqueEmail } from "./fixtures";

// 差し戻し and 不承認 share the status "rejected" (refused_at marks the final one), and an
// employer sent back is "pending" again while it waits on the employer. Staff lists and
// pages say which is which.

test("staff lists and pages tell 差し戻し from 不承認, and a sent-back employer from one waiting for review", async ({
  page,
  db,
  signInAs,
  signInAsStaff,
}) => {
  test.setTimeout(180_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const at = clockNow().toISOString();
  const back = await makeEmployerAccount(db, {
    email: uniqueEmail("label-back"),
    employer: { status: "pending", name: `差戻表示建設${tag}（架空）`, status_reason: "番地が抜けています", sent_back_at: at },
  });
  const waiting = await makeEmployerAccount(db, {
    email: uniqueEmail("label-wait"),
    employer: { status: "pending", name: `審査表示商事${tag}（架空）` },
  });
  const owner = await makeEmployerAccount(db, {
    email: uniqueEmail("label-owner"),
    employer: { status: "approved", name: `表示確認工業${tag}（架空）` },
  });
  const sentBackJob = await makeJob(db, { employerId: owner.employer.id, title: `差戻求人${tag}`, status: "rejected", status_reason: "賃金が抜けています" });
  const refusedJob = await makeJob(db, { employerId: owner.employer.id, title: `不承認求人${tag}`, status: "rejected", status_reason: "条件が法に反します", refused_at: at });
  const sentBackEvent = await makeEvent(db, { title: `差戻見学会${tag}`, organizer_employer_id: owner.employer.id, status: "rejected", status_reason: "日時が抜けています" });
  const refusedEvent = await makeEvent(db, { title: `不承認見学会${tag}`, organizer_employer_id: owner.employer.id, status: "rejected", status_reason: "市の行事ではありません", refused_at: at });
  await signInAsStaff();

  const statusOf = (name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name }) }).locator(".status");

  await page.goto(`/staff/employers?q=${encodeURIComponent(tag)}`);
  await expect(statusOf(back.employer.name)).toHaveText("差し戻し中");
  await expect(statusOf(waiting.employer.name)).toHaveText("審査待ち");
  await expect(statusOf(owner.employer.name)).toHaveText("承認済み");
  await expectAccessible(page);
  await page.goto(`/staff/employers/${back.employer.id}`);
  await expect(page.locator(".status").first()).toHaveText("差し戻し中");
  await page.goto(`/staff/employers/${waiting.employer.id}`);
  await expect(page.locator(".status").first()).toHaveText("審査待ち");
  await page.goto(`/staff/employers/${owner.employer.id}`);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: sentBackJob.title }) })).toContainText("（差し戻し・");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: refusedJob.title }) })).toContainText("（不承認・");

  await page.goto(`/staff/jobs?q=${encodeURIComponent(tag)}`);
  await expect(statusOf(sentBackJob.title)).toHaveText("差し戻し");
  await expect(statusOf(refusedJob.title)).toHaveText("不承認");
  await expectAccessible(page);
  await page.goto(`/staff/jobs/${refusedJob.id}`);
  await expect(page.getByText("不承認（条件が法に反します）")).toBeVisible();
  await page.goto(`/staff/jobs/${sentBackJob.id}`);
  await expect(page.getByText("差し戻し（賃金が抜けています）")).toBeVisible();

  await page.goto("/staff/events?status=rejected");
  await expect(statusOf(sentBackEvent.title)).toHaveText("差し戻し");
  await expect(statusOf(refusedEvent.title)).toHaveText("不承認");
  await page.goto(`/staff/events/${refusedEvent.id}`);
  await expect(page.locator(".status").first()).toHaveText("不承認");
  await page.goto(`/staff/events/${sentBackEvent.id}`);
  await expect(page.locator(".status").first()).toHaveText("差し戻し");
  await page.screenshot({ path: "test-results/staff-decision-labels.png", fullPage: true });

  // The employer's own pages say the same.
  await signInAs(owner.user.id);
  await page.goto("/employer");
  const item = (name: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
  await expect(item(refusedJob.title).locator(".status")).toHaveText("不承認");
  await expect(item(sentBackJob.title)).not.toContainText("不承認");
  await expect(item(refusedEvent.title).locator(".status")).toHaveText("不承認");
  await expect(item(sentBackEvent.title).locator(".status")).toHaveText("差し戻し");
  await page.goto(`/employer/jobs/${refusedJob.id}`);
  await expect(page.getByRole("definition").filter({ has: page.locator(".status") })).toHaveText("不承認");
});

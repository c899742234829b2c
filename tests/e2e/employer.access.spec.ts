import { makeEmployerAccount, makeEvent, makeJob } from "../factories";
import { expect, test, uniqueEmail } from "./fixtures";
import { uniqueTitle, validJobPost } from "./employer.job-form";
import { now as clockNow } from "../../app/utils/clock";
import { addDays, tokyoDay } from "../../app/utils/dates";

async function employerA(db: Parameters<typeof makeJob>[0]) {
  const { employer } = await makeEmployerAccount(db, { email: uniqueEmail("owner") });
  const soon = addDays(tokyoDay(clockNow()), 5);
  const job = await makeJob(db, { employerId: employer.id, title: uniqueTitle("A社の求人"), end_date: soon });
  await db.insertInto("job_daily_views").values({ job_id: job.id, day: soon, views: 4321 }).execute();
  const event = await makeEvent(db, {
    title: uniqueTitle("A社の見学会"),
    kind: "workplace_tour",
    organizer_employer_id: employer.id,
    status: "pending",
  });
  const now = clockNow().toISOString();
  const report = await db
    .insertInto("hire_reports")
    .values({ employer_id: employer.id, job_id: job.id, month: tokyoDay(clockNow()).slice(0, 7), hires: 2, note: "A社のメモ", created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { employer, job, event, report };
}

test("employer B cannot read, change or count employer A's postings, events and reports", async ({ page, db, signInAsEmployer }) => {
  // Many pages in one test, on a busy two-core machine.
  test.setTimeout(90_000);
  const a = await employerA(db);
  const before = await db.selectFrom("jobs").selectAll().where("id", "=", a.job.id).executeTakeFirstOrThrow();
  const jobsBefore = await db.selectFrom("jobs").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  await signInAsEmployer();

  expect((await page.goto(`/employer/jobs/${a.job.id}`))?.status()).toBe(404);
  await expect(page.getByText("4321")).toHaveCount(0);
  expect((await page.goto(`/employer/jobs/${a.job.id}/edit`))?.status()).toBe(404);

  for (const intent of ["duplicate", "filled", "closed", "extend", "withdraw", "reopen"]) {
    const r = await page.request.post(`/employer/jobs/${a.job.id}`, { form: { intent, confirm: "yes" } });
    expect(r.status(), intent).toBe(404);
  }
  const edit = await page.request.post(`/employer/jobs/${a.job.id}/edit`, { form: validJobPost({ title: "乗っ取り" }) });
  expect(edit.status()).toBe(404);

  expect(await db.selectFrom("jobs").selectAll().where("id", "=", a.job.id).executeTakeFirstOrThrow()).toEqual(before);
  expect(await db.selectFrom("jobs").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).toEqual(jobsBefore);
  expect(await db.selectFrom("job_revisions").select("id").where("job_id", "=", a.job.id).execute()).toHaveLength(0);

  // Hire reports: another employer's report or posting is refused.
  const changeReport = await page.request.post("/employer/hires", { form: { id: String(a.report.id), hires: "9" } });
  expect(changeReport.status()).toBe(404);
  const deleteReport = await page.request.post("/employer/hires", { form: { intent: "delete", id: String(a.report.id) } });
  expect(deleteReport.status()).toBe(404);
  const theirJob = await page.request.post("/employer/hires", { form: { hires: "1", job_id: String(a.job.id) } });
  expect(theirJob.status()).toBe(400);
  const report = await db.selectFrom("hire_reports").select(["hires", "note"]).where("id", "=", a.report.id).executeTakeFirstOrThrow();
  expect(report).toEqual({ hires: 2, note: "A社のメモ" });

  // B's own pages show none of A's things.
  await page.goto("/employer");
  await expect(page.getByText(a.job.title)).toHaveCount(0);
  await expect(page.getByText(a.event.title)).toHaveCount(0);
  await page.goto("/employer/events");
  await expect(page.getByText(a.event.title)).toHaveCount(0);
  await page.goto("/employer/hires");
  await expect(page.getByText("A社のメモ")).toHaveCount(0);
  await expect(page.getByRole("option", { name: a.job.title })).toHaveCount(0);
});

for (const status of ["pending", "suspended"] as const) {
  test(`a ${status} employer can neither publish nor propose anything`, async ({ page, db, signInAsEmployer }) => {
    const { employerId } = await signInAsEmployer(status);
    const draft = await makeJob(db, { employerId, status: "draft", title: uniqueTitle("下書き") });
    for (const path of ["/employer/jobs/new", "/employer/events/new", "/employer/events", "/employer/hires", `/employer/jobs/${draft.id}`, `/employer/jobs/${draft.id}/edit`]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
    const title = uniqueTitle("出せない求人");
    expect((await page.request.post("/employer/jobs/new", { form: validJobPost({ title }) })).status()).toBe(403);
    expect((await page.request.post(`/employer/jobs/${draft.id}/edit`, { form: validJobPost() })).status()).toBe(403);
    expect((await page.request.post(`/employer/jobs/${draft.id}`, { form: { intent: "duplicate" } })).status()).toBe(403);
    const eventTitle = uniqueTitle("出せない見学会");
    const event = await page.request.post("/employer/events/new", {
      form: { kind: "workplace_tour", title: eventTitle, day: "2030-01-01", start_time: "10:00", end_time: "11:00", venue: "本社", address: "熊本市" },
    });
    expect(event.status()).toBe(403);
    expect(await db.selectFrom("jobs").select("id").where("title", "=", title).execute()).toHaveLength(0);
    expect(await db.selectFrom("jobs").select("status").where("id", "=", draft.id).executeTakeFirstOrThrow()).toEqual({ status: "draft" });
    expect(await db.selectFrom("events").select("id").where("title", "=", eventTitle).execute()).toHaveLength(0);
  });
}

test("anonymous visitors are sent to the login page", async ({ page }) => {
  for (const path of ["/employer", "/employer/profile", "/employer/jobs/new", "/employer/jobs/1", "/employer/jobs/1/edit", "/employer/events/new", "/employer/events", "/employer/hires"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(new RegExp(`/login\\?redirectTo=${encodeURIComponent(path).replace(/\//g, "%2F")}$`));
  }
  const r = await page.request.post("/employer/jobs/new", { form: validJobPost(), maxRedirects: 0 });
  expect(r.status()).toBe(302);
  expect(r.headers().location).toMatch(/^\/login/);
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createJob,
  duplicateJob,
  endJob,
  extendJob,
  listEmployerJobs,
  saveJob,
  withdrawRevision,
  type EmployerActor,
} from "../../app/models/employer-jobs.server";
import { findOpenRevision } from "../../app/models/job-revisions.server";
import { decideRevision } from "../../app/models/review.server";
import { applyJobContent, expireJobs, jobInputToView, jobToInput, loadOffenceRules } from "../../app/models/job-postings.server";
import { DEFAULT_MINIMUM_WAGE_HOURLY, getMinimumHourlyWage, setMinimumHourlyWage } from "../../app/models/settings.server";
import { jobSchema, makeJobSchema, type JobInput } from "../../app/schemas/job";
import { addDays, addMonths, tokyoDay } from "../../app/utils/dates";
import type { Database } from "../../db/types";
import type { Kysely } from "kysely";
import { makeEmployerAccount, makeJob, makeStaff } from "../factories";
import { testDb } from "../setup/test-db";

// The code under test and the test both ask the clock for "today"; with the clock stopped
// for each test they cannot see two different days, even a second before midnight in Tokyo.
// Only Date is stopped: timers still run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now());
});
afterEach(() => {
  vi.useRealTimers();
});

function form(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: "介護スタッフ",
    description: "食事や入浴の手伝いをします。",
    employment_type: "part_time",
    industry: "care",
    openings: "2",
    licenses: "",
    workplace_address: "熊本市北区植木町1-1",
    ward: "kita",
    pay_unit: "hour",
    pay_min: "1100",
    pay_max: "1300",
    pay_note: "",
    hours: "9:00〜18:00",
    days_off: "シフト制（月8日）",
    insurance: "雇用保険・労災保険",
    benefits: "",
    how_to_apply: "生活安全課へ電話",
    probation_terms: "なし",
    contract_terms: "期間の定めなし",
    overtime: "なし",
    smoking_measures: "屋内は禁煙",
    workplace_change_scope: "変更なし",
    duties_change_scope: "変更なし",
    end_date: addMonths(tokyoDay(), 3),
    offence_theft: "ok",
    offence_fraud: "consult",
    offence_violence: "ok",
    offence_robbery: "no",
    offence_sexual: "no",
    offence_drugs: "consult",
    offence_traffic: "ok",
    offence_arson: "no",
    offence_homicide: "no",
    housing: "on",
    ...overrides,
  };
}

function input(overrides: Record<string, string> = {}): JobInput {
  return jobSchema.parse(form(overrides));
}

async function setup() {
  const { db } = testDb();
  await makeStaff(db);
  const a = await makeEmployerAccount(db);
  const b = await makeEmployerAccount(db);
  const actor = (x: typeof a): EmployerActor => ({
    id: x.user.id,
    email: x.user.email,
    employerId: x.employer.id,
    companyName: x.employer.name,
    staffLink: "http://localhost/staff",
  });
  return { db, a, b, actorA: actor(a), actorB: actor(b) };
}

async function row(db: Kysely<Database>, id: number) {
  return db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function staffMails(db: Kysely<Database>) {
  return db.selectFrom("outbox").select("subject").where("subject", "like", "【審査待ち】%").execute();
}

describe("job schema", () => {
  it("turns form strings into a posting, forgiving full-width digits and commas", () => {
    const parsed = input({ pay_min: "１，１００", openings: "３" });
    expect(parsed.pay_min).toBe(1100);
    expect(parsed.openings).toBe(3);
    expect(parsed.housing).toBe(true);
    expect(parsed.meals).toBe(false);
    expect(parsed.offence_robbery).toBe("no");
  });

  it("has no age field", () => {
    expect(Object.keys(input()).filter((k) => /age|nenrei/i.test(k))).toEqual([]);
  });

  it("refuses hourly pay below the minimum wage given to it, and only for hourly pay", () => {
    const low = makeJobSchema(1034).safeParse(form({ pay_min: "1000", pay_max: "" }));
    expect(low.success).toBe(false);
    expect(low.error?.issues[0]).toMatchObject({ path: ["pay_min"], message: expect.stringContaining("1,034円") });
    expect(makeJobSchema(1200).safeParse(form({ pay_min: "1100", pay_max: "" })).success).toBe(false);
    expect(makeJobSchema(1034).safeParse(form({ pay_min: "1034", pay_max: "" })).success).toBe(true);
    expect(makeJobSchema(1034).safeParse(form({ pay_unit: "day", pay_min: "900", pay_max: "" })).success).toBe(true);
  });

  it("checks the pay range even while other fields are wrong", () => {
    const result = makeJobSchema(1034).safeParse(form({ title: "", pay_min: "1500", pay_max: "1200" }));
    const paths = result.error?.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["title", "pay_max"]));
  });

  it("refuses control characters but keeps HTML as plain text", () => {
    expect(jobSchema.safeParse(form({ title: "bad\u0007title" })).success).toBe(false);
    expect(input({ title: "<script>alert(1)</script>" }).title).toBe("<script>alert(1)</script>");
  });

  it("keeps the end date between today and six months ahead", () => {
    expect(jobSchema.safeParse(form({ end_date: addDays(tokyoDay(), -1) })).success).toBe(false);
    expect(jobSchema.safeParse(form({ end_date: addMonths(tokyoDay(), 7) })).success).toBe(false);
    expect(jobSchema.safeParse(form({ end_date: "31/12/2026" })).success).toBe(false);
  });
});

describe("posting content", () => {
  it("applyJobContent writes the columns and nine offence rules; jobToInput reads them back", async () => {
    const { db, a } = await setup();
    const job = await makeJob(db, { employerId: a.employer.id });
    const next = input({ title: "変更後の職種", offence_theft: "no" });
    await applyJobContent(db, job.id, next);
    const after = await row(db, job.id);
    expect(after.title).toBe("変更後の職種");
    expect(after.housing).toBe(1);
    expect(after.status).toBe("published");
    const rules = await loadOffenceRules(db, job.id);
    expect(rules.theft).toBe("no");
    expect(jobToInput(after, rules)).toEqual(next);
  });

  it("jobInputToView gives the public shape", async () => {
    const { a } = await setup();
    const view = jobInputToView(input(), a.employer, { id: 5 });
    expect(view).toMatchObject({ id: 5, title: "介護スタッフ", payMin: 1100, housing: true, offences: { robbery: "no" } });
    expect(view.employer.name).toBe(a.employer.name);
  });

  it("the minimum wage setting defaults to Kumamoto's figure and can be stored", async () => {
    const { db } = await setup();
    expect(await getMinimumHourlyWage(db)).toBe(DEFAULT_MINIMUM_WAGE_HOURLY);
    expect(DEFAULT_MINIMUM_WAGE_HOURLY).toBe(1034);
    await setMinimumHourlyWage(db, { id: null, email: "cli" }, 1100);
    expect(await getMinimumHourlyWage(db)).toBe(1100);
    const audit = await db.selectFrom("audit_log").select(["action", "detail"]).where("entity_id", "=", "minimum_wage_hourly").execute();
    expect(audit).toEqual([{ action: "setting.update", detail: JSON.stringify({ from: 1034, to: 1100 }) }]);
  });
});

describe("an employer's postings", () => {
  it("a submitted posting waits for review and staff get a mail", async () => {
    const { db, actorA } = await setup();
    const id = await createJob(db, actorA, input(), "submit");
    expect((await row(db, id)).status).toBe("pending");
    expect(await staffMails(db)).toHaveLength(1);
    const draft = await createJob(db, actorA, input(), "draft");
    expect((await row(db, draft)).status).toBe("draft");
    expect(await staffMails(db)).toHaveLength(1);
  });

  it("editing a published posting makes one revision and leaves the public row alone", async () => {
    const { db, a, actorA } = await setup();
    const job = await makeJob(db, { employerId: a.employer.id, title: "承認済みの職種" });
    expect(await saveJob(db, actorA, job.id, input({ title: "変更案1" }), "draft")).toBe("revision_saved");
    expect(await saveJob(db, actorA, job.id, input({ title: "変更案2" }), "submit")).toBe("revision_submitted");
    expect((await row(db, job.id)).title).toBe("承認済みの職種");
    const revisions = await db.selectFrom("job_revisions").selectAll().where("job_id", "=", job.id).execute();
    expect(revisions).toHaveLength(1);
    expect(revisions[0].status).toBe("pending");
    expect(JSON.parse(revisions[0].content).title).toBe("変更案2");

    // Staff approve it through the review model their screens call.
    const open = await findOpenRevision(db, job.id);
    expect(open!.input.title).toBe("変更案2");
    const staff = await db.selectFrom("users").select(["id", "email"]).where("role", "=", "staff").executeTakeFirstOrThrow();
    expect(await decideRevision(db, staff, revisions[0].id, "approve")).toEqual({ id: revisions[0].id, jobId: job.id });
    expect((await row(db, job.id)).title).toBe("変更案2");
    expect(await findOpenRevision(db, job.id)).toBeUndefined();
  });

  it("editing a draft or sent-back posting changes it in place", async () => {
    const { db, a, actorA } = await setup();
    const rejected = await makeJob(db, { employerId: a.employer.id, status: "rejected", status_reason: "給与を直してください" });
    expect(await saveJob(db, actorA, rejected.id, input({ title: "直した" }), "draft")).toBe("saved");
    expect(await row(db, rejected.id)).toMatchObject({ title: "直した", status: "rejected", status_reason: "給与を直してください" });
    expect(await saveJob(db, actorA, rejected.id, input({ title: "直した" }), "submit")).toBe("submitted");
    expect(await row(db, rejected.id)).toMatchObject({ status: "pending", status_reason: "" });
    const filled = await makeJob(db, { employerId: a.employer.id, status: "filled" });
    expect(await saveJob(db, actorA, filled.id, input(), "submit")).toBe("ended");
  });

  it("another employer's posting is not found for every action, and nothing changes", async () => {
    const { db, a, actorB } = await setup();
    const job = await makeJob(db, { employerId: a.employer.id, end_date: addDays(tokyoDay(), 3) });
    const before = await row(db, job.id);
    expect(await saveJob(db, actorB, job.id, input({ title: "乗っ取り" }), "submit")).toBeNull();
    expect(await duplicateJob(db, actorB, job.id)).toBeNull();
    expect(await endJob(db, actorB, job.id, "closed")).toBeNull();
    expect(await endJob(db, actorB, job.id, "filled")).toBeNull();
    expect(await extendJob(db, actorB, job.id)).toBeNull();
    expect(await withdrawRevision(db, actorB, job.id)).toBeNull();
    expect(await row(db, job.id)).toEqual(before);
    expect(await db.selectFrom("job_revisions").select("id").execute()).toHaveLength(0);
    expect(await listEmployerJobs(db, actorB.employerId)).toHaveLength(0);
  });

  it("duplicate, filled, close, extend and withdraw", async () => {
    const { db, a, actorA } = await setup();
    const job = await makeJob(db, { employerId: a.employer.id, offences: { drugs: "no" } });
    const copyId = (await duplicateJob(db, actorA, job.id))!;
    const copy = await row(db, copyId);
    expect(copy).toMatchObject({ status: "draft", title: job.title, end_date: addMonths(tokyoDay(), 3), published_at: null });
    expect((await loadOffenceRules(db, copyId)).drugs).toBe("no");

    expect(await endJob(db, actorA, copyId, "filled")).toBe("not_allowed");
    await saveJob(db, actorA, job.id, input(), "submit");
    expect(await endJob(db, actorA, job.id, "filled")).toBe("done");
    expect((await row(db, job.id)).status).toBe("filled");
    expect((await findOpenRevision(db, job.id))).toBeUndefined();
    expect(await endJob(db, actorA, copyId, "closed")).toBe("done");

    const far = await makeJob(db, { employerId: a.employer.id, end_date: addMonths(tokyoDay(), 2) });
    expect(await extendJob(db, actorA, far.id)).toBe("not_allowed");
    const expired = await makeJob(db, { employerId: a.employer.id, status: "expired" });
    expect(await extendJob(db, actorA, expired.id)).toEqual({ endDate: addMonths(tokyoDay(), 3) });
    expect((await row(db, expired.id)).status).toBe("published");

    const published = await makeJob(db, { employerId: a.employer.id });
    await saveJob(db, actorA, published.id, input({ title: "やめる変更" }), "submit");
    expect(await withdrawRevision(db, actorA, published.id)).toBe(1);
    expect(await findOpenRevision(db, published.id)).toBeUndefined();
  });

  it("postings past their end date expire, and the list reads them as expired at once", async () => {
    const { db, a } = await setup();
    const old = await makeJob(db, { employerId: a.employer.id, end_date: addDays(tokyoDay(), -1) });
    const current = await makeJob(db, { employerId: a.employer.id });
    const list = await listEmployerJobs(db, a.employer.id);
    expect(list.find((j) => j.id === old.id)?.status).toBe("expired");
    expect(await expireJobs(db, tokyoDay())).toBe(1);
    expect((await row(db, old.id)).status).toBe("expired");
    expect((await row(db, current.id)).status).toBe("published");
  });

  it("sums the daily views of each posting", async () => {
    const { db, a } = await setup();
    const job = await makeJob(db, { employerId: a.employer.id });
    await db
      .insertInto("job_daily_views")
      .values([
        { job_id: job.id, day: tokyoDay(), views: 3 },
        { job_id: job.id, day: addDays(tokyoDay(), -40), views: 4 },
      ])
      .execute();
    const list = await listEmployerJobs(db, a.employer.id);
    expect(list[0].views).toBe(7);
  });
});

import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../app/auth/password.server";
import { attemptLogin } from "../../app/auth/login.server";
import { findPublicEvent } from "../../app/models/events.server";
import { jobToInput, loadOffenceRules } from "../../app/models/job-postings.server";
import { publicJobsQuery } from "../../app/models/jobs.server";
import { findReadableIssue, issueItems } from "../../app/models/magazine.server";
import { diffJobInputs, listPendingEmployers, listQueue, loadRevisionForReview } from "../../app/models/review.server";
import { jobInputToFormDefaults, makeJobSchema } from "../../app/schemas/job";
import { readingsFor } from "../../app/models/readings.server";
import { addMonths, tokyoDay } from "../../app/utils/dates";
import { migrateToLatest } from "../../db/migrate";
import { DEMO_ACCOUNTS, seedDemo } from "../../db/seed";
import { openDatabase } from "../../db/sqlite";
import type { Database, EventKind, Industry, Ward } from "../../db/types";
import {
  DEMO_PASSWORD,
  OFFENCE_CATEGORY_LIST,
  makeEmployer,
  makeEmployerAccount,
  makeEvent,
  makeJob,
  makeMagazineIssue,
  makeStaff,
  makeUser,
  tokyoDateTime,
  type JobSnapshot,
} from "../factories/index";
import { now as clockNow } from "../../app/utils/clock";

const MINIMUM_WAGE = 1034; // yen per hour, Kumamoto

async function freshDb(): Promise<Kysely<Database>> {
  const { db } = openDatabase(":memory:");
  await migrateToLatest(db);
  return db;
}

async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const ALL_TABLES: Array<keyof Database> = [
  "employers",
  "users",
  "jobs",
  "job_offence_rules",
  "events",
  "event_participants",
  "magazine_issues",
  "magazine_items",
  "hire_reports",
  "contact_requests",
  "outcome_figures",
];

describe("seedDemo", () => {
  let db: Kysely<Database>;
  const now = clockNow();
  const today = tokyoDay(now);

  // The seed writes the readings of every demo text: the analyser's dictionary is built first.
  beforeAll(async () => {
    db = await freshDb();
    await seedDemo(db, { now });
  }, 120_000);

  it("stores the readings of every demo posting and the search text, with the demo dictionary", async () => {
    const words = await db.selectFrom("reading_words").select(["word", "reading"]).execute();
    expect(words).toEqual(
      expect.arrayContaining([
        { word: "戸島町", reading: "とじままち" },
        { word: "身元引受人", reading: "みもとひきうけにん" },
      ]),
    );
    expect(await db.selectFrom("text_queue").selectAll().execute()).toEqual([]);
    const count = async () =>
      Number((await db.selectFrom("text_readings").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    const before = await count();
    const jobs = await db.selectFrom("jobs").select(["id", "description"]).execute();
    const stored = await readingsFor(db, jobs.map((j) => j.description));
    // Nothing was analysed by this look-up: the seed stored every description's readings.
    expect(await count()).toBe(before);
    for (const job of jobs) {
      const read = stored.get(job.description)!;
      expect(read.map((s) => s.text).join("")).toBe(job.description);
      expect(read.some((s) => s.reading)).toBe(true);
    }
    const search = await db.selectFrom("job_search_text").select(["head", "body"]).execute();
    expect(search.length).toBe(jobs.length);
    for (const row of search) expect(row.head + row.body).toMatch(/[ぁ-ん]{4}/u);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("creates approved employers in every ward and industry, plus two pending sign-ups", async () => {
    const employers = await db.selectFrom("employers").selectAll().execute();
    const approved = employers.filter((e) => e.status === "approved");
    const pending = employers.filter((e) => e.status === "pending");
    expect(approved.length).toBeGreaterThanOrEqual(14);
    expect(approved).toHaveLength(18);
    expect(pending).toHaveLength(2);

    const wards = new Set<Ward>(approved.map((e) => e.ward));
    for (const ward of ["chuo", "higashi", "nishi", "minami", "kita", "outside"] as const) {
      expect(wards).toContain(ward);
    }
    const industries = new Set<Industry>(approved.map((e) => e.industry));
    for (const industry of [
      "construction",
      "care",
      "manufacturing",
      "food",
      "transport",
      "cleaning",
      "agriculture",
      "retail",
      "other",
    ] as const) {
      expect(industries).toContain(industry);
    }
    expect(approved.filter((e) => e.registration === "in_progress").length).toBeGreaterThan(0);
    for (const e of employers) {
      expect(e.name).toContain("（架空）");
      expect(e.profile).toContain("※デモ用の架空の事業所です");
      expect(e.phone).toMatch(/^096-000-\d{4}$/);
      expect(e.message.length).toBeGreaterThan(10);
      if (e.ward === "outside") expect(e.address).not.toContain("熊本市");
      else expect(e.address).toMatch(/^熊本市(中央|東|西|南|北)区/);
    }

    // Every employer, pending ones included, has its own account.
    const employerUsers = await db.selectFrom("users").selectAll().where("role", "=", "employer").execute();
    expect(new Set(employerUsers.map((u) => u.employer_id))).toEqual(new Set(employers.map((e) => e.id)));
  });

  it("creates the demo accounts with the demo password", async () => {
    const staff = await db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "staff@example.jp")
      .executeTakeFirstOrThrow();
    expect(staff.role).toBe("staff");
    expect(staff.employer_id).toBeNull();
    expect(staff.display_name).toBe("生活安全課 デモ職員");
    expect(await verifyPassword(staff.password_hash, "kumamoto-demo-2026")).toBe(true);
    expect(await verifyPassword(staff.password_hash, "wrong-password")).toBe(false);

    const employer = await db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", "employer@example.jp")
      .executeTakeFirstOrThrow();
    expect(employer.role).toBe("employer");
    expect(await verifyPassword(employer.password_hash, DEMO_ACCOUNTS.password)).toBe(true);
    const company = await db
      .selectFrom("employers")
      .selectAll()
      .where("id", "=", employer.employer_id)
      .executeTakeFirstOrThrow();
    expect(company.status).toBe("approved");
  });

  it("gives employer@example.jp exactly 1 draft, 1 pending and 2 published postings", async () => {
    const rows = await db
      .selectFrom("jobs")
      .innerJoin("users", "users.employer_id", "jobs.employer_id")
      .select("jobs.status")
      .where("users.email", "=", "employer@example.jp")
      .execute();
    expect(rows.map((r) => r.status).sort()).toEqual(["draft", "pending", "published", "published"]);
  });

  it("creates postings in every status with plausible conditions", async () => {
    const jobs = await db.selectFrom("jobs").selectAll().execute();
    const byStatus = (s: string) => jobs.filter((j) => j.status === s);
    expect(byStatus("published").length).toBeGreaterThanOrEqual(40);
    expect(byStatus("published")).toHaveLength(43);
    expect(byStatus("draft")).toHaveLength(3);
    expect(byStatus("pending")).toHaveLength(3);
    expect(byStatus("filled")).toHaveLength(1);
    expect(byStatus("closed")).toHaveLength(1);
    expect(byStatus("expired")).toHaveLength(1);
    expect(jobs).toHaveLength(52);

    const employers = new Map(
      (await db.selectFrom("employers").selectAll().execute()).map((e) => [e.id, e]),
    );
    for (const job of jobs) {
      const employer = employers.get(job.employer_id);
      expect(employer?.status).toBe("approved");
      const hourly =
        job.pay_unit === "hour" ? job.pay_min : job.pay_unit === "day" ? job.pay_min / 8 : job.pay_min / 173;
      expect(hourly, job.title).toBeGreaterThanOrEqual(MINIMUM_WAGE);
      expect(job.openings).toBeGreaterThanOrEqual(1);
      expect(job.openings).toBeLessThanOrEqual(5);
      expect(job.how_to_apply).toMatch(/保護観察官|生活安全課|熊本市役所/);
      if (job.ward !== "outside") {
        const wardName = { chuo: "中央区", higashi: "東区", nishi: "西区", minami: "南区", kita: "北区" }[job.ward];
        expect(job.workplace_address).toContain(`熊本市${wardName}`);
      }
    }

    const sixtyDaysAgo = new Date(now.getTime() - 60 * 86_400_000).toISOString();
    for (const job of byStatus("published")) {
      expect(job.published_at).not.toBeNull();
      expect(job.published_at! >= sixtyDaysAgo && job.published_at! <= now.toISOString()).toBe(true);
      expect(job.end_date > addMonths(today, 1) || job.end_date === addMonths(today, 1)).toBe(true);
      expect(job.end_date <= addMonths(today, 3)).toBe(true);
    }
    expect(byStatus("expired")[0].end_date < today).toBe(true);
    for (const job of [...byStatus("filled"), ...byStatus("closed")]) expect(job.closed_at).not.toBeNull();
    for (const job of byStatus("draft")) expect(job.published_at).toBeNull();

    const published = byStatus("published");
    expect(new Set(published.map((j) => j.employment_type)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(published.map((j) => j.pay_unit))).toEqual(new Set(["hour", "day", "month"]));
    expect(published.filter((j) => j.housing === 1).length).toBeGreaterThanOrEqual(10);
    expect(published.filter((j) => j.no_experience === 1).length).toBeGreaterThanOrEqual(25);
    expect(published.filter((j) => j.no_experience === 0).length).toBeGreaterThan(0);
    expect(new Set(published.map((j) => j.ward)).size).toBe(6);
  });

  it("stores all nine offence categories for every posting, with varied answers", async () => {
    const rules = await db.selectFrom("job_offence_rules").selectAll().execute();
    const jobCount = await countRows(db, "jobs");
    expect(rules).toHaveLength(jobCount * OFFENCE_CATEGORY_LIST.length);
    expect(new Set(rules.map((r) => r.acceptance))).toEqual(new Set(["ok", "consult", "no"]));
    const sexualNo = rules.filter((r) => r.category === "sexual" && r.acceptance === "no").length;
    expect(sexualNo).toBeGreaterThan(jobCount / 2);
  });

  it("schedules upcoming published events of every kind, plus a pending tour and past events", async () => {
    const events = await db.selectFrom("events").selectAll().execute();
    const nowIso = now.toISOString();
    const upcoming = events.filter((e) => e.status === "published" && e.starts_at > nowIso);
    expect(upcoming.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set<EventKind>(upcoming.map((e) => e.kind));
    for (const kind of ["company_fair", "company_seminar", "workplace_tour", "employer_seminar", "course"] as const) {
      expect(kinds).toContain(kind);
    }
    const twoMonths = new Date(now.getTime() + 62 * 86_400_000).toISOString();
    for (const e of upcoming) {
      expect(e.starts_at < twoMonths).toBe(true);
      expect(e.ends_at > e.starts_at).toBe(true);
    }
    // 13:30 in Tokyo is 04:30 UTC.
    const fair = upcoming.find((e) => e.kind === "company_fair")!;
    expect(fair.starts_at).toMatch(/T04:30:00\.000Z$/);
    expect(fair.capacity).toBeGreaterThan(0);
    const participants = await db
      .selectFrom("event_participants")
      .selectAll()
      .where("event_id", "=", fair.id)
      .execute();
    expect(participants.length).toBeGreaterThanOrEqual(3);
    const tour = upcoming.find((e) => e.kind === "workplace_tour")!;
    expect(tour.organizer_employer_id).not.toBeNull();

    const pending = events.filter((e) => e.status === "pending");
    expect(pending).toHaveLength(1);
    expect(pending[0].kind).toBe("workplace_tour");
    expect(pending[0].organizer_employer_id).not.toBeNull();

    const past = events.filter((e) => e.starts_at < nowIso);
    expect(past).toHaveLength(2);
    for (const e of past) {
      expect(e.attendance_seekers).not.toBeNull();
      expect(e.attendance_employers).not.toBeNull();
      expect(e.interviews_held).not.toBeNull();
    }
  });

  it("publishes magazine issue no. 1 with 12 frozen postings", async () => {
    const issues = await db.selectFrom("magazine_issues").selectAll().execute();
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    expect(issue.number).toBe(1);
    expect(issue.status).toBe("published");
    expect(issue.title).toContain("Change!");
    expect(issue.issue_date < today && issue.issue_date >= addMonths(today, -1)).toBe(true);
    expect(issue.editor_note).not.toBe("");
    expect(issue.cover_text).not.toBe("");

    const items = await db
      .selectFrom("magazine_items")
      .selectAll()
      .where("issue_id", "=", issue.id)
      .orderBy("position")
      .execute();
    expect(items).toHaveLength(12);
    expect(items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const item of items) {
      expect(item.snapshot).not.toBeNull();
      const snapshot = JSON.parse(item.snapshot!) as JobSnapshot;
      expect(snapshot.job.id).toBe(item.job_id);
      expect(snapshot.job.status).toBe("published");
      expect(snapshot.job.published_at! <= issue.published_at!).toBe(true);
      expect(Object.keys(snapshot.offences).sort()).toEqual([...OFFENCE_CATEGORY_LIST].sort());
      expect(snapshot.employer.id).toBe(snapshot.job.employer_id);
      expect(Object.keys(snapshot.employer).sort()).toEqual(
        ["address", "id", "industry", "message", "name", "name_kana", "phone", "ward"],
      );
    }
  });

  it("adds hire reports, contact requests and outcome figures", async () => {
    const hires = await db.selectFrom("hire_reports").selectAll().execute();
    expect(hires.length).toBeGreaterThanOrEqual(3);
    for (const h of hires) expect(h.month).toMatch(/^\d{4}-\d{2}$/);

    const contacts = await db.selectFrom("contact_requests").selectAll().execute();
    expect(contacts.length).toBeGreaterThanOrEqual(2);
    for (const c of contacts) {
      expect(["090-0000-0000", "080-0000-0000", "example@example.jp"]).toContain(c.contact_value);
      expect(c.created_at >= new Date(now.getTime() - 90 * 86_400_000).toISOString()).toBe(true);
    }

    const figures = await db.selectFrom("outcome_figures").selectAll().orderBy("year").execute();
    expect(figures.length).toBeGreaterThanOrEqual(2);
    expect(figures[0]).toMatchObject({ year: 2019, arrested: 1107, repeat_offenders: 564 });
  });

  it("gives staff a review queue with every kind of entry, including a change to a public posting", async () => {
    const queue = await listQueue(db);
    expect(new Set(queue.map((e) => e.kind))).toEqual(new Set(["employer", "job", "revision", "event"]));
    const revisions = queue.filter((e) => e.kind === "revision");
    expect(revisions).toHaveLength(1);
    const review = await loadRevisionForReview(db, revisions[0]!.id);
    expect(review?.job.status).toBe("published");
    const changed = diffJobInputs(review!.current, review!.proposed).map((c) => c.field);
    expect(changed.sort()).toEqual(["benefits", "pay_max", "pay_min"]);
    expect(review!.proposed.pay_min).toBe(review!.current.pay_min! + 50);
  });

  it("does nothing the second time", async () => {
    const before = await Promise.all(ALL_TABLES.map((t) => countRows(db, t)));
    await seedDemo(db);
    const after = await Promise.all(ALL_TABLES.map((t) => countRows(db, t)));
    expect(after).toEqual(before);
  });
});

describe("factories", () => {
  let db: Kysely<Database>;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db.destroy();
  });

  // Each factory row is read back through the application's own code (login, the public
  // job query, the job schema, the event and magazine readers), so a factory that wrote a
  // row the application would not accept fails here, not somewhere far away.
  it("insert rows the application's own code accepts", async () => {
    const address = "192.0.2.10";
    const staff = await makeStaff(db, { email: "factory-staff@example.jp" });
    expect(await attemptLogin(db, { email: "factory-staff@example.jp", password: DEMO_PASSWORD, address })).toEqual({
      outcome: "ok",
      userId: staff.id,
      role: "staff",
    });

    const { employer, user } = await makeEmployerAccount(db, { email: "factory-employer@example.jp", password: "another-password-1" });
    expect(await attemptLogin(db, { email: "factory-employer@example.jp", password: "another-password-1", address })).toEqual({
      outcome: "ok",
      userId: user.id,
      role: "employer",
    });

    const pending = await makeEmployer(db, { status: "pending", registration: "in_progress" });
    expect(await listPendingEmployers(db)).toEqual([expect.objectContaining({ id: pending.id })]);
    await expect(makeUser(db, { role: "employer", email: "x@example.jp" })).rejects.toThrow("makeUser: an employer user needs employerId");
    await makeUser(db, { role: "employer", email: "Mixed@Example.JP", employerId: pending.id, password: "mixed-case-pass-1" });
    expect(await attemptLogin(db, { email: "mixed@example.jp", password: "mixed-case-pass-1", address })).toMatchObject({ outcome: "ok" });

    // A published posting is public, and its content passes the form's own schema.
    const job = await makeJob(db, { employerId: employer.id, offences: { sexual: "no", drugs: "consult" } });
    expect(await publicJobsQuery(db).select("jobs.id").where("jobs.id", "=", job.id).execute()).toEqual([{ id: job.id }]);
    const stored = await db.selectFrom("jobs").selectAll().where("id", "=", job.id).executeTakeFirstOrThrow();
    const rules = await loadOffenceRules(db, job.id);
    expect(rules).toEqual({ ...Object.fromEntries(OFFENCE_CATEGORY_LIST.map((c) => [c, "ok"])), sexual: "no", drugs: "consult" });
    const asInput = jobToInput(stored, rules);
    const form: Record<string, string> = {};
    for (const [key, value] of Object.entries(jobInputToFormDefaults(asInput))) {
      if (value === true) form[key] = "on";
      else if (value !== false) form[key] = value;
    }
    const parsed = makeJobSchema(MINIMUM_WAGE).safeParse(form);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(asInput);

    // Every other status is kept from the public.
    for (const status of ["draft", "pending", "filled", "closed", "expired", "rejected"] as const) {
      const other = await makeJob(db, { employerId: employer.id, status });
      expect(await publicJobsQuery(db).select("jobs.id").where("jobs.id", "=", other.id).execute()).toEqual([]);
    }

    // An event on the public schedule at the hour given in Tokyo, with its approved participant only.
    const event = await makeEvent(db, {
      starts_at: tokyoDateTime("2030-04-01", "13:30"),
      participantEmployerIds: [employer.id, pending.id],
    });
    const shown = await findPublicEvent(db, event.id);
    expect(shown).toMatchObject({ starts_at: "2030-04-01T04:30:00.000Z" });
    expect(shown!.ends_at > shown!.starts_at).toBe(true);
    expect(shown!.participants.map((p) => p.id)).toEqual([employer.id]);

    // A draft issue is hidden from readers; a published one reads its frozen postings.
    await makeMagazineIssue(db, { number: 7, jobIds: [job.id], published: false });
    await makeMagazineIssue(db, { number: 8, jobIds: [job.id], published: true });
    expect(await findReadableIssue(db, "7", false)).toBeUndefined();
    const issue = await findReadableIssue(db, "8", false);
    expect(issue?.status).toBe("published");
    await db.updateTable("jobs").set({ title: "発行のあとで変えた職種" }).where("id", "=", job.id).execute();
    const items = await issueItems(db, issue!);
    expect(items.map((i) => [i.jobId, i.job.title, i.job.employer.name, i.job.offences.sexual])).toEqual([
      [job.id, job.title, employer.name, "no"],
    ]);
  });
});

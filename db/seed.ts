import type { Kysely } from "kysely";
import { seedFairs } from "./seed-fairs";
import { jobToInput, loadOffenceRules } from "../app/models/job-postings.server";
import { settleTexts } from "../app/models/search-text.server";
import { addDays, addMonths, tokyoDay } from "../app/utils/dates";
import {
  DEMO_PASSWORD,
  makeEmployer,
  makeEvent,
  makeJob,
  makeMagazineIssue,
  makeUser,
  tokyoDateTime,
} from "../tests/factories/index";
import {
  APPROVED_EMPLOYERS,
  CONTACTS,
  DEMO_EMPLOYER_KEY,
  EVENTS,
  FICTION_NOTE,
  HIRES,
  HOW_TO_APPLY,
  INSURANCE,
  JOBS,
  MAGAZINE,
  OFFENCE_PROFILES,
  OUTCOMES,
  PENDING_EMPLOYERS,
  STATED_TERMS_BY_TYPE,
  type EmployerSeed,
  type JobFlag,
  type JobSeed,
} from "./seed-data";
import { seedProgressDemo } from "./seed-surveys";
import type { Database, Employer, Industry, Job, JobStatus } from "./types";

// Demo data for Kumamoto City: clearly fictional employers, postings, events, one magazine
// issue, a few hire reports and contact requests. Deterministic: the same counts every run;
// only the dates move with today's date. Does nothing if the database already has users.
//
// Run: npm run db:seed   (DATABASE_PATH, default data/app.sqlite)

export const DEMO_ACCOUNTS = {
  staff: { email: "staff@example.jp", displayName: "生活安全課 デモ職員" },
  employer: { email: "employer@example.jp" },
  password: DEMO_PASSWORD,
} as const;

const DAY_MS = 86_400_000;
const INDUSTRY_ORDER: Industry[] = [
  "construction",
  "care",
  "manufacturing",
  "food",
  "transport",
  "cleaning",
  "agriculture",
  "retail",
  "other",
];
const ALL_FLAGS: JobFlag[] = [
  "no_experience",
  "qualification_support",
  "housing",
  "meals",
  "guarantor_not_needed",
  "employer_guarantor",
  "facility_interview",
  "probation_ok",
];

/** A posting made before the items a job offer must state were asked (pages show 「未記入」). */
const NO_STATED_TERMS = {
  probation_terms: null,
  contract_terms: null,
  overtime: null,
  smoking_measures: null,
  workplace_change_scope: null,
  duties_change_scope: null,
};

/** The day itself, or the next weekday outside the New Year holidays (29 Dec – 3 Jan). */
function workday(day: string): string {
  let d = day;
  for (;;) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    const monthDay = d.slice(5);
    const holiday = monthDay >= "12-29" || monthDay <= "01-03";
    if (weekday !== 0 && weekday !== 6 && !holiday) return d;
    d = addDays(d, 1);
  }
}

export async function seedDemo(db: Kysely<Database>, options: { now?: Date } = {}): Promise<void> {
  const { n } = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(n) > 0) return;
  const now = options.now ?? new Date();
  await db.transaction().execute((trx) => seedAll(trx, now));
  // After the rest: the fair models open transactions of their own.
  await seedFairs(db);
  // Readings and search text of every demo text, as a save in the app would write them.
  await settleTexts(db);
}

/**
 * The staff's reading dictionary as the demo starts it: names the analyser reads wrong, and
 * hard words with a plain alternative for the employers' writing hints.
 */
export const DEMO_READING_WORDS = [
  { word: "戸島町", reading: "とじままち", hard: 0, plain: "" },
  { word: "身元引受人", reading: "みもとひきうけにん", hard: 1, plain: "あなたの生活を見守る人（保証人）" },
  { word: "尚可", reading: "なおか", hard: 1, plain: "あれば、なおよい" },
  { word: "型枠", reading: "かたわく", hard: 1, plain: "コンクリートを流しこむ木の枠" },
  { word: "要相談", reading: "ようそうだん", hard: 1, plain: "相談してきめます" },
  { word: "賞与", reading: "しょうよ", hard: 1, plain: "ボーナス" },
] as const;

async function seedAll(db: Kysely<Database>, now: Date): Promise<void> {
  const today = tokyoDay(now);
  /** The instant `days` days before now, as an ISO string. */
  const ago = (days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString();

  // --- accounts and employers ----------------------------------------------------------
  await makeUser(db, {
    role: "staff",
    email: DEMO_ACCOUNTS.staff.email,
    displayName: DEMO_ACCOUNTS.staff.displayName,
    createdAt: ago(400),
  });

  const employers = new Map<string, Employer>();
  const addEmployer = async (seed: EmployerSeed, index: number, approved: boolean) => {
    const createdAt = approved ? ago(120 + index * 17) : ago(2 + index * 2);
    const employer = await makeEmployer(db, {
      name: seed.name,
      name_kana: seed.kana,
      industry: seed.industry,
      address: seed.address,
      ward: seed.ward,
      contact_name: seed.contact,
      phone: `096-000-${1001 + index + (approved ? 0 : 100)}`,
      employee_count: seed.employees,
      profile: `${seed.profile}\n${FICTION_NOTE}`,
      message: seed.message,
      registration: seed.registration,
      registration_confirmed_at: seed.registration === "registered" && approved ? ago(110 + index * 17) : null,
      status: approved ? "approved" : "pending",
      approved_at: approved ? ago(115 + index * 17) : null,
      created_at: createdAt,
      updated_at: createdAt,
    });
    employers.set(seed.key, employer);
    await makeUser(db, {
      role: "employer",
      email: seed.email,
      employerId: employer.id,
      displayName: seed.contact,
      createdAt,
    });
  };
  for (const [i, seed] of APPROVED_EMPLOYERS.entries()) await addEmployer(seed, i, true);
  for (const [i, seed] of PENDING_EMPLOYERS.entries()) await addEmployer(seed, i, false);
  const employerOf = (key: string): Employer => {
    const employer = employers.get(key);
    if (!employer) throw new Error(`seed: unknown employer key ${key}`);
    return employer;
  };

  // --- job postings --------------------------------------------------------------------
  const jobs = new Map<string, Job>(); // "employerKey:title" → job
  const published: Array<{ job: Job; seed: JobSeed }> = [];
  let publishedIndex = 0;
  for (const [i, seed] of JOBS.entries()) {
    const employer = employerOf(seed.employer);
    const status: JobStatus = seed.status ?? "published";
    const times = jobTimes(status, status === "published" ? publishedIndex++ : i);
    const flags = Object.fromEntries(
      ALL_FLAGS.map((flag) => [flag, seed.flags.includes(flag) ? 1 : 0]),
    ) as Record<JobFlag, 0 | 1>;
    const job = await makeJob(db, {
      employerId: employer.id,
      offences: OFFENCE_PROFILES[seed.offences],
      status,
      title: seed.title,
      description: seed.description,
      employment_type: seed.type,
      industry: employer.industry,
      workplace_address: seed.place?.address ?? employer.address,
      ward: seed.place?.ward ?? employer.ward,
      pay_unit: seed.pay[0],
      pay_min: seed.pay[1],
      pay_max: seed.pay[2],
      pay_note: seed.payNote ?? "",
      hours: seed.hours,
      days_off: seed.daysOff,
      insurance: INSURANCE[seed.type],
      licenses: seed.licenses ?? "",
      benefits: seed.benefits ?? "",
      ...flags,
      how_to_apply: HOW_TO_APPLY[i % HOW_TO_APPLY.length],
      openings: seed.openings,
      ...(seed.statedTermsMissing ? NO_STATED_TERMS : STATED_TERMS_BY_TYPE[seed.type]),
      ...times,
    });
    jobs.set(`${seed.employer}:${seed.title}`, job);
    if (status === "published") published.push({ job, seed });
  }

  // --- a change to a published posting, waiting for review (not the demo employer's, whose
  // own postings stay as they are described in README) ----------------------------------
  {
    const target = published.find(
      ({ seed }) => seed.employer !== DEMO_EMPLOYER_KEY && seed.pay[0] === "hour" && seed.pay[2] !== null,
    );
    if (!target) throw new Error("seed: no hourly published posting for the pending change");
    const { job } = target;
    const current = jobToInput(job, await loadOffenceRules(db, job.id));
    const proposed = {
      ...current,
      pay_min: (current.pay_min ?? 0) + 50,
      pay_max: (current.pay_max ?? 0) + 50,
      benefits: [current.benefits, "時給を50円上げます。"].filter(Boolean).join("\n"),
    };
    await db
      .insertInto("job_revisions")
      .values({ job_id: job.id, content: JSON.stringify(proposed), status: "pending", created_at: ago(1) })
      .execute();
  }

  /** Dates that make sense for each status; published postings spread over 60 days. */
  function jobTimes(status: JobStatus, k: number) {
    switch (status) {
      case "published": {
        const days = 1 + ((k * 37) % 59); // 1..59 days ago, spread evenly
        // Staff approve postings in office hours, Tokyo time.
        const time = `${String(9 + (k % 8)).padStart(2, "0")}:${k % 2 === 0 ? "15" : "45"}`;
        const publishedAt = tokyoDateTime(addDays(today, -days), time);
        return {
          created_at: ago(days + 3),
          updated_at: publishedAt,
          submitted_at: ago(days + 2),
          published_at: publishedAt,
          // 1 to 3 months ahead: two months are never shorter than 59 days.
          end_date: addDays(addMonths(today, 1), (k * 13) % 59),
        };
      }
      case "draft": {
        const at = ago(1 + (k % 5));
        return { created_at: at, updated_at: at, submitted_at: null, published_at: null, end_date: addMonths(today, 2) };
      }
      case "pending":
        return {
          created_at: ago(3 + (k % 3)),
          updated_at: ago(1 + (k % 3)),
          submitted_at: ago(1 + (k % 3)),
          published_at: null,
          end_date: addMonths(today, 2),
        };
      case "filled":
        return {
          created_at: ago(55),
          updated_at: ago(10),
          submitted_at: ago(54),
          published_at: ago(52),
          closed_at: ago(10),
          end_date: addDays(today, 20),
        };
      case "closed":
        return {
          created_at: ago(60),
          updated_at: ago(6),
          submitted_at: ago(59),
          published_at: ago(57),
          closed_at: ago(6),
          end_date: addDays(today, 10),
        };
      case "expired":
        return {
          created_at: ago(100),
          updated_at: ago(5),
          submitted_at: ago(99),
          published_at: ago(97),
          end_date: addDays(today, -5),
        };
      default:
        return { created_at: ago(7), updated_at: ago(4), submitted_at: ago(6), published_at: null, end_date: addMonths(today, 2) };
    }
  }
  const jobOf = (employerKey: string, title: string): Job => {
    const job = jobs.get(`${employerKey}:${title}`);
    if (!job) throw new Error(`seed: unknown job ${employerKey}:${title}`);
    return job;
  };

  // --- events --------------------------------------------------------------------------
  for (const seed of EVENTS) {
    const day = workday(addDays(today, seed.dayOffset));
    const createdAt = seed.dayOffset < 0 ? ago(-seed.dayOffset + 30) : ago(10);
    await makeEvent(db, {
      kind: seed.kind,
      title: seed.title,
      description: seed.description,
      starts_at: tokyoDateTime(day, seed.start),
      ends_at: tokyoDateTime(day, seed.end),
      venue: seed.venue,
      address: seed.address,
      capacity: seed.capacity,
      how_to_join: seed.howToJoin,
      what_to_bring: seed.whatToBring ?? "",
      organizer_employer_id: seed.organizer ? employerOf(seed.organizer).id : null,
      status: seed.status ?? "published",
      attendance_seekers: seed.attendance?.seekers ?? null,
      attendance_employers: seed.attendance?.employers ?? null,
      interviews_held: seed.attendance?.interviews ?? null,
      created_at: createdAt,
      updated_at: createdAt,
      participantEmployerIds: (seed.participants ?? []).map((key) => employerOf(key).id),
    });
  }

  // --- magazine issue no. 1: 12 postings that were public before the issue date ----------
  const issuedAt = tokyoDateTime(addDays(today, -MAGAZINE.daysAgo), "10:00");
  const eligible = published.filter(({ job }) => (job.published_at ?? "") < issuedAt);
  const chosen: Job[] = [];
  const usedEmployers = new Set<number>();
  for (const { job } of eligible) {
    if (chosen.length < MAGAZINE.itemCount && !usedEmployers.has(job.employer_id)) {
      chosen.push(job);
      usedEmployers.add(job.employer_id);
    }
  }
  for (const { job } of eligible) {
    if (chosen.length < MAGAZINE.itemCount && !chosen.includes(job)) chosen.push(job);
  }
  if (chosen.length < MAGAZINE.itemCount) throw new Error("seed: not enough postings for the magazine");
  chosen.sort(
    (a, b) => INDUSTRY_ORDER.indexOf(a.industry) - INDUSTRY_ORDER.indexOf(b.industry) || a.id - b.id,
  );
  await makeMagazineIssue(db, {
    number: MAGAZINE.number,
    jobIds: chosen.map((job) => job.id),
    published: true,
    title: MAGAZINE.title,
    issue_date: addDays(today, -MAGAZINE.daysAgo),
    editor_note: MAGAZINE.editorNote,
    cover_text: MAGAZINE.coverText,
    order_mode: "industry",
    published_at: issuedAt,
    created_at: ago(MAGAZINE.daysAgo + 7),
    updated_at: issuedAt,
  });

  // --- hire reports, contact requests, outcome figures ---------------------------------
  for (const hire of HIRES) {
    const at = ago(hire.monthsAgo * 30 - 25);
    await db
      .insertInto("hire_reports")
      .values({
        employer_id: employerOf(hire.employer).id,
        job_id: hire.jobTitle ? jobOf(hire.employer, hire.jobTitle).id : null,
        month: addMonths(today, -hire.monthsAgo).slice(0, 7),
        hires: hire.hires,
        note: hire.note,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }

  for (const contact of CONTACTS) {
    const job = [...jobs.values()].find((j) => j.title === contact.jobTitle && j.status === "published");
    await db
      .insertInto("contact_requests")
      .values({
        job_id: job?.id ?? null,
        name: contact.name,
        contact_method: contact.method,
        contact_value: contact.value,
        preferred_time: contact.preferredTime,
        message: contact.message,
        status: contact.handled ? "handled" : "new",
        handled_at: contact.handled ? ago(contact.daysAgo - 2) : null,
        forwarded_at: null,
        created_at: ago(contact.daysAgo),
      })
      .execute();
  }

  for (const figure of OUTCOMES) {
    await db
      .insertInto("outcome_figures")
      .values({
        year: figure.year,
        arrested: figure.arrested,
        repeat_offenders: figure.repeat,
        updated_at: ago(30),
      })
      .execute();
  }

  await seedProgressDemo(db, now);

  const stamp = now.toISOString();
  await db
    .insertInto("reading_words")
    .values(DEMO_READING_WORDS.map((w) => ({ ...w, created_at: stamp, updated_at: stamp })))
    .execute();

  // Sanity: the demo employer must own exactly 1 draft, 1 pending and 2 published postings.
  const own = JOBS.filter((j) => j.employer === DEMO_EMPLOYER_KEY).map((j) => j.status ?? "published");
  if (own.sort().join() !== "draft,pending,published,published") {
    throw new Error("seed: the demo employer's postings are not 1 draft, 1 pending, 2 published");
  }
}

// ---------------------------------------------------------------------------------------
// command line

/** Counts for the summary (and handy in tests). */
export async function demoSummary(db: Kysely<Database>) {
  const count = async (table: "users" | "events" | "magazine_issues" | "hire_reports" | "contact_requests") =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const byStatus = async (table: "employers" | "jobs") =>
    Object.fromEntries(
      (
        await db
          .selectFrom(table)
          .select((eb) => ["status", eb.fn.countAll<number>().as("n")])
          .groupBy("status")
          .orderBy("status")
          .execute()
      ).map((r) => [r.status, Number(r.n)]),
    ) as Record<string, number>;
  return {
    users: await count("users"),
    employers: await byStatus("employers"),
    jobs: await byStatus("jobs"),
    events: await count("events"),
    magazineIssues: await count("magazine_issues"),
    hireReports: await count("hire_reports"),
    contactRequests: await count("contact_requests"),
  };
}

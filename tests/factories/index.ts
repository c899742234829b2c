import type { Insertable, Kysely, Selectable } from "kysely";
import { hashPassword } from "../../app/auth/password.server";
import { currentHelpForPrint } from "../../app/models/magazine-help.server";
import { buildJobSnapshot, type JobSnapshot } from "../../app/models/magazine-snapshots.server";
import { addMonths, tokyoDay } from "../../app/utils/dates";
import type {
  Acceptance,
  Database,
  Employer,
  Event,
  Job,
  MagazineIssuesTable,
  NewEmployer,
  NewEvent,
  NewJob,
  OffenceCategory,
  Role,
  User,
} from "../../db/types";
import { now as clockNow, nowMs as clockNowMs } from "../../app/utils/clock";

// Small factories for tests and for the demo seed (db/seed.ts). Each takes the database
// first, inserts one thing with realistic (and clearly fictional) Japanese defaults that
// satisfy every CHECK constraint, and returns the inserted row.

export const DEMO_PASSWORD = "kumamoto-demo-2026";

export const OFFENCE_CATEGORY_LIST: readonly OffenceCategory[] = [
  "theft",
  "fraud",
  "violence",
  "robbery",
  "sexual",
  "drugs",
  "traffic",
  "arson",
  "homicide",
];

export type MagazineIssue = Selectable<MagazineIssuesTable>;
export type OffenceRules = Record<OffenceCategory, Acceptance>;

// The snapshot a published issue keeps is the app's own (the magazine model builds it).
export type { JobSnapshot };
export { buildJobSnapshot };

let counter = 0;
/** A number unique within the process, for emails and names. */
export function nextSeq(): number {
  counter += 1;
  return counter;
}

/** A wall-clock time in Asia/Tokyo as a UTC ISO string: ("2026-12-03", "13:30") → "…T04:30:00.000Z". */
export function tokyoDateTime(day: string, time: string): string {
  return new Date(`${day}T${time}:00+09:00`).toISOString();
}

// Argon2 takes tens of milliseconds per hash: hash each distinct password once per process.
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

// ---------------------------------------------------------------------------------------
// employers and users

export type EmployerOverrides = Partial<NewEmployer>;

export async function makeEmployer(
  db: Kysely<Database>,
  overrides: EmployerOverrides = {},
): Promise<Employer> {
  const n = nextSeq();
  const now = clockNow().toISOString();
  const status = overrides.status ?? "approved";
  const registration = overrides.registration ?? "registered";
  const values: NewEmployer = {
    name: `株式会社 くまもと協力工業${n}（架空）`,
    name_kana: `くまもときょうりょくこうぎょう${n}`,
    industry: "construction",
    postal_code: "",
    address: `熊本市中央区水前寺9丁目${n}-99`,
    ward: "chuo",
    contact_name: "熊本 太郎",
    phone: `096-000-${String(n % 10000).padStart(4, "0")}`,
    website: "",
    employee_count: 12,
    profile:
      "道路や住宅の工事をしている会社です。未経験の方にも先輩が一から教えます。※デモ用の架空の事業所です。",
    message: "これからのことを一緒に考えます。まずは気軽に話しに来てください。",
    registration,
    registration_confirmed_at: registration === "registered" ? now : null,
    status,
    status_reason: "",
    approved_at: status === "approved" ? now : null,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
  return db.insertInto("employers").values(values).returningAll().executeTakeFirstOrThrow();
}

export type UserInput = {
  role: Role;
  email: string;
  /** Hashed with hashPassword; defaults to DEMO_PASSWORD. */
  password?: string;
  /** Required for role "employer", ignored for "staff". */
  employerId?: number | null;
  displayName?: string;
  disabledAt?: string | null;
  createdAt?: string;
};

export async function makeUser(db: Kysely<Database>, input: UserInput): Promise<User> {
  if (input.role === "employer" && input.employerId == null) {
    throw new Error("makeUser: an employer user needs employerId");
  }
  const now = input.createdAt ?? clockNow().toISOString();
  return db
    .insertInto("users")
    .values({
      email: input.email.trim().toLowerCase(),
      password_hash: await cachedHash(input.password ?? DEMO_PASSWORD),
      role: input.role,
      employer_id: input.role === "employer" ? (input.employerId ?? null) : null,
      display_name: input.displayName ?? "",
      disabled_at: input.disabledAt ?? null,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type StaffOverrides = Partial<Omit<UserInput, "role" | "employerId">>;

export async function makeStaff(db: Kysely<Database>, overrides: StaffOverrides = {}): Promise<User> {
  const n = nextSeq();
  return makeUser(db, {
    email: `staff${n}@example.jp`,
    displayName: `生活安全課 職員${n}`,
    ...overrides,
    role: "staff",
  });
}

export type EmployerAccountOverrides = StaffOverrides & { employer?: EmployerOverrides };

/** An employer and its user account in one go. */
export async function makeEmployerAccount(
  db: Kysely<Database>,
  overrides: EmployerAccountOverrides = {},
): Promise<{ employer: Employer; user: User }> {
  const { employer: employerOverrides, ...userOverrides } = overrides;
  const employer = await makeEmployer(db, employerOverrides);
  const user = await makeUser(db, {
    email: `employer${employer.id}-${nextSeq()}@example.jp`,
    displayName: employer.contact_name,
    createdAt: employer.created_at,
    ...userOverrides,
    role: "employer",
    employerId: employer.id,
  });
  return { employer, user };
}

// ---------------------------------------------------------------------------------------
// jobs

export type JobOverrides = Partial<Omit<NewJob, "employer_id">> & {
  employerId: number;
  /** Acceptance per offence category; categories left out are "ok". */
  offences?: Partial<OffenceRules>;
};

const PUBLIC_ONCE: ReadonlySet<string> = new Set(["published", "filled", "closed", "expired"]);

/** A job posting plus one job_offence_rules row for each of the nine categories. */
export async function makeJob(db: Kysely<Database>, input: JobOverrides): Promise<Job> {
  const { employerId, offences = {}, ...overrides } = input;
  const employer = await db
    .selectFrom("employers")
    .select(["industry", "ward", "address"])
    .where("id", "=", employerId)
    .executeTakeFirstOrThrow();
  const n = nextSeq();
  const now = clockNow().toISOString();
  const today = tokyoDay();
  const status = overrides.status ?? "published";
  const values: NewJob = {
    employer_id: employerId,
    status,
    status_reason: "",
    title: `建設作業員（未経験歓迎）${n}`,
    description:
      "道路や住宅の工事現場で、資材の運搬や片付けなどをお願いします。先輩が付いて一から教えるので、未経験の方も安心です。",
    employment_type: "full_time",
    industry: employer.industry,
    workplace_address: employer.address,
    ward: employer.ward,
    pay_unit: "day",
    pay_min: 10000,
    pay_max: 13000,
    pay_note: "",
    hours: "8:00〜17:00（休憩90分）",
    days_off: "日曜・祝日、第2・第4土曜",
    insurance: "雇用保険・労災保険・健康保険・厚生年金",
    licenses: "",
    benefits: "",
    no_experience: 1,
    qualification_support: 0,
    housing: 0,
    meals: 0,
    guarantor_not_needed: 1,
    employer_guarantor: 0,
    facility_interview: 0,
    probation_ok: 1,
    how_to_apply:
      "保護観察官を通して、または熊本市 生活安全課（096-000-0000（例））にお問い合わせください。",
    openings: 1,
    probation_terms: "あり（3か月）。その間も給与と条件は同じです",
    contract_terms: "期間の定めなし",
    overtime: "あり（月に平均10時間ぐらい）",
    smoking_measures: "屋内は禁煙（屋外に喫煙所あり）",
    workplace_change_scope: "変更なし",
    duties_change_scope: "変更なし",
    end_date: status === "expired" ? addMonths(today, -1) : addMonths(today, 2),
    published_at: PUBLIC_ONCE.has(status) ? now : null,
    submitted_at: status === "draft" ? null : now,
    closed_at: status === "filled" || status === "closed" ? now : null,
    created_at: now,
    updated_at: now,
    ...overrides,
  };
  const job = await db.insertInto("jobs").values(values).returningAll().executeTakeFirstOrThrow();
  await db
    .insertInto("job_offence_rules")
    .values(
      OFFENCE_CATEGORY_LIST.map((category) => ({
        job_id: job.id,
        category,
        acceptance: offences[category] ?? "ok",
      })),
    )
    .execute();
  return job;
}

export async function getOffenceRules(db: Kysely<Database>, jobId: number): Promise<OffenceRules> {
  const rows = await db
    .selectFrom("job_offence_rules")
    .select(["category", "acceptance"])
    .where("job_id", "=", jobId)
    .execute();
  const rules = Object.fromEntries(OFFENCE_CATEGORY_LIST.map((c) => [c, "ok"])) as OffenceRules;
  for (const row of rows) rules[row.category] = row.acceptance;
  return rules;
}

// ---------------------------------------------------------------------------------------
// events

export type EventOverrides = Partial<NewEvent> & { participantEmployerIds?: number[] };

export async function makeEvent(db: Kysely<Database>, overrides: EventOverrides = {}): Promise<Event> {
  const { participantEmployerIds = [], ...rest } = overrides;
  const now = clockNow().toISOString();
  const day = tokyoDay(new Date(clockNowMs() + 14 * 86_400_000));
  const startsAt = rest.starts_at ?? tokyoDateTime(day, "13:30");
  const endsAt =
    rest.ends_at ?? new Date(new Date(startsAt).getTime() + 150 * 60_000).toISOString();
  const values: NewEvent = {
    kind: "company_fair",
    title: "企業説明会・個別面談会",
    description:
      "協力雇用主の会社が仕事の内容を説明します。そのあと、会社ごとに個別に話ができます。",
    venue: "熊本市国際交流会館",
    address: "熊本市中央区花畑町4番8号",
    capacity: 40,
    how_to_join: "保護観察官または熊本市 生活安全課（096-000-0000（例））にお申し込みください。",
    what_to_bring: "筆記用具",
    organizer_employer_id: null,
    status: "published",
    status_reason: "",
    attendance_seekers: null,
    attendance_employers: null,
    interviews_held: null,
    // As the app decides it: the 協力雇用主制度セミナー is for employers.
    audience: rest.kind === "employer_seminar" ? "employer" : "seeker",
    created_at: now,
    updated_at: now,
    ...rest,
    starts_at: startsAt,
    ends_at: endsAt,
  };
  const event = await db.insertInto("events").values(values).returningAll().executeTakeFirstOrThrow();
  if (participantEmployerIds.length > 0) {
    await db
      .insertInto("event_participants")
      .values(participantEmployerIds.map((employer_id) => ({ event_id: event.id, employer_id })))
      .execute();
  }
  return event;
}

// ---------------------------------------------------------------------------------------
// magazine

export type MagazineIssueInput = Partial<
  Omit<Insertable<MagazineIssuesTable>, "id" | "number" | "status">
> & {
  number: number;
  /** In print order: position 1, 2, 3, … */
  jobIds: number[];
  published: boolean;
};

export async function makeMagazineIssue(
  db: Kysely<Database>,
  input: MagazineIssueInput,
): Promise<MagazineIssue> {
  const { number, jobIds, published, ...overrides } = input;
  const now = clockNow().toISOString();
  const issue = await db
    .insertInto("magazine_issues")
    .values({
      number,
      title: `「Change!」熊本市 協力雇用主 求人情報誌 第${number}号`,
      issue_date: tokyoDay(),
      editor_note: "",
      cover_text: "",
      order_mode: "manual",
      published_at: published ? now : null,
      pdf_path: null,
      // As publishing does: the help list of the day is frozen into a published issue.
      help_snapshot: published ? JSON.stringify(await currentHelpForPrint(db)) : null,
      created_at: now,
      updated_at: now,
      ...overrides,
      status: published ? "published" : "draft",
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const [index, jobId] of jobIds.entries()) {
    const snapshot = published ? JSON.stringify(await buildJobSnapshot(db, jobId)) : null;
    await db
      .insertInto("magazine_items")
      .values({ issue_id: issue.id, job_id: jobId, position: index + 1, snapshot })
      .execute();
  }
  return issue;
}

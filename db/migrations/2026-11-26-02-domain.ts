import { sql, type Kysely } from "kysely";

// Frozen in time: this file uses Kysely<any> and nothing from app/.

const WARDS = sql`('chuo','higashi','nishi','minami','kita','outside')`;
const INDUSTRIES = sql`('construction','care','manufacturing','food','transport','cleaning','agriculture','retail','other')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("employer_id", "integer", (c) =>
      c.notNull().references("employers.id").onDelete("restrict"),
    )
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("status_reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("employment_type", "text", (c) => c.notNull())
    .addColumn("industry", "text", (c) => c.notNull())
    .addColumn("workplace_address", "text", (c) => c.notNull())
    .addColumn("ward", "text", (c) => c.notNull())
    .addColumn("pay_unit", "text", (c) => c.notNull())
    .addColumn("pay_min", "integer", (c) => c.notNull())
    .addColumn("pay_max", "integer")
    .addColumn("pay_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hours", "text", (c) => c.notNull())
    .addColumn("days_off", "text", (c) => c.notNull())
    .addColumn("insurance", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("licenses", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("benefits", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("no_experience", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("qualification_support", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("housing", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("meals", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("guarantor_not_needed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("employer_guarantor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("facility_interview", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("probation_ok", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("how_to_apply", "text", (c) => c.notNull())
    .addColumn("openings", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("end_date", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addColumn("submitted_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "jobs_status",
      sql`status in ('draft','pending','published','rejected','filled','closed','expired')`,
    )
    .addCheckConstraint(
      "jobs_employment_type",
      sql`employment_type in ('full_time','contract','part_time','temporary','day_labor')`,
    )
    .addCheckConstraint("jobs_industry", sql`industry in ${INDUSTRIES}`)
    .addCheckConstraint("jobs_ward", sql`ward in ${WARDS}`)
    .addCheckConstraint("jobs_pay_unit", sql`pay_unit in ('hour','day','month')`)
    .addCheckConstraint(
      "jobs_pay_range",
      sql`pay_min > 0 and (pay_max is null or pay_max >= pay_min)`,
    )
    .addCheckConstraint("jobs_openings", sql`openings between 1 and 999`)
    .addCheckConstraint(
      "jobs_flags",
      sql`no_experience in (0,1) and qualification_support in (0,1) and housing in (0,1)
        and meals in (0,1) and guarantor_not_needed in (0,1) and employer_guarantor in (0,1)
        and facility_interview in (0,1) and probation_ok in (0,1)`,
    )
    .execute();
  await db.schema.createIndex("jobs_employer_idx").on("jobs").column("employer_id").execute();
  await db.schema
    .createIndex("jobs_status_published_idx")
    .on("jobs")
    .columns(["status", "published_at"])
    .execute();

  // Offences the employer can accept (ok), must discuss (consult) or cannot accept (no):
  // one row per job and fixed category. It describes the posting, never a person.
  await db.schema
    .createTable("job_offence_rules")
    .addColumn("job_id", "integer", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("acceptance", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("job_offence_rules_pk", ["job_id", "category"])
    .addCheckConstraint(
      "job_offence_rules_category",
      sql`category in ('theft','fraud','violence','robbery','sexual','drugs','traffic','arson','homicide')`,
    )
    .addCheckConstraint("job_offence_rules_acceptance", sql`acceptance in ('ok','consult','no')`)
    .execute();

  // An edit of a published job waits here (the full proposed content as JSON) while the
  // public keeps seeing the approved row in jobs.
  await db.schema
    .createTable("job_revisions")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("job_id", "integer", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "integer", (c) => c.references("users.id").onDelete("restrict"))
    .addCheckConstraint(
      "job_revisions_status",
      sql`status in ('draft','pending','approved','rejected','withdrawn')`,
    )
    .execute();
  await db.schema
    .createIndex("job_revisions_job_idx")
    .on("job_revisions")
    .columns(["job_id", "status"])
    .execute();

  // Views per job and day (Asia/Tokyo): no cookie, no address, no person.
  await db.schema
    .createTable("job_daily_views")
    .addColumn("job_id", "integer", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("job_daily_views_pk", ["job_id", "day"])
    .addCheckConstraint("job_daily_views_views", sql`views >= 0`)
    .execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("venue", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("capacity", "integer")
    .addColumn("how_to_join", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("what_to_bring", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("organizer_employer_id", "integer", (c) =>
      c.references("employers.id").onDelete("restrict"),
    )
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("status_reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("attendance_seekers", "integer")
    .addColumn("attendance_employers", "integer")
    .addColumn("interviews_held", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "events_kind",
      sql`kind in ('company_fair','company_seminar','workplace_tour','employer_seminar','course')`,
    )
    .addCheckConstraint(
      "events_status",
      sql`status in ('draft','pending','published','rejected','cancelled')`,
    )
    .addCheckConstraint("events_time", sql`ends_at > starts_at`)
    .addCheckConstraint("events_capacity", sql`capacity is null or capacity > 0`)
    .addCheckConstraint(
      "events_attendance",
      sql`coalesce(attendance_seekers, 0) >= 0 and coalesce(attendance_employers, 0) >= 0
        and coalesce(interviews_held, 0) >= 0`,
    )
    .execute();
  await db.schema.createIndex("events_starts_idx").on("events").columns(["status", "starts_at"]).execute();

  await db.schema
    .createTable("event_participants")
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("employer_id", "integer", (c) =>
      c.notNull().references("employers.id").onDelete("restrict"),
    )
    .addPrimaryKeyConstraint("event_participants_pk", ["event_id", "employer_id"])
    .execute();

  await db.schema
    .createTable("magazine_issues")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("number", "integer", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("issue_date", "text", (c) => c.notNull())
    .addColumn("editor_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("cover_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("order_mode", "text", (c) => c.notNull().defaultTo("industry"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("published_at", "text")
    .addColumn("pdf_path", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("magazine_issues_status", sql`status in ('draft','published')`)
    .addCheckConstraint("magazine_issues_order", sql`order_mode in ('industry','ward','manual')`)
    .addCheckConstraint("magazine_issues_number", sql`number > 0`)
    .execute();

  // snapshot: the posting and its employer as JSON, frozen when the issue is published.
  await db.schema
    .createTable("magazine_items")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("issue_id", "integer", (c) =>
      c.notNull().references("magazine_issues.id").onDelete("cascade"),
    )
    .addColumn("job_id", "integer", (c) => c.references("jobs.id").onDelete("set null"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("snapshot", "text")
    .addUniqueConstraint("magazine_items_position", ["issue_id", "position"])
    .execute();

  await db.schema
    .createTable("magazine_distributions")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("issue_id", "integer", (c) =>
      c.notNull().references("magazine_issues.id").onDelete("cascade"),
    )
    .addColumn("destination", "text", (c) => c.notNull())
    .addColumn("copies", "integer", (c) => c.notNull())
    .addColumn("sent_on", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("magazine_distributions_copies", sql`copies > 0`)
    .execute();

  // The minimum a person gives to be put in touch; deleted after the retention period.
  await db.schema
    .createTable("contact_requests")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("job_id", "integer", (c) => c.references("jobs.id").onDelete("set null"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("contact_method", "text", (c) => c.notNull())
    .addColumn("contact_value", "text", (c) => c.notNull())
    .addColumn("preferred_time", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("message", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("new"))
    .addColumn("handled_at", "text")
    .addColumn("forwarded_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("contact_requests_method", sql`contact_method in ('phone','email')`)
    .addCheckConstraint("contact_requests_status", sql`status in ('new','handled')`)
    .execute();
  await db.schema
    .createIndex("contact_requests_created_idx")
    .on("contact_requests")
    .column("created_at")
    .execute();

  // What staff passed on to the employer (chosen fields only).
  await db.schema
    .createTable("contact_forwards")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("contact_request_id", "integer", (c) =>
      c.notNull().references("contact_requests.id").onDelete("cascade"),
    )
    .addColumn("employer_id", "integer", (c) =>
      c.notNull().references("employers.id").onDelete("cascade"),
    )
    .addColumn("details", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("hire_reports")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("employer_id", "integer", (c) =>
      c.notNull().references("employers.id").onDelete("restrict"),
    )
    .addColumn("job_id", "integer", (c) => c.references("jobs.id").onDelete("set null"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("hires", "integer", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("hire_reports_hires", sql`hires between 1 and 999`)
    .addCheckConstraint("hire_reports_month", sql`length(month) = 7`)
    .execute();
  await db.schema
    .createIndex("hire_reports_employer_idx")
    .on("hire_reports")
    .columns(["employer_id", "month"])
    .execute();

  await db.schema
    .createTable("surveys")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("public_id", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("event_id", "integer", (c) => c.references("events.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("surveys_audience", sql`audience in ('seeker','employer')`)
    .addCheckConstraint("surveys_status", sql`status in ('draft','open','closed')`)
    .execute();

  await db.schema
    .createTable("survey_questions")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("survey_id", "integer", (c) =>
      c.notNull().references("surveys.id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("options", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("required", "integer", (c) => c.notNull().defaultTo(0))
    .addCheckConstraint(
      "survey_questions_kind",
      sql`kind in ('single','multiple','scale','text')`,
    )
    .addCheckConstraint("survey_questions_required", sql`required in (0,1)`)
    .execute();

  // Anonymous by construction: no address, session, user or time finer than a day.
  await db.schema
    .createTable("survey_responses")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("survey_id", "integer", (c) =>
      c.notNull().references("surveys.id").onDelete("cascade"),
    )
    .addColumn("answered_on", "text", (c) => c.notNull())
    .addCheckConstraint("survey_responses_day", sql`length(answered_on) = 10`)
    .execute();

  await db.schema
    .createTable("survey_answers")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("response_id", "integer", (c) =>
      c.notNull().references("survey_responses.id").onDelete("cascade"),
    )
    .addColumn("question_id", "integer", (c) =>
      c.notNull().references("survey_questions.id").onDelete("cascade"),
    )
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("survey_answers_question_idx")
    .on("survey_answers")
    .column("question_id")
    .execute();

  // The plan's outcome indicator, entered yearly from the prefectural police's figures.
  await db.schema
    .createTable("outcome_figures")
    .addColumn("year", "integer", (c) => c.primaryKey())
    .addColumn("arrested", "integer", (c) => c.notNull())
    .addColumn("repeat_offenders", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "outcome_figures_values",
      sql`arrested >= 0 and repeat_offenders >= 0 and repeat_offenders <= arrested`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "outcome_figures",
    "survey_answers",
    "survey_responses",
    "survey_questions",
    "surveys",
    "hire_reports",
    "contact_forwards",
    "contact_requests",
    "magazine_distributions",
    "magazine_items",
    "magazine_issues",
    "event_participants",
    "events",
    "job_daily_views",
    "job_revisions",
    "job_offence_rules",
    "jobs",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}

import type { Generated, Insertable, Selectable, Updateable } from "kysely";

// The database as the app sees it. Times: ISO-8601 UTC strings. Dates: "YYYY-MM-DD"
// (Asia/Tokyo). Flags: 0 | 1.

export type Ward = "chuo" | "higashi" | "nishi" | "minami" | "kita" | "outside";
export type Industry =
  | "construction"
  | "care"
  | "manufacturing"
  | "food"
  | "transport"
  | "cleaning"
  | "agriculture"
  | "retail"
  | "other";
export type EmployerStatus = "pending" | "approved" | "rejected" | "suspended";
export type Registration = "registered" | "in_progress" | "not_yet";
export type Role = "employer" | "staff";
export type JobStatus =
  | "draft"
  | "pending"
  | "published"
  | "rejected"
  | "filled"
  | "closed"
  | "expired";
export type EmploymentType = "full_time" | "contract" | "part_time" | "temporary" | "day_labor";
export type PayUnit = "hour" | "day" | "month";
export type OffenceCategory =
  | "theft"
  | "fraud"
  | "violence"
  | "robbery"
  | "sexual"
  | "drugs"
  | "traffic"
  | "arson"
  | "homicide";
export type Acceptance = "ok" | "consult" | "no";
export type EventKind =
  | "company_fair"
  | "company_seminar"
  | "workplace_tour"
  | "employer_seminar"
  | "course";
export type EventStatus = "draft" | "pending" | "published" | "rejected" | "cancelled";
export type RegistrationMode = "none" | "registration" | "interviews";
export type EventAudience = "seeker" | "employer";
export type RegistrationStatus = "registered" | "waiting" | "cancelled";
export type ContactKind = "phone" | "email";
export type Flag = 0 | 1;
export type ContactOutcome = "forwarded" | "done" | "unable";

export interface EmployersTable {
  id: Generated<number>;
  name: string;
  name_kana: string;
  industry: Industry;
  postal_code: Generated<string>;
  address: string;
  ward: Ward;
  contact_name: string;
  phone: string;
  website: Generated<string>;
  employee_count: number | null;
  profile: Generated<string>;
  message: Generated<string>;
  registration: Registration;
  registration_confirmed_at: string | null;
  status: Generated<EmployerStatus>;
  status_reason: Generated<string>;
  approved_at: string | null;
  /** Set while the application is sent back (差し戻し) for the employer to correct; status stays "pending". */
  sent_back_at: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  role: Role;
  employer_id: number | null;
  display_name: Generated<string>;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  secret_hash: Buffer;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RateLimitHitsTable {
  id: Generated<number>;
  bucket: string;
  key_hash: string;
  occurred_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body: string;
  status: Generated<"pending" | "sent" | "logged" | "failed">;
  attempts: Generated<number>;
  last_error: Generated<string>;
  created_at: string;
  sent_at: string | null;
  /** Extra mail headers as a JSON object, e.g. List-Unsubscribe. */
  headers: Generated<string>;
}

export interface JobAlertsTable {
  id: Generated<number>;
  email: string;
  /** A /jobs query string without page or sort. */
  search: string;
  token_hash: string;
  created_at: string;
  confirmed_at: string | null;
  news_since: string;
  last_sent_day: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_user_id: number | null;
  actor_email: string;
  action: string;
  entity_type: string;
  entity_id: string;
  detail: Generated<string>;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface JobsTable {
  id: Generated<number>;
  employer_id: number;
  status: Generated<JobStatus>;
  status_reason: Generated<string>;
  title: string;
  description: string;
  employment_type: EmploymentType;
  industry: Industry;
  workplace_address: string;
  ward: Ward;
  pay_unit: PayUnit;
  pay_min: number;
  pay_max: number | null;
  pay_note: Generated<string>;
  hours: string;
  days_off: string;
  insurance: Generated<string>;
  licenses: Generated<string>;
  benefits: Generated<string>;
  no_experience: Generated<Flag>;
  qualification_support: Generated<Flag>;
  housing: Generated<Flag>;
  meals: Generated<Flag>;
  guarantor_not_needed: Generated<Flag>;
  employer_guarantor: Generated<Flag>;
  facility_interview: Generated<Flag>;
  probation_ok: Generated<Flag>;
  how_to_apply: string;
  openings: Generated<number>;
  /** The items a job offer must state (April 2024 rules); NULL on postings made before them. */
  probation_terms: string | null;
  contract_terms: string | null;
  overtime: string | null;
  smoking_measures: string | null;
  workplace_change_scope: string | null;
  duties_change_scope: string | null;
  end_date: string;
  published_at: string | null;
  submitted_at: string | null;
  closed_at: string | null;
  /** Set when staff refused the posting for good (不承認); status is then "rejected". */
  refused_at: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface JobOffenceRulesTable {
  job_id: number;
  category: OffenceCategory;
  acceptance: Acceptance;
}

export interface JobRevisionsTable {
  id: Generated<number>;
  job_id: number;
  content: string;
  status: Generated<"draft" | "pending" | "approved" | "rejected" | "withdrawn">;
  reason: Generated<string>;
  created_at: string;
  decided_at: string | null;
  decided_by: number | null;
}

export interface JobDailyViewsTable {
  job_id: number;
  day: string;
  views: Generated<number>;
}

export interface EventsTable {
  id: Generated<number>;
  kind: EventKind;
  title: string;
  description: Generated<string>;
  starts_at: string;
  ends_at: string;
  venue: string;
  address: string;
  capacity: number | null;
  how_to_join: Generated<string>;
  what_to_bring: Generated<string>;
  organizer_employer_id: number | null;
  status: Generated<EventStatus>;
  status_reason: Generated<string>;
  attendance_seekers: number | null;
  attendance_employers: number | null;
  interviews_held: number | null;
  /** Raised by a trigger on every change of time, place or status (iCalendar SEQUENCE). */
  sequence: Generated<number>;
  /** Set when staff refused the proposal for good (不承認); status is then "rejected". */
  refused_at: Generated<string | null>;
  /** none: no sign-up; registration: sign-up; interviews: sign-up with ranked employers. */
  registration_mode: Generated<RegistrationMode>;
  /** UTC instant after which no one can register. */
  registration_deadline: string | null;
  /** How many taking-part employers a person may rank (interviews only). */
  max_choices: number | null;
  /** 1: when capacity is full, people join a waiting list that moves up on a cancel. */
  waiting_list: Generated<Flag>;
  /** seeker: on /events and /events.ics; employer: the employers' list and feed. */
  audience: Generated<EventAudience>;
  /** Why staff recorded an event that had already ended ("" for any other event). */
  past_reason: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface EventRegistrationsTable {
  id: Generated<number>;
  event_id: number;
  /** SHA-256 (hex) of the code in the private link; null once purged. */
  code_hash: string | null;
  /** "" once purged. */
  nickname: string;
  /** "" once purged. */
  contact_kind: ContactKind | "";
  contact: string;
  /** A support worker registering on the person's behalf; "" otherwise. */
  on_behalf_organisation: Generated<string>;
  on_behalf_phone: Generated<string>;
  status: RegistrationStatus;
  /** created_at orders the waiting list. */
  created_at: string;
  updated_at: string;
  moved_up_at: string | null;
  cancelled_at: string | null;
  /** Set when the personal fields were blanked after the retention period. */
  purged_at: string | null;
}

export interface RegistrationChoicesTable {
  registration_id: number;
  employer_id: number;
  /** 1 = 第1希望. */
  rank: number;
}

export interface EventParticipantsTable {
  event_id: number;
  employer_id: number;
}

/** A company fair's interview timetable settings (minutes after midnight, Asia/Tokyo). */
export interface EventTimetablesTable {
  event_id: number;
  start_minute: number;
  end_minute: number;
  slot_minutes: number;
  /** JSON: Array<{ startMinute: number; endMinute: number }>. */
  breaks: Generated<string>;
  table_count: number;
  built_at: string | null;
  published_at: string | null;
  updated_at: string;
}

export type InterviewOutcome = "tour" | "interview" | "offer" | "declined";

export interface InterviewsTable {
  id: Generated<number>;
  event_id: number;
  /** Null once the registration is removed after the retention period. */
  registration_id: number | null;
  employer_id: number;
  /** Index into the slots the timetable settings give. */
  slot: number;
  table_no: number;
  /** Which of the person's choices this was (1 = first); null when set by hand. */
  rank: number | null;
  held: Generated<number>;
  outcome: InterviewOutcome | null;
  updated_at: string;
}

export interface EventCheckinsTable {
  id: Generated<number>;
  event_id: number;
  registration_id: number | null;
  state: "arrived" | "no_show";
  updated_at: string;
}

export interface MagazineIssuesTable {
  id: Generated<number>;
  number: number;
  title: string;
  issue_date: string;
  editor_note: Generated<string>;
  cover_text: Generated<string>;
  order_mode: Generated<"industry" | "ward" | "manual">;
  status: Generated<"draft" | "published">;
  published_at: string | null;
  pdf_path: string | null;
  /** The help list as it was when the issue was published (JSON); null on a draft. */
  help_snapshot: string | null;
  created_at: string;
  updated_at: string;
}

export interface MagazineItemsTable {
  id: Generated<number>;
  issue_id: number;
  job_id: number | null;
  position: number;
  snapshot: string | null;
}

export interface MagazineDistributionsTable {
  id: Generated<number>;
  issue_id: number;
  destination: string;
  copies: number;
  sent_on: string;
  created_at: string;
}

export interface ContactRequestsTable {
  id: Generated<number>;
  job_id: number | null;
  name: string;
  contact_method: "phone" | "email";
  contact_value: string;
  preferred_time: Generated<string>;
  message: Generated<string>;
  status: Generated<"new" | "handled">;
  handled_at: string | null;
  forwarded_at: string | null;
  /** How it ended: passed on, handled another way, or not possible. Null while open. */
  outcome: ContactOutcome | null;
  outcome_note: Generated<string>;
  created_at: string;
}

export interface ContactForwardsTable {
  id: Generated<number>;
  contact_request_id: number;
  employer_id: number;
  details: string;
  /** The addresses the mail went to, comma-separated. */
  recipients: Generated<string>;
  created_at: string;
}

export interface HireReportsTable {
  id: Generated<number>;
  employer_id: number;
  job_id: number | null;
  month: string;
  hires: number;
  note: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface HireFollowUpsTable {
  id: Generated<number>;
  hire_report_id: number;
  /** 1 to 6, 9 or 12. */
  months_after: number;
  /** The Tokyo day the check is due: the first day of the hire month plus months_after. */
  due_on: string;
  answered_at: string | null;
  /** How many of the report's hires still work there. */
  still_working: number | null;
  trouble: 0 | 1 | null;
  wants_help: 0 | 1 | null;
  reminded_at: string | null;
}

export interface SurveysTable {
  id: Generated<number>;
  public_id: string;
  title: string;
  description: Generated<string>;
  audience: "seeker" | "employer";
  event_id: number | null;
  status: Generated<"draft" | "open" | "closed">;
  created_at: string;
  updated_at: string;
}

export interface SurveyQuestionsTable {
  id: Generated<number>;
  survey_id: number;
  position: number;
  kind: "single" | "multiple" | "scale" | "text";
  label: string;
  options: Generated<string>;
  required: Generated<Flag>;
  /** JSON: the words for points 1 to 5 of a scale question; "" keeps the default. */
  scale_labels: Generated<string>;
}

export interface SurveyResponsesTable {
  id: Generated<number>;
  survey_id: number;
  answered_on: string;
  /** Typed in by staff from a paper sheet, or answered on the web page. */
  source: Generated<"online" | "paper">;
}

export interface SurveyAnswersTable {
  id: Generated<number>;
  response_id: number;
  question_id: number;
  value: string;
}

/** Contact requests per Tokyo month, kept by triggers after the requests themselves are deleted. */
export interface ContactRequestCountsTable {
  month: string;
  received: Generated<number>;
  handled: Generated<number>;
}

export interface OutcomeFiguresTable {
  year: number;
  arrested: number;
  repeat_offenders: number;
  updated_at: string;
}

/** Kept by triggers (migration 2026-11-26-03): the searchable text of each job. */
/** Written by the app (app/models/search-text.server.ts): folded text with readings. */
export interface JobSearchTextTable {
  job_id: number;
  /** Title, the posting's facts as words, synonyms: what ranks first. */
  head: string;
  /** Description, employer, addresses. */
  body: string;
}

/** Rows whose readings and search text the app has yet to write (filled by triggers). */
export interface TextQueueTable {
  entity: "job" | "employer" | "event";
  entity_id: number;
}

/** One row (id 1): bumped by triggers on every table a public page reads. */
export interface ContentVersionTable {
  id: number;
  version: number;
}

/** Segments with readings of one text, as JSON; keyed by the text's SHA-256 (hex). */
export interface TextReadingsTable {
  hash: string;
  text: string;
  segments: string;
  updated_at: string;
}

/** The staff's reading dictionary: wins over the analyser; hard words get a plain one. */
export interface ReadingWordsTable {
  id: Generated<number>;
  word: string;
  reading: string;
  hard: Generated<Flag>;
  plain: Generated<string>;
  created_at: string;
  updated_at: string;
}

export type HelpSection = "housing" | "welfare" | "addiction" | "work";

/** Where to turn besides a job (/help), kept by staff. */
export interface HelpEntriesTable {
  id: Generated<number>;
  section: HelpSection;
  name: string;
  body: string;
  contact: Generated<string>;
  url: Generated<string>;
  position: Generated<number>;
  /** 1 while the entry is a starting example, not yet checked and completed by staff. */
  is_example: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface Database {
  employers: EmployersTable;
  users: UsersTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  rate_limit_hits: RateLimitHitsTable;
  job_alerts: JobAlertsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  jobs: JobsTable;
  job_offence_rules: JobOffenceRulesTable;
  job_revisions: JobRevisionsTable;
  job_daily_views: JobDailyViewsTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  event_registrations: EventRegistrationsTable;
  registration_choices: RegistrationChoicesTable;
  event_timetables: EventTimetablesTable;
  interviews: InterviewsTable;
  event_checkins: EventCheckinsTable;
  magazine_issues: MagazineIssuesTable;
  magazine_items: MagazineItemsTable;
  magazine_distributions: MagazineDistributionsTable;
  contact_requests: ContactRequestsTable;
  contact_forwards: ContactForwardsTable;
  hire_reports: HireReportsTable;
  hire_follow_ups: HireFollowUpsTable;
  surveys: SurveysTable;
  survey_questions: SurveyQuestionsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
  outcome_figures: OutcomeFiguresTable;
  contact_request_counts: ContactRequestCountsTable;
  job_search_text: JobSearchTextTable;
  content_version: ContentVersionTable;
  text_readings: TextReadingsTable;
  text_queue: TextQueueTable;
  reading_words: ReadingWordsTable;
  help_entries: HelpEntriesTable;
}

export type Employer = Selectable<EmployersTable>;
export type NewEmployer = Insertable<EmployersTable>;
export type User = Selectable<UsersTable>;
export type Job = Selectable<JobsTable>;
export type NewJob = Insertable<JobsTable>;
export type JobUpdate = Updateable<JobsTable>;
export type Event = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
export type EventRegistration = Selectable<EventRegistrationsTable>;

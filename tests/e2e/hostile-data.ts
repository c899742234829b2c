import type { Kysely } from "kysely";
import { createSession } from "../../app/auth/session.server";
import { subscribeAlert } from "../../app/models/job-alerts.server";
import { createPasswordReset } from "../../app/models/password-reset.server";
import { OFFENCE_FIELDS } from "../../app/schemas/job";
import { addMonths, tokyoDay } from "../../app/utils/dates";
import type { Database } from "../../db/types";
import { settleTexts } from "../../app/models/search-text.server";
import { createRegistration } from "../../app/models/registrations.server";
import { DEMO_PASSWORD, makeEmployerAccount, makeEvent, makeJob, makeMagazineIssue, makeStaff } from "../factories";

// The rows the hostile-input test posts against, and for every action of the site the form
// its page sends when filled in correctly. Each hostile request changes one thing in one of
// these forms, so a refusal can only come from that change.

export type Role = "anonymous" | "employer" | "staff";
export type Form = Record<string, string | string[]>;
export type Post = {
  path: string;
  as: Role;
  form: Form;
  /** Single-line text fields (inputs). */
  single?: string[];
  /** Multi-line text fields (textareas). */
  multi?: string[];
  /** Fields taken as typed (passwords): only length and repetition are tried. */
  opaque?: string[];
  dates?: string[];
  /** Names the form sends several times (checkboxes sharing a name). */
  many?: string[];
  /**
   * Answers other than a 4xx that a control character in a field may get, with the reason
   * in the table: the job forms treat an unknown button value as the preview, which stores
   * nothing (app/components/job-form/intent.ts).
   */
  alsoAccepted?: Record<string, number[]>;
};
export type HostileData = Awaited<ReturnType<typeof makeHostileData>>;

const now = () => new Date().toISOString();

export async function makeHostileData(db: Kysely<Database>) {
  const staff = await makeStaff(db, { email: "hostile-staff@example.jp" });
  const { employer, user } = await makeEmployerAccount(db, { email: "hostile-employer@example.jp" });
  const pending = await makeEmployerAccount(db, { email: "hostile-pending@example.jp", employer: { status: "pending" } });
  const job = await makeJob(db, { employerId: employer.id, title: "型枠大工 見習い" });
  const pendingJob = await makeJob(db, { employerId: employer.id, status: "pending", title: "鉄筋工 見習い" });
  // Ends within 30 days, so that it may be extended.
  const endingJob = await makeJob(db, { employerId: employer.id, title: "左官 見習い", end_date: addMonths(tokyoDay(), 0) });
  // Published, for the magazine's draft (the posting above is closed by staff earlier in the run).
  const magazineJob = await makeJob(db, { employerId: employer.id, title: "溶接工 見習い" });
  const futureDay = addMonths(tokyoDay(), 1);
  const event = await makeEvent(db, { title: "企業説明会", participantEmployerIds: [employer.id] });
  // A fair taking registrations with interviews, and a registration in it with its private code.
  // Two employers take part, so the form has a second choice to send hostile values in.
  const second = (await makeEmployerAccount(db, { email: "hostile-second@example.jp" })).employer;
  const fair = await makeEvent(db, { title: "面談会", registration_mode: "interviews", max_choices: 2, capacity: 100, participantEmployerIds: [employer.id, second.id] });
  const registration = (await createRegistration(db, fair, {
    nickname: "たろう",
    contactKind: "phone",
    contact: "090-0000-0000",
    onBehalfOrganisation: "",
    onBehalfPhone: "",
    choices: [employer.id],
  }))!;
  // The employer's own proposal, sent back to be corrected.
  const sentBackEvent = await makeEvent(db, {
    kind: "company_seminar",
    title: "会社の説明会",
    organizer_employer_id: employer.id,
    status: "rejected",
    status_reason: "持ち物を書いてください。",
    starts_at: `${futureDay}T01:00:00.000Z`,
    ends_at: `${futureDay}T02:30:00.000Z`,
  });
  // The employer's own proposal that is public: an edit sends it back to review.
  const publicEvent = await makeEvent(db, {
    kind: "workplace_tour",
    title: "職場見学会",
    organizer_employer_id: employer.id,
    status: "published",
    starts_at: `${futureDay}T05:00:00.000Z`,
    ends_at: `${futureDay}T06:00:00.000Z`,
  });
  const pastEvent = await makeEvent(db, { title: "先月の説明会", starts_at: "2026-01-10T04:00:00.000Z", ends_at: "2026-01-10T06:00:00.000Z" });
  const published = await makeMagazineIssue(db, { number: 901, jobIds: [job.id], published: true });
  const draft = await makeMagazineIssue(db, { number: 902, jobIds: [], published: false });
  const contact = await db
    .insertInto("contact_requests")
    .values({ job_id: job.id, name: "くまもと たろう", contact_method: "phone", contact_value: "090-0000-0000", message: "見学できますか", created_at: now() })
    .returning("id")
    .executeTakeFirstOrThrow();
  const hire = await db
    .insertInto("hire_reports")
    .values({ employer_id: employer.id, job_id: job.id, month: now().slice(0, 7), hires: 1, note: "", created_at: now(), updated_at: now() })
    .returning("id")
    .executeTakeFirstOrThrow();
  // A hire of its own, so that withdrawing the one above leaves this check in place.
  const checkedHire = await db
    .insertInto("hire_reports")
    .values({ employer_id: employer.id, job_id: null, month: now().slice(0, 7), hires: 1, note: "", created_at: now(), updated_at: now() })
    .returning("id")
    .executeTakeFirstOrThrow();
  const followUp = await db
    .insertInto("hire_follow_ups")
    .values({ hire_report_id: checkedHire.id, months_after: 1, due_on: tokyoDay() })
    .returning("id")
    .executeTakeFirstOrThrow();
  const survey = async (publicId: string, status: "draft" | "open") => {
    const row = await db
      .insertInto("surveys")
      .values({ public_id: publicId, title: "説明会のアンケート", description: "", audience: "seeker", event_id: null, status, created_at: now(), updated_at: now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const single = await db
      .insertInto("survey_questions")
      .values({ survey_id: row.id, position: 1, kind: "single", label: "わかりやすかったですか", options: JSON.stringify(["はい", "いいえ"]), required: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    const text = await db
      .insertInto("survey_questions")
      .values({ survey_id: row.id, position: 2, kind: "text", label: "ご意見", options: "[]", required: 0 })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: row.id, publicId, single: single.id, text: text.id };
  };
  const openSurvey = await survey("hostileOpenSurvey1", "open");
  const draftSurvey = await survey("hostileDraftSurvy1", "draft");
  const alertToken = await subscribeAlert(db, "hostile-alert-owner@example.jp", "q=%E4%BB%8B%E8%AD%B7&housing=1", "http://127.0.0.1");
  // Another account: a completed reset ends every session of its user.
  const resetToken = await createPasswordReset(db, (await makeEmployerAccount(db, { email: "hostile-reset@example.jp" })).user.id);
  // Readings and search text of every row above, as the app writes them when it saves: a
  // refused request must then change nothing at all.
  await settleTexts(db);
  // Mails the rows above queued are no part of what the hostile forms do: the server would
  // deliver them whenever some accepted form next sends mail, and that would read as a change.
  await db.updateTable("outbox").set({ status: "logged" }).where("status", "=", "pending").execute();
  return {
    staffEmail: staff.email,
    employerId: employer.id,
    userId: user.id,
    pendingEmployerId: pending.employer.id,
    jobId: job.id,
    pendingJobId: pendingJob.id,
    endingJobId: endingJob.id,
    magazineJobId: magazineJob.id,
    eventId: event.id,
    fairId: fair.id,
    registrationCode: registration.code,
    pastEventId: pastEvent.id,
    sentBackEventId: sentBackEvent.id,
    publicEventId: publicEvent.id,
    publishedIssueId: published.id,
    draftIssueId: draft.id,
    contactId: contact.id,
    hireId: hire.id,
    followUpId: followUp.id,
    openSurvey,
    draftSurvey,
    futureDay,
    alertToken,
    resetToken,
    cookies: {
      staff: `session=${(await createSession(db, staff.id)).token}`,
      employer: `session=${(await createSession(db, user.id)).token}`,
    },
  };
}

const profile: Form = {
  name: "熊本型枠工業",
  nameKana: "くまもとかたわくこうぎょう",
  industry: "construction",
  postalCode: "860-0000",
  address: "熊本市中央区手取本町1-1",
  ward: "chuo",
  contactName: "白石 健一",
  phone: "096-000-0000",
  website: "https://example.jp/",
  employeeCount: "12",
  profile: "型枠の会社です。\r\n見習いから育てます。",
  message: "一緒に働きましょう。",
  registration: "registered",
};
const PROFILE_SINGLE = ["name", "nameKana", "postalCode", "address", "contactName", "phone", "website", "employeeCount"];
const PROFILE_MULTI = ["profile", "message"];

function jobForm(intent: string): Form {
  const form: Form = {
    title: "型枠大工 見習い",
    description: "型枠を組み立てます。\r\n道具の使い方は教えます。",
    employment_type: "full_time",
    industry: "construction",
    openings: "2",
    licenses: "普通自動車免許",
    no_experience: "on",
    workplace_address: "熊本市中央区手取本町1-1",
    ward: "chuo",
    pay_unit: "day",
    pay_min: "10000",
    pay_max: "12000",
    pay_note: "経験により決めます",
    hours: "8:00〜17:00",
    days_off: "日曜・祝日",
    insurance: "雇用保険",
    benefits: "寮あり",
    housing: "on",
    how_to_apply: "電話でご連絡ください",
    probation_terms: "なし",
    contract_terms: "期間の定めなし",
    overtime: "なし",
    smoking_measures: "屋内は禁煙",
    workplace_change_scope: "変更なし",
    duties_change_scope: "変更なし",
    end_date: addMonths(tokyoDay(), 2),
    intent,
  };
  for (const { name } of OFFENCE_FIELDS) form[name] = "consult";
  return form;
}
const JOB_SINGLE = ["title", "openings", "licenses", "workplace_address", "pay_min", "pay_max", "insurance"];
const JOB_MULTI = [
  "description",
  "pay_note",
  "hours",
  "days_off",
  "benefits",
  "how_to_apply",
  "probation_terms",
  "contract_terms",
  "overtime",
  "smoking_measures",
  "workplace_change_scope",
  "duties_change_scope",
];

const staffEvent = (d: HostileData): Form => ({
  kind: "company_fair",
  title: "合同就職面接会",
  description: "協力雇用主が集まります。",
  day: d.futureDay,
  startTime: "13:00",
  endTime: "16:00",
  venue: "熊本市役所",
  address: "熊本市中央区手取本町1-1",
  capacity: "50",
  howToJoin: "電話で申し込みます",
  whatToBring: "履歴書",
  participantIds: [String(d.employerId)],
});
const EVENT_SINGLE = ["title", "startTime", "endTime", "venue", "address", "capacity", "whatToBring"];
const EVENT_MULTI = ["description", "howToJoin"];

/** The posts of one action, by the URL pattern of its route. */
export type ActionEntry = ((d: HostileData) => Post[]) | { skip: string };

const staffPost = (path: string, form: Form, rest: Partial<Post> = {}): Post => ({ path, as: "staff", form, ...rest });

/** An employer's event form, as proposed at /employer/events/new or corrected at its page. */
const employerEventPost = (path: string, day: string): Post => ({
  path,
  as: "employer",
  form: {
    kind: "company_seminar",
    title: "会社の説明会",
    description: "仕事の中身を話します。",
    day,
    start_time: "10:00",
    end_time: "11:30",
    venue: "本社",
    address: "熊本市中央区手取本町1-1",
    capacity: "10",
    what_to_bring: "筆記用具",
    how_to_join: "電話で申し込みます",
  },
  single: ["title", "start_time", "end_time", "venue", "address", "capacity", "what_to_bring"],
  multi: ["description", "how_to_join"],
  dates: ["day"],
});

export const ACTIONS: Record<string, ActionEntry> = {
  "/login": (d) => [{ path: "/login", as: "anonymous", form: { email: d.staffEmail, password: DEMO_PASSWORD, redirectTo: "/staff" }, single: ["email", "redirectTo"], opaque: ["password"] }],
  "/logout": () => [{ path: "/logout", as: "anonymous", form: {} }],
  "/furigana": () => [{ path: "/furigana", as: "anonymous", form: { furigana: "1", back: "/jobs" } }],
  "/password/forgot": () => [{ path: "/password/forgot", as: "anonymous", form: { email: "someone@example.jp" }, single: ["email"] }],
  "/password/reset/:token": (d) => [
    { path: `/password/reset/${d.resetToken}`, as: "anonymous", form: { password: "new-password-2026", confirm: "new-password-2026" }, opaque: ["password", "confirm"] },
  ],
  "/signup": () => [
    {
      path: "/signup",
      as: "anonymous",
      form: { ...profile, email: "hostile-new@example.jp", password: "new-password-2026", confirm: "new-password-2026", agree: "on" },
      single: [...PROFILE_SINGLE, "email"],
      multi: PROFILE_MULTI,
      opaque: ["password", "confirm"],
    },
  ],
  "/jobs/:id/contact": (d) => [
    {
      path: `/jobs/${d.jobId}/contact`,
      as: "anonymous",
      form: { name: "くまもと たろう", phone: "090-0000-0000", email: "taro@example.jp", preferredTime: "morning", message: "見学できますか。\r\nよろしくお願いします。" },
      single: ["name", "phone", "email"],
      multi: ["message"],
    },
  ],
  "/events/:id/register": (d) => [
    {
      path: `/events/${d.fairId}/register`,
      as: "anonymous",
      form: { nickname: "はなこ", contactKind: "phone", contact: "090-1111-2222", choice1: String(d.employerId), choice2: "", onBehalfOrganisation: "熊本保護観察所", onBehalfPhone: "096-000-0000" },
      single: ["nickname", "contact", "choice1", "onBehalfOrganisation", "onBehalfPhone"],
    },
  ],
  "/registrations/:code": (d) => [
    {
      path: `/registrations/${d.registrationCode}`,
      as: "anonymous",
      form: { nickname: "たろう", contactKind: "email", contact: "taro@example.jp", choice1: String(d.employerId), onBehalfOrganisation: "", onBehalfPhone: "" },
      single: ["nickname", "contact", "choice1"],
    },
  ],
  "/alerts": () => [
    {
      path: "/alerts",
      as: "anonymous",
      form: { email: "hostile-alert@example.jp", q: "介護", ward: "chuo", type: "part_time", housing: "on" },
      single: ["email", "q"],
    },
  ],
  "/alerts/:token": (d) => [
    {
      path: `/alerts/${d.alertToken}`,
      as: "anonymous",
      form: { intent: "update", q: "溶接", ward: "higashi", type: "", meals: "on" },
      single: ["q"],
    },
  ],
  "/surveys/:publicId": (d) => [
    {
      path: `/surveys/${d.openSurvey.publicId}`,
      as: "anonymous",
      form: { [`q${d.openSurvey.single}`]: "はい", [`q${d.openSurvey.text}`]: "よかったです。\r\nまた来ます。" },
      single: [`q${d.openSurvey.single}`],
      multi: [`q${d.openSurvey.text}`],
    },
    {
      path: `/surveys/${d.openSurvey.publicId}?venue=1`,
      as: "anonymous",
      form: { [`q${d.openSurvey.single}`]: "いいえ", [`q${d.openSurvey.text}`]: "会場で答えました。\r\nありがとう。" },
      single: [`q${d.openSurvey.single}`],
      multi: [`q${d.openSurvey.text}`],
    },
  ],

  "/employer": (d) => [
    { path: "/employer?index", as: "employer", form: { id: String(d.followUpId), still_working: "1", trouble: "no", wants_help: "no" }, single: ["id", "still_working", "trouble", "wants_help"] },
  ],
  "/employer/profile": () => [{ path: "/employer/profile", as: "employer", form: { ...profile }, single: PROFILE_SINGLE, multi: PROFILE_MULTI }],
  "/employer/jobs/new": () => [{ path: "/employer/jobs/new", as: "employer", form: jobForm("draft"), alsoAccepted: { intent: [200] }, single: JOB_SINGLE, multi: JOB_MULTI, dates: ["end_date"] }],
  "/employer/jobs/:id/edit": (d) => [
    { path: `/employer/jobs/${d.jobId}/edit`, as: "employer", form: jobForm("submit"), alsoAccepted: { intent: [200] }, single: JOB_SINGLE, multi: JOB_MULTI, dates: ["end_date"] },
  ],
  "/employer/jobs/:id": (d) => [
    { path: `/employer/jobs/${d.endingJobId}`, as: "employer", form: { intent: "extend" } },
    { path: `/employer/jobs/${d.jobId}`, as: "employer", form: { intent: "duplicate" } },
  ],
  // Proposing an event and correcting one (sent back, or already public) take the same form.
  "/employer/events/new": (d) => [employerEventPost("/employer/events/new", d.futureDay)],
  "/employer/events/:id": (d) => [d.sentBackEventId, d.publicEventId].map((id) => employerEventPost(`/employer/events/${id}`, d.futureDay)),
  "/employer/hires": (d): Post[] => [
    { path: "/employer/hires", as: "employer", form: { month: tokyoDay().slice(0, 7), hires: "2", job_id: String(d.jobId), note: "二人とも続いています。" }, single: ["month", "hires", "job_id"], multi: ["note"] },
    { path: "/employer/hires", as: "employer", form: { intent: "delete", id: String(d.hireId) } },
  ],

  "/staff": (d) => [
    staffPost("/staff?index", { kind: "job", id: String(d.pendingJobId), intent: "sendBack", reason: "給与の書き方を直してください。" }, { multi: ["reason"] }),
    staffPost("/staff?index", { kind: "employer", id: String(d.pendingEmployerId), intent: "approve" }),
  ],
  "/staff/contacts": (d) => [staffPost("/staff/contacts", { intent: "handled", id: String(d.contactId) })],
  "/staff/contacts/:id": (d) => [
    staffPost(`/staff/contacts/${d.contactId}`, { sendName: "on", sendContact: "on", sendMessage: "on", note: "よろしくお願いします。" }, { multi: ["note"] }),
  ],
  "/staff/employers/:id": (d) => [
    staffPost(`/staff/employers/${d.employerId}`, { intent: "registration", registration: "registered", confirmedOn: "2026-01-15" }, { dates: ["confirmedOn"] }),
    staffPost(`/staff/employers/${d.employerId}`, { intent: "suspend", reason: "連絡がとれません" }, { single: ["reason"] }),
    staffPost(`/staff/employers/${d.employerId}`, { intent: "approve" }),
    staffPost(`/staff/employers/${d.employerId}`, { intent: "passwordReset", userId: String(d.userId) }),
  ],
  "/staff/events/new": (d) => [staffPost("/staff/events/new", staffEvent(d), { single: EVENT_SINGLE, multi: EVENT_MULTI, dates: ["day"], many: ["participantIds"] })],
  "/staff/events/:id": (d) => [
    staffPost(`/staff/events/${d.eventId}`, staffEvent(d), { single: EVENT_SINGLE, multi: EVENT_MULTI, dates: ["day"], many: ["participantIds"] }),
    staffPost(`/staff/events/${d.eventId}`, { intent: "cancel", reason: "台風のため" }, { single: ["reason"] }),
  ],
  "/staff/events/:id/timetable": { skip: "the hostile data's fair has no timetable built; staff.timetable.spec.ts checks refused input there" },
  "/staff/events/:id/checkin": { skip: "the hostile data's fair has no timetable built; staff.timetable.spec.ts posts to the desk" },
  "/staff/jobs/:id": (d) => [
    staffPost(
      `/staff/jobs/${d.jobId}`,
      {
        title: "型枠大工 見習い",
        description: "型枠を組み立てます。",
        hours: "8:00〜17:00",
        days_off: "日曜",
        pay_note: "",
        insurance: "雇用保険",
        licenses: "",
        benefits: "寮あり",
        how_to_apply: "電話で",
        note: "誤字を直しました",
      },
      { single: ["title", "insurance", "licenses", "note"], multi: ["description", "hours", "days_off", "pay_note", "benefits", "how_to_apply"] },
    ),
    staffPost(`/staff/jobs/${d.jobId}`, { intent: "close", reason: "事業主から連絡がありました" }, { single: ["reason"] }),
  ],
  "/staff/magazine": () => [
    staffPost("/staff/magazine", { number: "903", title: "第903号", issueDate: "2026-12-01", coverText: "春の号", editorNote: "今月の求人です。" }, {
      single: ["number", "title", "coverText"],
      multi: ["editorNote"],
      dates: ["issueDate"],
    }),
  ],
  "/staff/magazine/:id": (d) => [
    staffPost(`/staff/magazine/${d.draftIssueId}`, { intent: "save", number: "902", title: "第902号", issueDate: "2026-12-01", coverText: "", editorNote: "" }, {
      single: ["number", "title", "coverText"],
      multi: ["editorNote"],
      dates: ["issueDate"],
    }),
    staffPost(`/staff/magazine/${d.draftIssueId}`, { intent: "add-all", search: "q=溶接工" }, { single: ["search"] }),
    staffPost(`/staff/magazine/${d.draftIssueId}`, { intent: "add", jobId: [String(d.magazineJobId)] }, { many: ["jobId"] }),
    staffPost(`/staff/magazine/${d.draftIssueId}`, { intent: "order", mode: "ward" }, { single: ["mode"] }),
  ],
  "/staff/stats/attendance": (d) => [
    staffPost(`/staff/stats/attendance?event=${d.pastEventId}`, { seekers: "12", employers: "3", interviews: "8" }, { single: ["seekers", "employers", "interviews"] }),
  ],
  "/staff/stats/distribution": (d) => [
    staffPost("/staff/stats/distribution", { issueId: String(d.publishedIssueId), destination: "熊本保護観察所", copies: "30", sentOn: "2026-02-01" }, {
      single: ["issueId", "destination", "copies"],
      dates: ["sentOn"],
    }),
  ],
  "/staff/stats/outcome": () => [
    staffPost("/staff/stats/outcome", { year: "2025", arrested: "1200", repeatOffenders: "500", reason: "県警察の確定値" }, { single: ["year", "arrested", "repeatOffenders"], multi: ["reason"] }),
  ],
  "/staff/surveys": (d) => [
    staffPost("/staff/surveys", { title: "面接会のアンケート", description: "ご協力ください。", audience: "seeker", eventId: String(d.eventId) }, { single: ["title", "eventId"], multi: ["description"] }),
  ],
  "/staff/surveys/:id": (d) => [
    staffPost(`/staff/surveys/${d.draftSurvey.id}`, { intent: "meta", title: "面接会のアンケート", description: "", audience: "seeker", eventId: "" }, { single: ["title", "eventId"], multi: ["description"] }),
    staffPost(`/staff/surveys/${d.draftSurvey.id}`, { intent: "add-question", label: "また参加したいですか", kind: "single", options: "はい\r\nいいえ", required: "on" }, {
      single: ["label"],
      multi: ["options"],
    }),
    staffPost(`/staff/surveys/${d.draftSurvey.id}`, { intent: "move-down", questionId: String(d.draftSurvey.single) }),
  ],
  "/staff/surveys/:id/paper": (d) => [
    staffPost(`/staff/surveys/${d.openSurvey.id}/paper`, { [`q${d.openSurvey.single}`]: "はい", [`q${d.openSurvey.text}`]: "よかったです。\r\nまた来ます。" }, {
      single: [`q${d.openSurvey.single}`],
      multi: [`q${d.openSurvey.text}`],
    }),
  ],
  "/staff/support": () => [
    staffPost("/staff/support", { asOf: "2026-12-01", settlingMonthly: "80000", continuingEach: "120000", incentiveFull: "720000", incentiveReduced: "420000", underTwentyMonthly: "10000", guaranteeMax: "2000000", trialMonthly: "40000" }, {
      single: ["settlingMonthly", "continuingEach", "incentiveFull", "incentiveReduced", "underTwentyMonthly", "guaranteeMax", "trialMonthly"],
      dates: ["asOf"],
    }),
  ],
  "/staff/readings": () => [
    staffPost("/staff/readings", { intent: "add", word: "戸島町", reading: "とじままち", plain: "" }, { single: ["word", "reading", "plain"] }),
  ],
  "/staff/help": () => [
    staffPost(
      "/staff/help",
      { intent: "add", section: "housing", name: "居住支援の窓口", body: "部屋さがしを手伝います。\r\n保証人がいなくても相談できます。", contact: "", url: "", position: "5" },
      { single: ["name", "url", "position"], multi: ["body", "contact"] },
    ),
  ],
  "/staff/users": (d) => [
    staffPost("/staff/users", { intent: "add", email: "hostile-new-staff@example.jp", displayName: "生活安全課 新人" }, { single: ["email", "displayName"] }),
    staffPost("/staff/users", { intent: "employerReset", userId: String(d.userId), employerId: String(d.employerId) }),
  ],
};

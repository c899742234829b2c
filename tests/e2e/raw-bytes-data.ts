import type { Kysely } from "kysely";
import { randomBytes } from "node:crypto";
import { createSession } from "../../app/auth/session.server";
import { subscribeAlert } from "../../app/models/job-alerts.server";
import { createPasswordReset } from "../../app/models/password-reset.server";
import type { Database } from "../../db/types";
import { makeEmployerAccount, makeEvent, makeJob, makeMagazineIssue, makeStaff } from "../factories";
import { uniqueEmail } from "./fixtures";
import { createRegistration } from "../../app/models/registrations.server";
import { now as clockNow } from "../../app/utils/clock";

// Records full of Japanese text, so that every page crosses many 2 KiB boundaries of the
// response with three-byte characters on both sides of them. The ASCII digits in between
// shift where the characters fall, so that some of them straddle a boundary.

const SENTENCES = [
  "型枠大工の見習いとして、先輩と一緒にコンクリートの型枠を組み立てます。",
  "道具の使い方は一から教えます。最初の1か月は運搬と片付けが中心です。",
  "寮は会社から歩いて5分、家賃は月2万円です。朝と夜の食事があります。",
  "身元引受人がいなくても大丈夫です。保護観察中の方も応募できます。",
  "休みは日曜と祝日、ほかに月2回の土曜です。年に3回の長い休みがあります。",
];

/** About `count` sentences of plain Japanese, numbered so that no two texts are the same. */
export function japaneseText(count: number, seed = 0): string {
  return Array.from({ length: count }, (_, i) => `${i + seed}. ${SENTENCES[(i + seed) % SENTENCES.length]}`).join("\n");
}

export type RawBytesData = Awaited<ReturnType<typeof makeRawBytesData>>;

export async function makeRawBytesData(db: Kysely<Database>) {
  const staff = await makeStaff(db, { email: uniqueEmail("staff"), displayName: "生活安全課 白石 健一" });
  const { employer, user } = await makeEmployerAccount(db, {
    email: uniqueEmail("employer"),
    employer: {
      name: "株式会社 熊本型枠工業（架空）",
      name_kana: "くまもとかたわくこうぎょう",
      contact_name: "白石 健一",
      profile: japaneseText(30, 1),
      message: japaneseText(12, 2),
    },
  });
  const other = await makeEmployerAccount(db, { email: uniqueEmail("pending"), employer: { status: "pending", profile: japaneseText(20, 3) } });

  const jobs = [];
  for (let i = 0; i < 24; i++) {
    jobs.push(
      await makeJob(db, {
        employerId: employer.id,
        title: i === 0 ? "型枠大工 見習い" : `型枠大工 見習い${"　".repeat(i % 3)}${i}号`,
        description: japaneseText(10 + (i % 7), i),
        hours: `${8 + (i % 2)}:00〜17:00（休憩90分）`,
        benefits: japaneseText(3, i + 5),
        offences: { violence: "consult", drugs: "no" },
      }),
    );
  }
  const pendingJob = await makeJob(db, { employerId: employer.id, status: "pending", title: "鉄筋工 見習い（審査中）", description: japaneseText(25, 7) });
  await makeJob(db, { employerId: other.employer.id, status: "pending", title: "介護スタッフ（審査中）", description: japaneseText(15, 9) });

  const event = await makeEvent(db, {
    title: "企業説明会・個別面談会（型枠大工）",
    description: japaneseText(25, 4),
    participantEmployerIds: [employer.id, other.employer.id],
  });
  // Registration with interviews, and one registration with its private code.
  await db.updateTable("events").set({ registration_mode: "interviews", max_choices: 2 }).where("id", "=", event.id).execute();
  const registration = await createRegistration(db, { ...event, waiting_list: 1 }, {
    nickname: "くまもと たろう（型枠）",
    contactKind: "phone",
    contact: "090-0000-0000",
    onBehalfOrganisation: "熊本保護観察所",
    onBehalfPhone: "096-000-0000",
    choices: [employer.id],
  });
  // An event for employers: on /for-employers and its own calendar, /for-employers/events.ics.
  await makeEvent(db, { kind: "employer_seminar", title: "協力雇用主制度セミナー（型枠の会社向け）", description: japaneseText(20, 3) });
  const proposal = await makeEvent(db, { kind: "workplace_tour", status: "pending", organizer_employer_id: employer.id, title: "職場見学会（型枠の現場）", description: japaneseText(12, 6) });
  // Public (its page offers the edit that hides it until review) and one that is over.
  const publicProposal = await makeEvent(db, { kind: "company_seminar", status: "published", organizer_employer_id: employer.id, title: "会社説明会（型枠の仕事）", description: japaneseText(12, 5) });
  const endedAt = new Date(clockNow().getTime() - 30 * 86_400_000);
  await makeEvent(db, {
    kind: "workplace_tour",
    status: "published",
    organizer_employer_id: employer.id,
    title: "職場見学会（先月の現場）",
    starts_at: endedAt.toISOString(),
    ends_at: new Date(endedAt.getTime() + 90 * 60_000).toISOString(),
  });

  const top = await db.selectFrom("magazine_issues").select((eb) => eb.fn.max("number").as("n")).executeTakeFirst();
  const issueNumber = Math.max(Number(top?.n ?? 0), 700) + 1;
  const issue = await makeMagazineIssue(db, {
    number: issueNumber,
    jobIds: jobs.slice(0, 12).map((j) => j.id),
    published: true,
    title: `「Change!」熊本市 協力雇用主 求人情報誌 第${issueNumber}号`,
    editor_note: japaneseText(8, 8),
  });

  const now = clockNow().toISOString();
  const contact = await db
    .insertInto("contact_requests")
    .values({ job_id: jobs[0].id, name: "くまもと たろう", contact_method: "phone", contact_value: "090-0000-0000", message: japaneseText(4, 2), created_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("hire_reports")
    .values({ employer_id: employer.id, job_id: jobs[0].id, month: now.slice(0, 7), hires: 2, note: japaneseText(2, 3), created_at: now, updated_at: now })
    .execute();

  const publicId = randomBytes(9).toString("base64url");
  const survey = await db
    .insertInto("surveys")
    .values({ public_id: publicId, title: "企業説明会のアンケート（型枠大工）", description: japaneseText(4, 1), audience: "seeker", event_id: event.id, status: "open", created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  const single = await db
    .insertInto("survey_questions")
    .values({ survey_id: survey.id, position: 1, kind: "single", label: "説明はわかりやすかったですか", options: JSON.stringify(["とてもわかりやすい", "わかりやすい", "わかりにくい"]), required: 1 })
    .returning("id")
    .executeTakeFirstOrThrow();
  const free = await db
    .insertInto("survey_questions")
    .values({ survey_id: survey.id, position: 2, kind: "text", label: "ご意見・ご感想", options: "[]", required: 0 })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (let i = 0; i < 6; i++) {
    const response = await db.insertInto("survey_responses").values({ survey_id: survey.id, answered_on: now.slice(0, 10) }).returning("id").executeTakeFirstOrThrow();
    await db
      .insertInto("survey_answers")
      .values([
        { response_id: response.id, question_id: single.id, value: "わかりやすい" },
        { response_id: response.id, question_id: free.id, value: japaneseText(2, i) },
      ])
      .execute();
  }

  const resetToken = await createPasswordReset(db, user.id);
  const alertToken = await subscribeAlert(db, `alert-${randomBytes(4).toString("hex")}@example.jp`, "q=%E4%BB%8B%E8%AD%B7&housing=1", "http://127.0.0.1");
  const staffSession = (await createSession(db, staff.id)).token;
  const employerSession = (await createSession(db, user.id)).token;

  return {
    employerId: employer.id,
    pendingEmployerId: other.employer.id,
    jobId: jobs[0].id,
    pendingJobId: pendingJob.id,
    eventId: event.id,
    registrationCode: registration!.code,
    proposalId: proposal.id,
    publicProposalId: publicProposal.id,
    issueNumber,
    issueId: issue.id,
    contactId: contact.id,
    surveyId: survey.id,
    publicId,
    resetToken,
    alertToken,
    cookies: { staff: `session=${staffSession}`, employer: `session=${employerSession}` },
  };
}

import { randomBytes } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types";
import { answersFit, type PublicQuestion, type QuestionInput, type SurveyInput } from "~/schemas/survey";
import { nowIso, tokyoDay } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";

// Surveys staff build and anyone may answer. An answer is stored as a response row that
// holds only the survey and the Tokyo day, plus one value per chosen option or text: no
// account, address, session, cookie value or time of day is ever written with it.

type Db = Kysely<Database> | Transaction<Database>;

export async function listSurveys(db: Kysely<Database>) {
  return db
    .selectFrom("surveys")
    .leftJoin("events", "events.id", "surveys.event_id")
    .select([
      "surveys.id",
      "surveys.public_id",
      "surveys.title",
      "surveys.audience",
      "surveys.status",
      "surveys.created_at",
      "events.title as event_title",
    ])
    .select((eb) =>
      eb
        .selectFrom("survey_responses")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("survey_responses.survey_id", "=", "surveys.id")
        .as("responses"),
    )
    .orderBy("surveys.id", "desc")
    .execute();
}

/** Events a survey can be tied to: recent and upcoming published ones. */
export async function listEventsForSurvey(db: Kysely<Database>, now = new Date()) {
  const since = new Date(now.getTime() - 365 * 86_400_000).toISOString();
  return db
    .selectFrom("events")
    .select(["id", "title", "starts_at"])
    .where("status", "=", "published")
    .where("starts_at", ">=", since)
    .orderBy("starts_at", "desc")
    .limit(100)
    .execute();
}

function toQuestion(row: { id: number; kind: PublicQuestion["kind"]; label: string; options: string; required: number }): PublicQuestion {
  return { id: row.id, kind: row.kind, label: row.label, options: JSON.parse(row.options) as string[], required: row.required === 1 };
}

async function questionsOf(db: Db, surveyId: number): Promise<PublicQuestion[]> {
  const rows = await db
    .selectFrom("survey_questions")
    .select(["id", "kind", "label", "options", "required"])
    .where("survey_id", "=", surveyId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map(toQuestion);
}

export async function findSurvey(db: Kysely<Database>, id: number) {
  const survey = await db
    .selectFrom("surveys")
    .leftJoin("events", "events.id", "surveys.event_id")
    .selectAll("surveys")
    .select(["events.title as event_title", "events.starts_at as event_starts_at"])
    .where("surveys.id", "=", id)
    .executeTakeFirst();
  if (!survey) return null;
  const responses = await db
    .selectFrom("survey_responses")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("survey_id", "=", id)
    .executeTakeFirstOrThrow();
  return { ...survey, responses: Number(responses.n), questions: await questionsOf(db, id) };
}

/** A survey as the public answering page sees it; drafts do not exist for the public. */
export async function findPublicSurvey(db: Kysely<Database>, publicId: string) {
  const survey = await db
    .selectFrom("surveys")
    .select(["id", "public_id", "title", "description", "audience", "status"])
    .where("public_id", "=", publicId)
    .where("status", "in", ["open", "closed"])
    .executeTakeFirst();
  if (!survey) return null;
  return { ...survey, questions: await questionsOf(db, survey.id) };
}

async function eventExists(db: Db, eventId: number | null) {
  if (eventId === null) return true;
  return !!(await db.selectFrom("events").select("id").where("id", "=", eventId).executeTakeFirst());
}

export class UnknownEventError extends Error {}

export async function createSurvey(db: Kysely<Database>, actor: Actor, input: SurveyInput) {
  return db.transaction().execute(async (trx) => {
    if (!(await eventExists(trx, input.eventId))) throw new UnknownEventError();
    const now = nowIso();
    const survey = await trx
      .insertInto("surveys")
      .values({
        // 72 random bits: the link cannot be guessed from another survey's.
        public_id: randomBytes(9).toString("base64url"),
        title: input.title,
        description: input.description,
        audience: input.audience,
        event_id: input.eventId,
        status: "draft",
        created_at: now,
        updated_at: now,
      })
      .returning(["id", "public_id"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "survey.create", { type: "survey", id: survey.id }, { title: input.title });
    return survey;
  });
}

/** Runs a change on a draft survey (questions are fixed once people may answer). */
async function changeDraft<T>(
  db: Kysely<Database>,
  surveyId: number,
  change: (trx: Transaction<Database>) => Promise<T | null>,
): Promise<T | null> {
  return db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom("surveys")
      .select("id")
      .where("id", "=", surveyId)
      .where("status", "=", "draft")
      .executeTakeFirst();
    if (!draft) return null;
    const result = await change(trx);
    if (result !== null) {
      await trx.updateTable("surveys").set({ updated_at: nowIso() }).where("id", "=", surveyId).execute();
    }
    return result;
  });
}

export async function updateSurvey(db: Kysely<Database>, actor: Actor, surveyId: number, input: SurveyInput) {
  return changeDraft(db, surveyId, async (trx) => {
    if (!(await eventExists(trx, input.eventId))) throw new UnknownEventError();
    await trx
      .updateTable("surveys")
      .set({ title: input.title, description: input.description, audience: input.audience, event_id: input.eventId })
      .where("id", "=", surveyId)
      .execute();
    await recordAudit(trx, actor, "survey.update", { type: "survey", id: surveyId }, { title: input.title });
    return true;
  });
}

export async function addQuestion(db: Kysely<Database>, actor: Actor, surveyId: number, input: QuestionInput) {
  return changeDraft(db, surveyId, async (trx) => {
    const last = await trx
      .selectFrom("survey_questions")
      .select(sql<number>`coalesce(max(position), 0)`.as("max"))
      .where("survey_id", "=", surveyId)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto("survey_questions")
      .values({
        survey_id: surveyId,
        position: Number(last.max) + 1,
        kind: input.kind,
        label: input.label,
        options: JSON.stringify(input.options),
        required: input.required ? 1 : 0,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, "survey.question.add", { type: "survey", id: surveyId }, { question: row.id, label: input.label });
    return row;
  });
}

export async function updateQuestion(
  db: Kysely<Database>,
  actor: Actor,
  surveyId: number,
  questionId: number,
  input: QuestionInput,
) {
  return changeDraft(db, surveyId, async (trx) => {
    const updated = await trx
      .updateTable("survey_questions")
      .set({ kind: input.kind, label: input.label, options: JSON.stringify(input.options), required: input.required ? 1 : 0 })
      .where("id", "=", questionId)
      .where("survey_id", "=", surveyId)
      .returning("id")
      .executeTakeFirst();
    if (!updated) return null;
    await recordAudit(trx, actor, "survey.question.update", { type: "survey", id: surveyId }, { question: questionId, label: input.label });
    return updated;
  });
}

export async function deleteQuestion(db: Kysely<Database>, actor: Actor, surveyId: number, questionId: number) {
  return changeDraft(db, surveyId, async (trx) => {
    const deleted = await trx
      .deleteFrom("survey_questions")
      .where("id", "=", questionId)
      .where("survey_id", "=", surveyId)
      .returning(["id", "label"])
      .executeTakeFirst();
    if (!deleted) return null;
    await recordAudit(trx, actor, "survey.question.delete", { type: "survey", id: surveyId }, { question: questionId, label: deleted.label });
    return deleted;
  });
}

/** Swaps a question with its neighbour above or below. */
export async function moveQuestion(
  db: Kysely<Database>,
  actor: Actor,
  surveyId: number,
  questionId: number,
  direction: "up" | "down",
) {
  return changeDraft(db, surveyId, async (trx) => {
    const rows = await trx
      .selectFrom("survey_questions")
      .select(["id", "position"])
      .where("survey_id", "=", surveyId)
      .orderBy("position")
      .orderBy("id")
      .execute();
    const index = rows.findIndex((r) => r.id === questionId);
    const other = index + (direction === "up" ? -1 : 1);
    if (index < 0 || other < 0 || other >= rows.length) return null;
    // Positions are renumbered 1..n so that ties left by earlier edits cannot stick.
    const order = rows.map((r) => r.id);
    [order[index], order[other]] = [order[other], order[index]];
    for (const [i, id] of order.entries()) {
      await trx.updateTable("survey_questions").set({ position: i + 1 }).where("id", "=", id).execute();
    }
    await recordAudit(trx, actor, "survey.question.move", { type: "survey", id: surveyId }, { question: questionId, direction });
    return true;
  });
}

export class NoQuestionsError extends Error {}

/** Opens (from draft or closed) or closes a survey. */
export async function setSurveyStatus(db: Kysely<Database>, actor: Actor, surveyId: number, status: "open" | "closed") {
  return db.transaction().execute(async (trx) => {
    const from = status === "open" ? (["draft", "closed"] as const) : (["open"] as const);
    const survey = await trx
      .selectFrom("surveys")
      .select(["id", "status"])
      .where("id", "=", surveyId)
      .where("status", "in", from)
      .executeTakeFirst();
    if (!survey) return null;
    if (status === "open" && (await questionsOf(trx, surveyId)).length === 0) throw new NoQuestionsError();
    await trx.updateTable("surveys").set({ status, updated_at: nowIso() }).where("id", "=", surveyId).execute();
    await recordAudit(trx, actor, status === "open" ? "survey.open" : "survey.close", { type: "survey", id: surveyId }, {
      from: survey.status,
    });
    return true;
  });
}

export type Answer = { questionId: number; values: string[] };

export class InvalidAnswersError extends Error {}

/** Stores one anonymous response. Deliberately takes no user, request or time of day. */
export async function submitResponse(db: Kysely<Database>, surveyId: number, answers: Answer[], now = new Date()) {
  return db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom("surveys")
      .select("id")
      .where("id", "=", surveyId)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (!open) return null;
    // The answer form's schema checked these; this keeps anything else from storing more.
    if (!answersFit(await questionsOf(trx, surveyId), answers)) throw new InvalidAnswersError();
    const response = await trx
      .insertInto("survey_responses")
      .values({ survey_id: surveyId, answered_on: tokyoDay(now) })
      .returning("id")
      .executeTakeFirstOrThrow();
    const rows = answers.flatMap((a) => a.values.map((value) => ({ response_id: response.id, question_id: a.questionId, value })));
    if (rows.length) await trx.insertInto("survey_answers").values(rows).execute();
    return true;
  });
}

export type QuestionResult = PublicQuestion & {
  answered: number;
  counts: Array<{ value: string; n: number }>;
  average: number | null;
  texts: string[];
};

/** Counts per option and scale point; free text as a sorted list, so its order says nothing about who answered when. */
export async function surveyResults(db: Kysely<Database>, surveyId: number): Promise<QuestionResult[]> {
  const questions = await questionsOf(db, surveyId);
  const rows = await db
    .selectFrom("survey_answers")
    .innerJoin("survey_responses", "survey_responses.id", "survey_answers.response_id")
    .select([
      "survey_answers.question_id",
      "survey_answers.value",
      (eb) => eb.fn.countAll<number>().as("n"),
    ])
    .where("survey_responses.survey_id", "=", surveyId)
    .groupBy(["survey_answers.question_id", "survey_answers.value"])
    .orderBy("survey_answers.value")
    .execute();
  const answeredRows = await db
    .selectFrom("survey_answers")
    .innerJoin("survey_responses", "survey_responses.id", "survey_answers.response_id")
    .select(["survey_answers.question_id", sql<number>`count(distinct survey_answers.response_id)`.as("n")])
    .where("survey_responses.survey_id", "=", surveyId)
    .groupBy("survey_answers.question_id")
    .execute();
  const answered = new Map(answeredRows.map((r) => [r.question_id, Number(r.n)]));
  return questions.map((q) => {
    const mine = rows.filter((r) => r.question_id === q.id);
    const count = (value: string) => Number(mine.find((r) => r.value === value)?.n ?? 0);
    const points = ["1", "2", "3", "4", "5"];
    const counts =
      q.kind === "scale"
        ? points.map((value) => ({ value, n: count(value) }))
        : q.kind === "text"
          ? []
          : q.options.map((value) => ({ value, n: count(value) }));
    const scaleTotal = counts.reduce((s, c) => s + c.n, 0);
    const average =
      q.kind === "scale" && scaleTotal > 0
        ? Math.round((counts.reduce((s, c) => s + Number(c.value) * c.n, 0) / scaleTotal) * 10) / 10
        : null;
    const texts = q.kind === "text" ? mine.flatMap((r) => Array<string>(Number(r.n)).fill(r.value)) : [];
    return { ...q, answered: answered.get(q.id) ?? 0, counts, average, texts };
  });
}

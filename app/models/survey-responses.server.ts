import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/types";
import { SCALE_POINTS, answersFit, type PublicQuestion } from "~/schemas/survey";
import { tokyoDay } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { questionsOf } from "./surveys.server";
import { now as clockNow } from "~/utils/clock";

// Anonymous answers and their counts. A response row holds only the survey, the Tokyo day
// and whether it came on paper: no account, address, session, cookie value or time of day.

export type Answer = { questionId: number; values: string[] };

export class InvalidAnswersError extends Error {}

export type ResponseSource = "online" | "paper";

/**
 * Stores one anonymous response. Deliberately takes no user, request or time of day. An
 * online answer needs an open survey; a paper sheet typed in by staff may also come in
 * after the survey closed (sheets collected at a fair are entered later), never for a draft.
 */
async function insertResponse(trx: Transaction<Database>, surveyId: number, answers: Answer[], now: Date, source: ResponseSource) {
  const open = await trx
    .selectFrom("surveys")
    .select("id")
    .where("id", "=", surveyId)
    .where("status", "in", source === "paper" ? ["open", "closed"] : ["open"])
    .executeTakeFirst();
  if (!open) return null;
  // The answer form's schema checked these; this keeps anything else from storing more.
  if (!answersFit(await questionsOf(trx, surveyId), answers)) throw new InvalidAnswersError();
  const response = await trx
    .insertInto("survey_responses")
    .values({ survey_id: surveyId, answered_on: tokyoDay(now), source })
    .returning("id")
    .executeTakeFirstOrThrow();
  const rows = answers.flatMap((a) => a.values.map((value) => ({ response_id: response.id, question_id: a.questionId, value })));
  if (rows.length) await trx.insertInto("survey_answers").values(rows).execute();
  return true;
}

/** An answer given on the web page (no audit entry: audit entries name people). */
export async function submitResponse(db: Kysely<Database>, surveyId: number, answers: Answer[], now = clockNow()) {
  return db.transaction().execute((trx) => insertResponse(trx, surveyId, answers, now, "online"));
}

/**
 * One paper sheet typed in by staff, stored as paper. The audit entry names the staff member
 * and the survey, not what the sheet said.
 */
export async function submitPaperResponse(db: Kysely<Database>, actor: Actor, surveyId: number, answers: Answer[], now = clockNow()) {
  return db.transaction().execute(async (trx) => {
    const stored = await insertResponse(trx, surveyId, answers, now, "paper");
    if (stored) await recordAudit(trx, actor, "survey.paper_answer", { type: "survey", id: surveyId }, {});
    return stored;
  });
}

export type QuestionResult = PublicQuestion & {
  answered: number;
  /** n is the total; online and paper are its two parts. */
  counts: Array<{ value: string; n: number; online: number; paper: number }>;
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
      sql<number>`sum(survey_responses.source = 'paper')`.as("paper"),
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
    const count = (value: string) => {
      const row = mine.find((r) => r.value === value);
      const n = Number(row?.n ?? 0);
      const paper = Number(row?.paper ?? 0);
      return { value, n, online: n - paper, paper };
    };
    const counts = q.kind === "scale" ? SCALE_POINTS.map(count) : q.kind === "text" ? [] : q.options.map(count);
    const scaleTotal = counts.reduce((s, c) => s + c.n, 0);
    const average =
      q.kind === "scale" && scaleTotal > 0
        ? Math.round((counts.reduce((s, c) => s + Number(c.value) * c.n, 0) / scaleTotal) * 10) / 10
        : null;
    const texts = q.kind === "text" ? mine.flatMap((r) => Array<string>(Number(r.n)).fill(r.value)) : [];
    return { ...q, answered: answered.get(q.id) ?? 0, counts, average, texts };
  });
}

import { randomBytes } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/types";
import { resolveScaleLabels, type PublicQuestion, type SurveyInput } from "~/schemas/survey";
import { nowIso } from "~/utils/dates";
import { recordAudit, type Actor } from "./audit.server";
import { now as clockNow } from "~/utils/clock";

// Surveys staff build and anyone may answer. An answer is stored as a response row that
// holds only the survey and the Tokyo day, plus one value per chosen option or text: no
// account, address, session, cookie value or time of day is ever written with it.
// Questions: survey-questions.server.ts; answers and results: survey-responses.server.ts.

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
export async function listEventsForSurvey(db: Kysely<Database>, now = clockNow()) {
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

type QuestionRow = { id: number; kind: PublicQuestion["kind"]; label: string; options: string; required: number; scale_labels: string };

function toQuestion(row: QuestionRow): PublicQuestion {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    options: JSON.parse(row.options) as string[],
    required: row.required === 1,
    scaleLabels: row.kind === "scale" ? resolveScaleLabels(JSON.parse(row.scale_labels)) : [],
  };
}

export async function questionsOf(db: Db, surveyId: number): Promise<PublicQuestion[]> {
  const rows = await db
    .selectFrom("survey_questions")
    .select(["id", "kind", "label", "options", "required", "scale_labels"])
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
  const bySource = await db
    .selectFrom("survey_responses")
    .select(["source", (eb) => eb.fn.countAll<number>().as("n")])
    .where("survey_id", "=", id)
    .groupBy("source")
    .execute();
  const count = (source: string) => Number(bySource.find((r) => r.source === source)?.n ?? 0);
  const online = count("online");
  const paper = count("paper");
  return { ...survey, responses: online + paper, online, paper, questions: await questionsOf(db, id) };
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
export async function changeDraft<T>(
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

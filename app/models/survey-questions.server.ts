import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types";
import type { QuestionInput } from "~/schemas/survey";
import { recordAudit, type Actor } from "./audit.server";
import { changeDraft } from "./surveys.server";

// The questions of a draft survey (fixed once people may answer).

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
        scale_labels: JSON.stringify(input.scaleLabels),
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
      .set({
        kind: input.kind,
        label: input.label,
        options: JSON.stringify(input.options),
        required: input.required ? 1 : 0,
        scale_labels: JSON.stringify(input.scaleLabels),
      })
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

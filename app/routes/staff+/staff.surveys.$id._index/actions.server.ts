import { redirect } from "@remix-run/node";
import type { Actor } from "~/models/audit.server";
import { NoQuestionsError, UnknownEventError, setSurveyStatus, updateSurvey } from "~/models/surveys.server";
import { addQuestion, deleteQuestion, moveQuestion, updateQuestion } from "~/models/survey-questions.server";
import { questionSchema, surveySchema } from "~/schemas/survey";
import { db } from "~/utils/db.server";
import { formError, parseForm } from "~/utils/forms.server";
import { notFound } from "~/utils/http";

export function surveyIdParam(params: { id?: string }): number {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

function questionId(formData: FormData): number {
  const id = Number(formData.get("questionId"));
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

const LOCKED = "受付を始めたアンケートは変えられません。";

/** One staff change per submission; each writes one audit entry in its model function. */
export async function handleSurveyAction(staff: Actor, surveyId: number, formData: FormData) {
  const back = (done = "saved") => redirect(`/staff/surveys/${surveyId}?done=${done}`);
  const intent = formData.get("intent");
  switch (intent) {
    case "meta": {
      const parsed = parseForm(formData, surveySchema);
      if (!parsed.ok) return parsed.response;
      try {
        if (!(await updateSurvey(db, staff, surveyId, parsed.data))) return formError(formData, { _form: LOCKED });
      } catch (error) {
        if (error instanceof UnknownEventError) return formError(formData, { eventId: "説明会・セミナーを選び直してください" });
        throw error;
      }
      return back();
    }
    case "add-question":
    case "update-question": {
      const parsed = parseForm(formData, questionSchema);
      if (!parsed.ok) return parsed.response;
      const done =
        intent === "add-question"
          ? await addQuestion(db, staff, surveyId, parsed.data)
          : await updateQuestion(db, staff, surveyId, questionId(formData), parsed.data);
      if (!done) return formError(formData, { _form: LOCKED });
      return back();
    }
    case "delete-question":
      if (!(await deleteQuestion(db, staff, surveyId, questionId(formData)))) return formError(formData, { _form: LOCKED });
      return back();
    case "move-up":
    case "move-down":
      // Moving the first question up (or the last down) changes nothing and is not an error.
      await moveQuestion(db, staff, surveyId, questionId(formData), intent === "move-up" ? "up" : "down");
      return back();
    case "open":
    case "close":
      try {
        if (!(await setSurveyStatus(db, staff, surveyId, intent === "open" ? "open" : "closed"))) notFound();
      } catch (error) {
        if (error instanceof NoQuestionsError) return formError(formData, { _form: "質問を1つ以上作ってから、受付を始めてください。" });
        throw error;
      }
      return back(intent === "open" ? "opened" : "closed");
    default:
      notFound();
  }
}

import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/auth/guards.server";
import { recordAudit } from "~/models/audit.server";
import { findSurvey } from "~/models/surveys.server";
import { surveyResults } from "~/models/survey-responses.server";
import { QUESTION_KINDS } from "~/schemas/survey";
import { csvResponse, type CsvCell } from "~/utils/csv";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";

// /staff/surveys/:id/results.csv: the counts (and, for staff only, the free text) for Excel.
export async function loader(args: LoaderFunctionArgs) {
  const staff = await requireStaff(args);
  const id = Number(args.params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const survey = assertFound(await findSurvey(db, id));
  const rows: CsvCell[][] = [];
  for (const [i, q] of (await surveyResults(db, id)).entries()) {
    const question = `${i + 1}. ${q.label}`;
    for (const c of q.counts) rows.push([question, QUESTION_KINDS[q.kind], c.value, c.n]);
    for (const text of q.texts) rows.push([question, QUESTION_KINDS[q.kind], text, 1]);
    rows.push([question, QUESTION_KINDS[q.kind], "（答えた人）", q.answered]);
  }
  await recordAudit(db, staff, "download.csv", { type: "survey", id }, { rows: rows.length });
  const title = survey.title.replace(/[\\/:*?"<>|]/g, "・");
  return csvResponse(`アンケート結果_${title}.csv`, `survey-${id}-results.csv`, ["質問", "答え方", "答え", "件数"], rows);
}

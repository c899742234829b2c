import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/auth/guards.server";
import { recordAudit } from "~/models/audit.server";
import { findSurvey } from "~/models/surveys.server";
import { surveyResults } from "~/models/survey-responses.server";
import { QUESTION_KINDS, scalePointLabel } from "~/schemas/survey";
import { csvResponse, type CsvCell } from "~/utils/csv";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";

// /staff/surveys/:id/results.csv: the counts split into web, paper and total like the results
// page (and, for staff only, the free text) for Excel.
export async function loader(args: LoaderFunctionArgs) {
  const staff = await requireStaff(args);
  const id = Number(args.params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const survey = assertFound(await findSurvey(db, id));
  const rows: CsvCell[][] = [];
  for (const [i, q] of (await surveyResults(db, id)).entries()) {
    const question = `${i + 1}. ${q.label}`;
    const kind = QUESTION_KINDS[q.kind];
    for (const c of q.counts) {
      const answer = q.kind === "scale" ? scalePointLabel(q.scaleLabels, c.value) : c.value;
      rows.push([question, kind, answer, c.online, c.paper, c.n]);
    }
    // A free answer is one person's words: counted in the total only, as on the results page.
    for (const text of q.texts) rows.push([question, kind, text, null, null, 1]);
    rows.push([question, kind, "（答えた人）", null, null, q.answered]);
  }
  await recordAudit(db, staff, "download.csv", { type: "survey", id }, { rows: rows.length });
  const title = survey.title.replace(/[\\/:*?"<>|]/g, "・");
  return csvResponse(`アンケート結果_${title}.csv`, `survey-${id}-results.csv`, ["質問", "答え方", "答え", "ウェブ", "紙", "合計"], rows);
}

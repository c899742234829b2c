import type { Kysely } from "kysely";
import { addDays, tokyoDay } from "../app/utils/dates";
import type { Database } from "./types";

// Demo data for progress management: copies of the magazine sent out, and one open survey
// from the last company fair with a handful of anonymous answers. Deterministic.

const DESTINATIONS = [
  { destination: "熊本保護観察所（例）", copies: 120 },
  { destination: "熊本刑務所（例）", copies: 80 },
  { destination: "少年院（例）", copies: 50 },
];

const QUESTIONS = [
  { kind: "single", label: "説明会は、わかりやすかったですか", options: ["わかりやすかった", "ふつう", "わかりにくかった"], required: 1 },
  { kind: "multiple", label: "役に立った話を選んでください", options: ["仕事の内容", "寮・社宅", "給料", "面談"], required: 0 },
  { kind: "scale", label: "また参加したいですか", options: [], required: 1 },
  { kind: "text", label: "ひとこと、どうぞ", options: [], required: 0 },
] as const;

// One row per response: single, multiple, scale, text.
const ANSWERS: Array<[string, string[], string, string]> = [
  ["わかりやすかった", ["仕事の内容", "寮・社宅"], "5", "寮があるのがありがたいです。"],
  ["わかりやすかった", ["面談"], "4", ""],
  ["ふつう", ["給料"], "3", "もう少しゆっくり話してほしかった。"],
  ["わかりやすかった", ["仕事の内容", "面談"], "5", ""],
  ["わかりにくかった", [], "2", ""],
  ["ふつう", ["寮・社宅", "給料"], "4", "次も来たいです。"],
];

export async function seedProgressDemo(db: Kysely<Database>, now: Date): Promise<void> {
  const issue = await db
    .selectFrom("magazine_issues")
    .select(["id", "issue_date"])
    .where("status", "=", "published")
    .orderBy("number", "desc")
    .executeTakeFirst();
  if (issue) {
    for (const [i, d] of DESTINATIONS.entries()) {
      await db
        .insertInto("magazine_distributions")
        .values({ issue_id: issue.id, destination: d.destination, copies: d.copies, sent_on: addDays(issue.issue_date, i + 1), created_at: now.toISOString() })
        .execute();
    }
  }

  const fair = await db
    .selectFrom("events")
    .select(["id", "title", "starts_at"])
    .where("kind", "=", "company_fair")
    .where("status", "=", "published")
    .where("ends_at", "<=", now.toISOString())
    .orderBy("starts_at", "desc")
    .executeTakeFirst();
  const survey = await db
    .insertInto("surveys")
    .values({
      public_id: "demo-fair-survey",
      title: "企業説明会のアンケート（例）",
      description: "名前は書きません。3分ほどで終わります。",
      audience: "seeker",
      event_id: fair?.id ?? null,
      status: "open",
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const [i, q] of QUESTIONS.entries()) {
    const row = await db
      .insertInto("survey_questions")
      .values({ survey_id: survey.id, position: i + 1, kind: q.kind, label: q.label, options: JSON.stringify(q.options), required: q.required })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  const day = fair ? tokyoDay(fair.starts_at) : tokyoDay(now);
  for (const [single, multiple, scale, text] of ANSWERS) {
    const response = await db
      .insertInto("survey_responses")
      .values({ survey_id: survey.id, answered_on: day })
      .returning("id")
      .executeTakeFirstOrThrow();
    const values = [[ids[0], single], ...multiple.map((m) => [ids[1], m]), [ids[2], scale], ...(text ? [[ids[3], text]] : [])] as Array<[number, string]>;
    await db
      .insertInto("survey_answers")
      .values(values.map(([question_id, value]) => ({ response_id: response.id, question_id, value })))
      .execute();
  }
}

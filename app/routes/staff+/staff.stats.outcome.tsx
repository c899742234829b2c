import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { LineChart } from "~/components/charts/line-chart";
import { StatsTable } from "~/components/charts/stats-table";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextAreaField, TextField } from "~/components/form-fields";
import { StatsNav } from "~/components/stats-nav";
import {
  findOutcomeYear,
  listOutcomeFigures,
  removeOutcomeFigures,
  saveOutcomeFigures,
} from "~/models/outcome.server";
import { outcomeTable } from "~/models/stats-tables.server";
import { OUTCOME_BASELINE, OUTCOME_TARGET, latestOutcomeYear, outcomeRemovalSchema, outcomeSchema } from "~/schemas/stats";
import { db } from "~/utils/db.server";
import { outcomeGapText } from "~/utils/outcome-gap";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import statsStyles from "~/styles/stats.css?url";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction = () => [{ title: "成果指標（再犯者数） | 職員メニュー" }];

/** A year named in ?edit= or ?remove=, when it is one that was entered. */
async function pickedYear(value: string | null) {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return (await findOutcomeYear(db, Number(value))) ?? null;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const url = new URL(args.request.url);
  const removing = await pickedYear(url.searchParams.get("remove"));
  if (url.searchParams.has("remove") && !removing) throw new Response("Not Found", { status: 404 });
  return {
    figures: await listOutcomeFigures(db),
    table: await outcomeTable(db),
    latestYear: latestOutcomeYear(),
    editing: await pickedYear(url.searchParams.get("edit")),
    removing,
    done: ["saved", "corrected", "removed"]
      .map((kind) => ({ kind, year: url.searchParams.get(kind) }))
      .find((d) => d.year && /^\d{4}$/.test(d.year)) ?? null,
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const formData = await args.request.formData();
  const removing = await pickedYear(new URL(args.request.url).searchParams.get("remove"));
  if (new URL(args.request.url).searchParams.has("remove")) {
    if (!removing) throw new Response("Not Found", { status: 404 });
    const parsed = parseForm(formData, outcomeRemovalSchema);
    if (!parsed.ok) return parsed.response;
    if (!(await removeOutcomeFigures(db, staff, removing.year, parsed.data.reason))) {
      throw new Response("Not Found", { status: 404 });
    }
    return redirect(`/staff/stats/outcome?removed=${removing.year}`);
  }
  const parsed = parseForm(formData, outcomeSchema);
  if (!parsed.ok) return parsed.response;
  const result = await saveOutcomeFigures(db, staff, parsed.data);
  if (result === "reason-required") {
    return formError(formData, {
      reason: `${parsed.data.year}年の数字はもう入力されています。直すときは、直す理由を書いてください`,
    });
  }
  return redirect(`/staff/stats/outcome?${result}=${parsed.data.year}`);
}

const DONE: Record<string, string> = {
  saved: "の数字を保存しました。",
  corrected: "の数字を直しました。",
  removed: "の数字を削除しました。",
};

export default function Outcome() {
  const { figures, table, latestYear, editing, removing, done } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  // The chart always starts at the baseline year, so progress since the plan began shows.
  const firstYear = Math.min(OUTCOME_BASELINE.year, ...figures.map((f) => f.year));
  const lastYear = Math.max(OUTCOME_BASELINE.year, ...figures.map((f) => f.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const byYear = new Map(figures.map((f) => [f.year, f]));
  const latest = figures[figures.length - 1];
  if (removing) {
    const year = removing.year;
    return (
      <>
        <h1>成果指標：{year}年の数字を削除する</h1>
        <StatsNav />
        <p>
            {year}年の数字（刑法犯の検挙人員 {removing.arrested.toLocaleString("ja-JP")}人、うち再犯者{" "}
          {removing.repeat_offenders.toLocaleString("ja-JP")}人）を削除します。削除した理由は操作の記録に残ります。
        </p>
        <ValidatedForm
          schema={outcomeRemovalSchema}
          failure={failure}
          action={`/staff/stats/outcome?remove=${year}`}
          aria-label={`${year}年の数字の削除`}
        >
          <TextAreaField name="reason" label="削除する理由" required hint="例: 2024年の数字を2023年の欄に入れてしまったため" rows={3} />
          <SubmitButton danger>削除する</SubmitButton>
        </ValidatedForm>
        <p>
          <Link to="/staff/stats/outcome">削除しないで戻る</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>成果指標：再犯者の数</h1>
      <StatsNav />
      <p>
        熊本市再犯防止推進計画の目標は、市内で刑法犯として検挙された人のうち再犯者を <strong>{OUTCOME_TARGET}人以下</strong>{" "}
        にすることです（{OUTCOME_BASELINE.year}年は {OUTCOME_BASELINE.repeatOffenders}人）。毎年、熊本県警察の数字を入力します。
      </p>
      {latest ? (
        <p className="outcome-gap">
          最新の{latest.year}年は再犯者 {latest.repeat_offenders.toLocaleString("ja-JP")}人。
          <strong>{outcomeGapText(latest.repeat_offenders)}</strong>
        </p>
      ) : null}
      {done ? (
        <p className="notice" role="status">
          {done.year}年{DONE[done.kind]}
        </p>
      ) : null}
      <div className="chart-pair">
        <LineChart
          title="再犯者の数（人）"
          categories={years.map((y) => `${y}年`)}
          series={[{ label: "再犯者", values: years.map((y) => byYear.get(y)?.repeat_offenders ?? null) }]}
          references={[
            { label: "目標", value: OUTCOME_TARGET },
            { label: `${OUTCOME_BASELINE.year}年の基準値`, value: OUTCOME_BASELINE.repeatOffenders },
          ]}
          unit="人"
        />
        <StatsTable table={table} csvHref="/staff/stats/csv/outcome" />
      </div>
      {figures.length ? (
        <section aria-labelledby="fix-heading">
          <h2 id="fix-heading">入力した年を直す・削除する</h2>
          <ul className="outcome-years">
            {figures.map((f) => (
              <li key={f.year}>
                {f.year}年：<Link to={`/staff/stats/outcome?edit=${f.year}#entry-heading`}>{f.year}年の数字を直す</Link>{" "}
                <Link to={`/staff/stats/outcome?remove=${f.year}`}>{f.year}年の数字を削除する</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="entry-form" aria-labelledby="entry-heading">
        <h2 id="entry-heading">{editing ? `${editing.year}年の数字を直す` : "1年分の数字を入力する"}</h2>
        <p className="hint">
          入力できるのは、計画の基準の{OUTCOME_BASELINE.year}年から、終わった年（{latestYear}年）までです。すでに入力した年を直すときは、直す理由も書きます。
        </p>
        <ValidatedForm
          key={editing?.year ?? "new"}
          schema={outcomeSchema}
          failure={failure}
          defaults={
            editing
              ? { year: String(editing.year), arrested: String(editing.arrested), repeatOffenders: String(editing.repeat_offenders) }
              : {}
          }
          aria-label="成果指標の入力"
        >
          <TextField name="year" label="年（西暦）" inputMode="numeric" required hint={`例: ${latestYear}`} />
          <TextField name="arrested" label="刑法犯の検挙人員（人）" inputMode="numeric" required />
          <TextField name="repeatOffenders" label="うち再犯者（人）" inputMode="numeric" required />
          <TextAreaField name="reason" label="直す理由（入力済みの年を直すときだけ）" hint="例: 県警察の確定値が出たため" rows={2} />
          <SubmitButton>保存する</SubmitButton>
        </ValidatedForm>
      </section>
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { LineChart } from "~/components/charts/line-chart";
import { StatsTable } from "~/components/charts/stats-table";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { StatsNav } from "~/components/stats-nav";
import { listOutcomeFigures, saveOutcomeFigures } from "~/models/outcome.server";
import { outcomeTable } from "~/models/stats-tables.server";
import { OUTCOME_BASELINE, OUTCOME_TARGET, outcomeSchema } from "~/schemas/stats";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import statsStyles from "~/styles/stats.css?url";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction = () => [{ title: "成果指標（再犯者数） | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const url = new URL(args.request.url);
  return {
    figures: await listOutcomeFigures(db),
    table: await outcomeTable(db),
    saved: url.searchParams.get("saved"),
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const parsed = parseForm(await args.request.formData(), outcomeSchema);
  if (!parsed.ok) return parsed.response;
  await saveOutcomeFigures(db, staff, parsed.data);
  return redirect(`/staff/stats/outcome?saved=${parsed.data.year}`);
}

export default function Outcome() {
  const { figures, table, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  // The chart always starts at the baseline year, so progress since the plan began shows.
  const firstYear = Math.min(OUTCOME_BASELINE.year, ...figures.map((f) => f.year));
  const lastYear = Math.max(OUTCOME_BASELINE.year, ...figures.map((f) => f.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const byYear = new Map(figures.map((f) => [f.year, f]));
  return (
    <>
      <h1>成果指標：再犯者の数</h1>
      <StatsNav />
      <p>
        熊本市再犯防止推進計画の目標は、市内で刑法犯として検挙された人のうち再犯者を <strong>{OUTCOME_TARGET}人以下</strong>{" "}
        にすることです（{OUTCOME_BASELINE.year}年は {OUTCOME_BASELINE.repeatOffenders}人）。毎年、熊本県警察の数字を入力します。
      </p>
      {saved ? (
        <p className="notice" role="status">
          {saved}年の数字を保存しました。
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
      <section className="entry-form" aria-labelledby="entry-heading">
        <h2 id="entry-heading">1年分の数字を入力する</h2>
        <p className="hint">同じ年をもう一度入力すると、その年の数字を直します。</p>
        <ValidatedForm schema={outcomeSchema} failure={failure} aria-label="成果指標の入力">
          <TextField name="year" label="年（西暦）" inputMode="numeric" required hint="例: 2025" />
          <TextField name="arrested" label="刑法犯の検挙人員（人）" inputMode="numeric" required />
          <TextField name="repeatOffenders" label="うち再犯者（人）" inputMode="numeric" required />
          <SubmitButton>保存する</SubmitButton>
        </ValidatedForm>
      </section>
    </>
  );
}

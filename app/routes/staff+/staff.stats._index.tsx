import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { BarChart } from "~/components/charts/bar-chart";
import { StatsTable, type TableData } from "~/components/charts/stats-table";
import { StatsNav } from "~/components/stats-nav";
import { RetentionSection } from "~/components/staff/retention-section";
import { listHelpRequests, listOverdueFollowUps } from "~/models/hire-follow-ups.server";
import { retentionFigures, retentionTable } from "~/models/stats-retention.server";
import { tokyoDay } from "~/utils/dates";
import { listOutcomeFigures } from "~/models/outcome.server";
import { loadStatsOverview } from "~/models/stats-tables.server";
import { fiscalYearsWithData } from "~/models/stats-years.server";
import { OUTCOME_BASELINE, OUTCOME_TARGET, pickFiscalYear } from "~/schemas/stats";
import { db } from "~/utils/db.server";
import { currentFiscalYear, fiscalYearLabel, shortMonthLabel } from "~/utils/fiscal";
import statsStyles from "~/styles/stats.css?url";
import { now as clockNow } from "~/utils/clock";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction = () => [{ title: "進捗の集計 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const now = clockNow();
  const url = new URL(args.request.url);
  const current = currentFiscalYear(now);
  const years = await fiscalYearsWithData(db, now);
  const fiscalYear = pickFiscalYear(url.searchParams.get("fy"), years, current);
  const overview = await loadStatsOverview(db, fiscalYear, now, years);
  const outcome = await listOutcomeFigures(db);
  const retention = await retentionFigures(db, tokyoDay(now));
  return {
    fiscalYear,
    ...overview,
    latestOutcome: outcome[outcome.length - 1] ?? null,
    retentionCells: retention.find((y) => y.fiscalYear === fiscalYear)?.cells ?? null,
    retention: retentionTable(retention),
    overdue: await listOverdueFollowUps(db, tokyoDay(now)),
    help: await listHelpRequests(db),
  };
}

function csvHref(table: TableData, fiscalYear: number) {
  return `/staff/stats/csv/${table.name}?fy=${fiscalYear}`;
}

export default function StatsOverview() {
  const data = useLoaderData<typeof loader>();
  const { fiscalYear, months } = data;
  const categories = months.map((m) => shortMonthLabel(m.month));
  const [jobsMonthly, eventsMonthly, outreachMonthly] = data.monthly;
  const charts = [
    <BarChart
      key="jobs"
      title={`求人の公開と充足（${fiscalYearLabel(fiscalYear)}）`}
      categories={categories}
      series={[
        { label: "公開した求人", values: months.map((m) => m.jobsPublished) },
        { label: "充足した求人", values: months.map((m) => m.jobsFilled) },
      ]}
      unit="件"
    />,
    <BarChart
      key="events"
      title={`説明会・セミナーの参加者（${fiscalYearLabel(fiscalYear)}）`}
      categories={categories}
      series={[
        { label: "参加した求職者", values: months.map((m) => m.seekers) },
        { label: "個別面談", values: months.map((m) => m.interviews) },
      ]}
    />,
    <BarChart
      key="outreach"
      title={`連絡依頼と採用（${fiscalYearLabel(fiscalYear)}）`}
      categories={categories}
      series={[
        { label: "連絡依頼の受付", values: months.map((m) => m.contactsReceived) },
        { label: "採用の報告（人）", values: months.map((m) => m.hires) },
      ]}
    />,
  ];
  return (
    <div className="stats-page">
      <h1>進捗の集計（{fiscalYearLabel(fiscalYear)}）</h1>
      <StatsNav />
      <Form method="get" className="stats-filter">
        <div className="field">
          <label htmlFor="fy">年度</label>
          <select id="fy" name="fy" defaultValue={String(fiscalYear)}>
            {data.years.map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          表示する
        </button>
      </Form>
      <p className="hint no-print">
        月は日本時間で数えます。年度は4月から翌年3月までです。「月末」の数は、今月については今日の時点の数です。このページは、ブラウザーの「印刷」でそのまま印刷できます。
      </p>

      <section className="stats-section" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading">成果指標</h2>
        {data.latestOutcome ? (
          <p>
            {data.latestOutcome.year}年の再犯者数は <strong>{data.latestOutcome.repeat_offenders.toLocaleString("ja-JP")}人</strong>{" "}
            です（目標 {OUTCOME_TARGET}人以下、{OUTCOME_BASELINE.year}年の基準値 {OUTCOME_BASELINE.repeatOffenders}人）。
          </p>
        ) : (
          <p>まだ入力されていません。</p>
        )}
        <p className="no-print">
          <Link to="/staff/stats/outcome">成果指標のグラフと入力</Link>
        </p>
      </section>

      {[jobsMonthly, eventsMonthly, outreachMonthly].map((table, i) => (
        <section key={table.name} className="stats-section" aria-labelledby={`${table.name}-heading`}>
          <h2 id={`${table.name}-heading`}>{table.title.replace(/（.*$/, "")}</h2>
          <div className="chart-pair">
            {charts[i]}
            <StatsTable table={table} csvHref={csvHref(table, fiscalYear)} />
          </div>
          <StatsTable table={data.yearly[i]} csvHref={csvHref(data.yearly[i], fiscalYear)} />
        </section>
      ))}

      <RetentionSection
        fiscalYear={fiscalYear}
        cells={data.retentionCells}
        table={data.retention}
        csvHref={csvHref(data.retention, fiscalYear)}
        overdue={data.overdue}
        help={data.help}
      />

      <section className="stats-section" aria-labelledby="employers-heading">
        <h2 id="employers-heading">区別・業種別の事業主</h2>
        <div className="chart-pair">
          <StatsTable table={data.wards} csvHref={csvHref(data.wards, fiscalYear)} />
          <StatsTable table={data.industries} csvHref={csvHref(data.industries, fiscalYear)} />
        </div>
      </section>

      <section className="stats-section" aria-labelledby="events-heading">
        <h2 id="events-heading">説明会・セミナーごとの参加者</h2>
        <StatsTable table={data.events} csvHref={csvHref(data.events, fiscalYear)} />
        <p className="no-print">
          <Link to="/staff/stats/attendance">参加者の数を入力する</Link>
        </p>
      </section>
    </div>
  );
}

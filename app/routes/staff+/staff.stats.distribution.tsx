import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { StatsTable } from "~/components/charts/stats-table";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { SelectField, TextField } from "~/components/form-fields";
import { StatsNav } from "~/components/stats-nav";
import { addDistribution, deleteDistribution, listDistributableIssues, listDistributions } from "~/models/stats-entry.server";
import { distributionTable } from "~/models/stats-tables.server";
import { fiscalYearsWithData } from "~/models/stats-years.server";
import { distributionSchema, pickFiscalYear } from "~/schemas/stats";
import { formatDate, tokyoDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { currentFiscalYear, fiscalYearLabel } from "~/utils/fiscal";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { notFound } from "~/utils/http";
import statsStyles from "~/styles/stats.css?url";
import { now as clockNow } from "~/utils/clock";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction = () => [{ title: "情報誌の配布 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const now = clockNow();
  const years = await fiscalYearsWithData(db, now);
  const url = new URL(args.request.url);
  const fiscalYear = pickFiscalYear(url.searchParams.get("fy"), years, currentFiscalYear(now));
  return {
    fiscalYear,
    years,
    issues: await listDistributableIssues(db),
    rows: await listDistributions(db, fiscalYear),
    table: await distributionTable(db, fiscalYear),
    today: tokyoDay(now),
    notice: url.searchParams.has("added") ? "記録しました。" : url.searchParams.has("deleted") ? "記録を消しました。" : null,
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const formData = await args.request.formData();
  if (formData.get("intent") === "delete") {
    const id = Number(formData.get("id"));
    if (!Number.isInteger(id) || !(await deleteDistribution(db, staff, id))) notFound();
    return redirect("/staff/stats/distribution?deleted=1");
  }
  const parsed = parseForm(formData, distributionSchema);
  if (!parsed.ok) return parsed.response;
  const added = await addDistribution(db, staff, parsed.data);
  if (!added) return formError(formData, { issueId: "発行済みの号を選んでください" });
  return redirect("/staff/stats/distribution?added=1");
}

export default function Distribution() {
  const { fiscalYear, years, issues, rows, table, today, notice } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const issueOptions = Object.fromEntries(issues.map((i) => [String(i.id), `第${i.number}号（${formatDate(i.issue_date)}）`]));
  return (
    <>
      <h1>情報誌の配布</h1>
      <StatsNav />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <section className="entry-form" aria-labelledby="add-heading">
        <h2 id="add-heading">送った部数を記録する</h2>
        {issues.length ? (
          <ValidatedForm schema={distributionSchema} failure={failure} defaults={{ sentOn: today }} aria-label="送った部数">
            <SelectField name="issueId" label="号" options={issueOptions} required />
            <TextField name="destination" label="送り先" required hint="例: 熊本保護観察所、○○刑務所、○○少年院" maxLength={100} />
            <TextField name="copies" label="部数" inputMode="numeric" required />
            <TextField name="sentOn" label="送った日" type="date" required />
            <SubmitButton>記録する</SubmitButton>
          </ValidatedForm>
        ) : (
          <p>発行済みの号がまだありません。</p>
        )}
      </section>

      <Form method="get" className="stats-filter">
        <div className="field">
          <label htmlFor="fy">年度</label>
          <select id="fy" name="fy" defaultValue={String(fiscalYear)}>
            {years.map((y) => (
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
      <StatsTable table={table} csvHref={`/staff/stats/csv/distribution?fy=${fiscalYear}`} />

      {rows.length ? (
        <details className="no-print">
          <summary>まちがえた記録を消す</summary>
          <ul className="status-list">
            {rows.map((r) => (
              <li key={r.id}>
                {formatDate(r.sent_on)} 第{r.number}号 {r.destination} {r.copies}部{" "}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="id" value={r.id} />
                  <button type="submit" name="intent" value="delete" className="button danger small">
                    消す
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { SelectField, TextAreaField, TextField } from "~/components/form-fields";
import { listEmployerJobs } from "~/models/employer-jobs.server";
import { deleteHireReport, listHireReports, saveHireReport } from "~/models/hires.server";
import { hireMonthOptions } from "~/utils/hire-months";
import { hireReportSchema } from "~/schemas/employer";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { notFound } from "~/utils/http";
import { monthLabel } from "~/utils/fiscal";

export const meta: MetaFunction = () => [{ title: "採用の報告 | 熊本市 協力雇用主 求人サイト" }];


export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployer(args);
  const [reports, jobs] = await Promise.all([listHireReports(db, user.employerId), listEmployerJobs(db, user.employerId)]);
  const editId = Number(new URL(args.request.url).searchParams.get("edit"));
  const editing = reports.find((r) => r.id === editId) ?? null;
  return {
    months: hireMonthOptions(),
    reports,
    editing,
    // Hires come from postings people could see: drafts never reached anyone.
    jobOptions: Object.fromEntries(jobs.filter((j) => j.status !== "draft").map((j) => [String(j.id), j.title])),
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployer(args);
  const formData = await args.request.formData();
  if (formData.get("intent") === "delete") {
    const id = Number(formData.get("id"));
    if (!Number.isSafeInteger(id) || !(await deleteHireReport(db, user, id))) notFound();
    return redirect("/employer/hires?done=deleted");
  }
  const parsed = parseForm(formData, hireReportSchema);
  if (!parsed.ok) return parsed.response;
  const outcome = await saveHireReport(db, user, parsed.data);
  if (outcome === "not_found") notFound();
  if (outcome === "bad_job") return formError(formData, { job_id: "その求人は選べません。一覧から選んでください" });
  return redirect("/employer/hires?done=saved");
}

export default function Hires() {
  const { months, reports, editing, jobOptions } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const location = useLocation();
  const done = params.get("done");
  const defaults: Record<string, string> = editing
    ? { id: String(editing.id), month: editing.month, hires: String(editing.hires), job_id: editing.job_id ? String(editing.job_id) : "", note: editing.note }
    : { month: Object.keys(months)[0] };
  return (
    <>
      <h1>採用の報告</h1>
      <p>
        このサイトを通して人を採用したら、月ごとに人数を知らせてください。市の取り組みの成果として数えます。名前など、本人がわかることは書かないでください。
      </p>
      {done ? (
        <p className="notice" role="status">
          {done === "deleted" ? "報告を取り消しました。" : "報告を保存しました。ありがとうございます。"}
        </p>
      ) : null}
      <section className="narrow" aria-labelledby="hire-form-heading">
        <h2 id="hire-form-heading">
          {editing ? "報告を直す" : "報告する"}
        </h2>
        <p className="hint">
          採用した月を選んでください（1年前まで）。報告すると、採用から1〜6か月、9か月、12か月に「まだ働いていますか」の確認がダッシュボードに届きます。まちがえたときは、あとから直したり取り消したりできます。
        </p>
        <ValidatedForm
          // A fresh, empty form after every save (with JavaScript the page is not reloaded).
          key={location.key}
          schema={hireReportSchema}
          failure={failure}
          defaults={defaults}
          aria-label="採用の報告"
        >
          {editing ? <input type="hidden" name="id" value={editing.id} /> : null}
          <SelectField name="month" label="採用した月" options={months} required placeholder="月を選ぶ" />
          <TextField name="hires" label="採用した人数" required inputMode="numeric" hint="半角の数字（例: 1）" />
          <SelectField name="job_id" label="どの求人で採用したか" options={jobOptions} placeholder="求人を選ばない" />
          <TextAreaField name="note" label="メモ" rows={3} hint="例: 12月から正社員として勤務。名前・電話番号・メールアドレスは書かないでください" />
          <SubmitButton>{editing ? "直して保存する" : "報告する"}</SubmitButton>
          {editing ? (
            <p>
              <Link to="/employer/hires">直すのをやめる</Link>
            </p>
          ) : null}
        </ValidatedForm>
      </section>

      <h2>これまでの報告</h2>
      {reports.length ? (
        <div className="table-scroll">
          <table className="hire-table">
            <thead>
              <tr>
                <th scope="col">月</th>
                <th scope="col">人数</th>
                <th scope="col">求人</th>
                <th scope="col">メモ</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>{monthLabel(r.month)}</td>
                  <td className="number">{r.hires}人</td>
                  <td>{r.job_title ?? "—"}</td>
                  <td className="prose">{r.note}</td>
                  <td>
                    <Link to={`/employer/hires?edit=${r.id}`}>直す</Link>
                    <Form method="post">
                      <input type="hidden" name="id" value={r.id} />
                      <button type="submit" name="intent" value="delete" className="link-button">
                        取り消す
                      </button>
                    </Form>
                    <Link to="/for-employers/support">受けられる支援</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>まだ報告はありません。</p>
      )}
    </>
  );
}

import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { IssueForm } from "~/components/print/issue-fields";
import { createIssue, listIssues, nextIssueNumber } from "~/models/magazine.server";
import { magazineIssueSchema } from "~/schemas/magazine";
import { db } from "~/utils/db.server";
import { formatDate, tokyoDay } from "~/utils/dates";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import magazineStyles from "~/styles/magazine.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: magazineStyles }];
export const meta: MetaFunction = () => [{ title: "求人情報誌 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  return { issues: await listIssues(db), next: await nextIssueNumber(db), today: tokyoDay() };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const formData = await args.request.formData();
  const parsed = parseForm(formData, magazineIssueSchema);
  if (!parsed.ok) return parsed.response;
  const created = await createIssue(db, staff, parsed.data);
  if (!created.ok) return formError(formData, { number: `第${parsed.data.number}号はもうあります。ほかの号数にしてください` });
  return redirect(`/staff/magazine/${created.id}`);
}

function doneMessage(done: string | null) {
  return done === "deleted" ? "下書きを消しました。" : null;
}

export default function StaffMagazine() {
  const { issues, next, today } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = doneMessage(params.get("done"));
  return (
    <>
      <h1>求人情報誌</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <p>号を作り、のせる求人を選んで並べ、発行します。発行すると、その時の内容で固定され、PDF が作られます。</p>
      <p>発行日が先の日付の号は「予定」になり、その日（東京の日付）になると自動で公開されます。それまでは職員のほかは見られません。</p>
      {issues.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">号</th>
                <th scope="col">題名</th>
                <th scope="col">発行日</th>
                <th scope="col">求人</th>
                <th scope="col">状態</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue) => (
                <tr key={issue.id}>
                  <td>第{issue.number}号</td>
                  <td>
                    <Link to={`/staff/magazine/${issue.id}`}>{issue.title}</Link>
                  </td>
                  <td>{formatDate(issue.issue_date)}</td>
                  <td>{issue.item_count}件</td>
                  <td>
                    {issue.status === "draft"
                      ? "下書き"
                      : issue.issue_date > today
                        ? `予定（${formatDate(issue.issue_date)}に公開）`
                        : "発行済み"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>まだ号がありません。</p>
      )}
      <section className="mz-staff-new" aria-labelledby="new-issue">
        <h2 id="new-issue">新しい号を作る</h2>
        <IssueForm
          failure={failure}
          submitLabel="下書きを作る"
          defaults={{
            number: String(next),
            title: "「Change!」熊本市 協力雇用主 求人情報誌",
            issueDate: today,
            coverText: "",
            editorNote: "",
          }}
        />
      </section>
    </>
  );
}

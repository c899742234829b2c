import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { IssueForm } from "~/components/print/issue-fields";
import { searchJobs } from "~/models/job-search.server";
import { currentHelpForPrint } from "~/models/magazine-help.server";
import { findIssue, issueIsScheduled, issueItems } from "~/models/magazine.server";
import { issuePdfState } from "~/models/pdf.server";
import { parseJobSearch } from "~/schemas/job-search";
import { ORDER_MODES } from "~/schemas/magazine";
import { db } from "~/utils/db.server";
import { formatDate, formatDateTime, tokyoDay } from "~/utils/dates";
import type { FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import magazineStyles from "~/styles/magazine.css?url";
import { issueAction } from "./actions.server";
import { DeleteDraft } from "./delete-draft";
import { ItemsList } from "./items-list";
import { SearchPanel } from "./search-panel";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: magazineStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? `第${data.issue.number}号` : "求人情報誌"} | 職員メニュー` },
];

function issueId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const issue = assertFound(await findIssue(db, issueId(args.params)));
  const items = await issueItems(db, issue);
  const search = parseJobSearch(new URL(args.request.url).searchParams);
  const result = issue.status === "draft" ? await searchJobs(db, search) : null;
  const pdf = await issuePdfState(issue);
  // Publishing freezes the help list: say before it what would be printed unfinished.
  const help = issue.status === "draft" ? await currentHelpForPrint(db) : [];
  const unfinishedHelp = { examples: help.filter((e) => e.isExample).length, noContact: help.filter((e) => !e.contact.trim()).length };
  return { issue, items, search, result, pdf, unfinishedHelp, scheduled: issueIsScheduled(issue, tokyoDay()) };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = issueId(args.params);
  assertFound(await findIssue(db, id));
  return issueAction(args, staff, id);
}

function doneMessage(done: string | null): string | null {
  if (!done) return null;
  if (done.startsWith("added-")) return `${done.slice(6)}件の求人を加えました。`;
  const messages: Record<string, string> = {
    saved: "保存しました。",
    removed: "外しました。",
    moved: "並べ替えました。",
    ordered: "並べ替えました。",
    published: "発行しました。PDF もできています。",
    "published-nopdf": "発行しました。ただし PDF は作れませんでした（下の説明を見てください）。",
    scheduled: "発行しました。発行日になると、自動で公開されます。PDF も、その日に作られます。",
  };
  return messages[done] ?? null;
}

export default function StaffMagazineIssue() {
  const { issue, items, search, result, pdf, scheduled, unfinishedHelp } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = doneMessage(params.get("done"));
  const draft = issue.status === "draft";
  const confirming = draft && params.get("confirm") === "publish";
  // Only a refused save of the issue's details belongs to the details form.
  const detailsFailure = failure?.values?.intent === "save" && !failure.errors?._form ? failure : null;
  return (
    <>
      <p>
        <Link to="/staff/magazine">求人情報誌の一覧へ</Link>
      </p>
      <h1>
        第{issue.number}号 {issue.title}
      </h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      {failure?.errors?._form ? (
        <p className="form-error" role="alert">
          {failure.errors._form}
        </p>
      ) : null}
      <p>
        {draft
          ? "下書き"
          : scheduled
            ? `予定（${formatDate(issue.issue_date)}に公開。発行の操作は${formatDateTime(issue.published_at!)}）`
            : `発行済み（${formatDateTime(issue.published_at!)}）`}
        ・発行日 {formatDate(issue.issue_date)}・並べ方{" "}
        {ORDER_MODES[issue.order_mode]}
      </p>
      <p className="actions">
        <a href={`/magazine/${issue.number}`}>{draft ? "ウェブ版のプレビュー" : "ウェブ版を見る"}</a>
        <a href={`/magazine/${issue.number}/print`}>{draft ? "印刷版（A4）のプレビュー" : "印刷版（A4）を見る"}</a>
        {pdf.state === "ready" && !scheduled ? <a href={`/magazine/${issue.number}.pdf`}>PDF を開く</a> : null}
      </p>
      {!draft && !scheduled && pdf.state === "unavailable" ? <p className="notice">{pdf.reason}</p> : null}

      {draft ? (
        <section aria-labelledby="mz-publish-title" className="mz-staff-publish">
          <h2 id="mz-publish-title">発行する</h2>
          <p>
            発行すると、のせた求人と会社の内容、後ろのページの相談先が今のまま固定されます。あとで求人や会社、相談先が変わっても、この号は変わりません。発行した号は直せません。
          </p>
          <p>発行日が先の日付なら「予定」になり、その日に自動で公開されます。</p>
          {unfinishedHelp.examples > 0 || unfinishedHelp.noContact > 0 ? (
            <p className="warning" role="note">
              後ろのページの相談先のうち、
              {unfinishedHelp.examples > 0 ? `${unfinishedHelp.examples}件が見本（例）のまま` : ""}
              {unfinishedHelp.examples > 0 && unfinishedHelp.noContact > 0 ? "、" : ""}
              {unfinishedHelp.noContact > 0 ? `${unfinishedHelp.noContact}件に連絡先がありません` : ""}
              。このまま発行すると、そのまま印刷され、あとから直せません。先に<Link to="/staff/help">相談先を直して</Link>ください。
            </p>
          ) : null}
          {confirming ? (
            <div className="warning confirm-step">
              <p>
                <strong>本当に第{issue.number}号を発行しますか。</strong>のせる求人は{items.length}件です。発行すると、この号は直せません。
              </p>
              <Form method="post" action={`/staff/magazine/${issue.id}`} className="inline-form">
                <input type="hidden" name="confirm" value="yes" />
                <button type="submit" name="intent" value="publish" className="button primary">
                  はい、第{issue.number}号を発行する
                </button>
              </Form>{" "}
              <Link to={`/staff/magazine/${issue.id}`} className="button">
                やめる（発行しない）
              </Link>
            </div>
          ) : (
            <Link to={`/staff/magazine/${issue.id}?confirm=publish#mz-publish-title`} className="button primary">
              第{issue.number}号を発行する
            </Link>
          )}
        </section>
      ) : null}

      <ItemsList items={items} mode={issue.order_mode} editable={draft} />

      {draft && result ? <SearchPanel search={search} result={result} chosen={items.flatMap((i) => (i.jobId ? [i.jobId] : []))} /> : null}

      {draft ? <DeleteDraft number={issue.number} confirming={params.get("delete") === "1"} /> : null}

      {draft ? (
        <section aria-labelledby="mz-details-title">
          <h2 id="mz-details-title">号の内容を直す</h2>
          <IssueForm
            intent="save"
            failure={detailsFailure}
            submitLabel="保存する"
            defaults={{
              number: String(issue.number),
              title: issue.title,
              issueDate: issue.issue_date,
              coverText: issue.cover_text,
              editorNote: issue.editor_note,
            }}
          />
        </section>
      ) : null}
    </>
  );
}

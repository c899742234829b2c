import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { JobDetail } from "~/components/job-detail";
import { ConfirmEnd, EndLink, PendingChange, ReopenBox, type EndIntent } from "~/components/employer-job-steps";
import {
  canExtend,
  duplicateJob,
  effectiveStatus,
  employerActor,
  endJob,
  extendJob,
  findEmployerJob,
  withdrawRevision,
} from "~/models/employer-jobs.server";
import { findOpenRevision, findRejectedRevision } from "~/models/job-revisions.server";
import { canReopen, findClosing, REOPEN_DAYS, reopenJob, reopenUntil } from "~/models/job-reopen.server";
import { diffJobInputs } from "~/models/review.server";
import { jobViewFigures } from "~/models/job-views.server";
import { findEmployer } from "~/models/employers.server";
import { jobInputToView, jobToInput, loadOffenceRules } from "~/models/job-postings.server";
import employerStyles from "~/styles/employer.css?url";
import { jobsStylesheets } from "~/styles/stylesheets";
import { formatDate, formatDateTime } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { JOB_STATUSES } from "~/utils/labels";
import { lacksStatedTerms } from "~/schemas/stated-terms";
import { publicOrigin } from "~/utils/origin.server";

export const links = () => [
  ...jobsStylesheets,
  { rel: "stylesheet", href: employerStyles },
];

export const meta: MetaFunction = () => [{ title: "わたしの求人 | 熊本市 協力雇用主 求人サイト" }];

function jobIdOf(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployer(args);
  const jobId = jobIdOf(args.params);
  const job = assertFound(await findEmployerJob(db, { jobId, employerId: user.employerId }));
  const employer = assertFound(await findEmployer(db, user.employerId));
  const offences = await loadOffenceRules(db, jobId);
  const [figures, revision, rejectedRevision] = await Promise.all([
    jobViewFigures(db, jobId),
    findOpenRevision(db, jobId),
    findRejectedRevision(db, jobId),
  ]);
  const status = effectiveStatus(job);
  const reopenable = canReopen(job, await findClosing(db, jobId));
  const asked = new URL(args.request.url).searchParams.get("confirm");
  const endable: Record<EndIntent, boolean> = {
    filled: status === "published",
    closed: ["draft", "pending", "rejected", "published", "expired"].includes(status),
  };
  const confirm: EndIntent | null = asked === "filled" || asked === "closed" ? (endable[asked] ? asked : null) : null;
  const current = jobToInput(job, offences);
  return {
    job: {
      id: job.id,
      title: job.title,
      status,
      reason: job.status_reason,
      endDate: job.end_date,
      submittedAt: job.submitted_at,
      closedAt: job.closed_at,
      canExtend: canExtend(job),
      reopenUntil: reopenable && job.closed_at ? reopenUntil(job.closed_at) : null,
    },
    confirm,
    reopenDays: REOPEN_DAYS,
    view: jobInputToView(current, employer, {
      id: job.id,
      publishedAt: job.published_at,
      updatedAt: job.updated_at,
    }),
    figures,
    revision: revision
      ? { status: revision.status, createdAt: revision.created_at, changes: diffJobInputs(current, revision.input) }
      : null,
    rejectedRevision: rejectedRevision ? { reason: rejectedRevision.reason } : null,
  };
}

const REFUSED: Record<string, string> = {
  filled: "公開中の求人だけ「充足」にできます。",
  closed: "この求人はもう終わっています。",
  extend: "掲載の期限が近い（30日以内）か、期限が切れた求人だけ延ばせます。",
  reopen: `募集を再開できるのは、自分で終えてから${REOPEN_DAYS}日のあいだだけです。`,
};

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployer(args);
  const jobId = jobIdOf(args.params);
  const employer = assertFound(await findEmployer(db, user.employerId));
  const actor = employerActor(user, employer, publicOrigin());
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  switch (intent) {
    case "duplicate": {
      const copyId = assertFound(await duplicateJob(db, actor, jobId));
      return redirect(`/employer/jobs/${copyId}/edit?copied=1`);
    }
    case "filled":
    case "closed": {
      // Irreversible for the public: only the second step (the confirmation form) ends it.
      if (form.get("confirm") !== "yes") {
        assertFound(await findEmployerJob(db, { jobId, employerId: user.employerId }));
        return redirect(`/employer/jobs/${jobId}?confirm=${intent}`);
      }
      const outcome = assertFound(await endJob(db, actor, jobId, intent));
      if (outcome === "not_allowed") return data({ refused: REFUSED[intent] }, { status: 409 });
      return redirect(`/employer/jobs/${jobId}?done=${intent}`);
    }
    case "extend": {
      const outcome = assertFound(await extendJob(db, actor, jobId));
      if (outcome === "not_allowed") return data({ refused: REFUSED.extend }, { status: 409 });
      return redirect(`/employer/jobs/${jobId}?done=extended`);
    }
    case "reopen": {
      const outcome = assertFound(await reopenJob(db, actor, jobId));
      if (outcome === "not_allowed") return data({ refused: REFUSED.reopen }, { status: 409 });
      return redirect(`/employer/jobs/${jobId}?done=reopened_${outcome.status}`);
    }
    case "withdraw": {
      assertFound(await withdrawRevision(db, actor, jobId));
      return redirect(`/employer/jobs/${jobId}?done=withdrawn`);
    }
    default:
      return data({ refused: "その操作はできません。" }, { status: 400 });
  }
}

const DONE: Record<string, string> = {
  saved: "下書きとして保存しました。まだ公開されていません。",
  submitted: "市の担当者に確認を頼みました。確認が終わるとメールでお知らせします。",
  revision_saved: "変更を下書きとして保存しました。公開中の内容は変わっていません。",
  revision_submitted: "変更の確認を市の担当者に頼みました。確認が終わるまで、いまの内容が公開されたままです。",
  filled: "「充足」にしました。この求人は、もう公開されていません。",
  closed: "募集を終えました。この求人は、もう公開されていません。",
  extended: "掲載の期限を延ばしました。",
  withdrawn: "変更の申請を取り下げました。公開中の内容はそのままです。",
  reopened_published: "募集を再開しました。もう一度公開しています。",
  reopened_pending: "募集を再開しました。市の担当者が確認してから公開します。",
  reopened_draft: "募集を再開しました。下書きにもどしました。",
};

function ActionButton({ intent, children, danger }: { intent: string; children: string; danger?: boolean }) {
  return (
    <Form method="post" className="inline-form">
      <button type="submit" name="intent" value={intent} className={danger ? "button danger" : "button"}>
        {children}
      </button>
    </Form>
  );
}

export default function EmployerJob() {
  const { job, view, figures, revision, rejectedRevision, confirm, reopenDays } = useLoaderData<typeof loader>();
  const refused = useActionData<{ refused: string }>()?.refused;
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""];
  const open = ["draft", "pending", "rejected", "published"].includes(job.status);
  return (
    <>
      <p>
        <Link to="/employer">ダッシュボードへ戻る</Link>
      </p>
      <h1>{job.title}</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      {refused ? (
        <p className="form-error" role="alert">
          {refused}
        </p>
      ) : null}
      <dl className="job-facts-list">
        <div>
          <dt>いまの状態</dt>
          <dd>
            <span className={`status status-${job.status}`}>{JOB_STATUSES[job.status]}</span>
          </dd>
        </div>
        <div>
          <dt>掲載の期限</dt>
          <dd>{formatDate(job.endDate)}まで</dd>
        </div>
        <div>
          <dt>見られた回数</dt>
          <dd>
            全部で {figures.total}回（この7日間 {figures.last7}回、この30日間 {figures.last30}回）
          </dd>
        </div>
      </dl>
      {open && lacksStatedTerms(view.statedTerms, view.insurance) ? (
        <p className="warning">
          法律で書くことが決まっている条件に「未記入」があります。「内容を直す」から書いてください。
        </p>
      ) : null}
      {confirm ? <ConfirmEnd jobId={job.id} intent={confirm} reopenDays={reopenDays} /> : null}
      {job.reopenUntil ? <ReopenBox until={job.reopenUntil} reopenDays={reopenDays} /> : null}
      {job.status === "rejected" && job.reason ? (
        <div className="warning">
          <p>
            <strong>差し戻しの理由</strong>
          </p>
          <p className="prose">{job.reason}</p>
        </div>
      ) : null}
      {job.status === "pending" && job.submittedAt ? (
        <p className="notice">{formatDateTime(job.submittedAt)} に申請しました。市の担当者が確認しています。</p>
      ) : null}
      {revision ? (
        <div className="notice">
          <p>
            {revision.status === "pending"
              ? "公開中の内容の変更を、市の担当者が確認しています。確認が終わるまで、下の内容が公開されたままです。"
              : "公開中の内容の変更を、下書きとして保存しています。まだ市には送っていません。"}
          </p>
          <ActionButton intent="withdraw">変更を取り下げる</ActionButton>
        </div>
      ) : rejectedRevision && job.status === "published" ? (
        <div className="warning">
          <p>
            <strong>前に送った変更は差し戻されました。</strong>
          </p>
          {rejectedRevision.reason ? <p className="prose">理由: {rejectedRevision.reason}</p> : null}
        </div>
      ) : null}

      <h2>この求人でできること</h2>
      <div className="job-actions">
        {open ? (
          <Link to={`/employer/jobs/${job.id}/edit`} className="button primary">
            {job.status === "published" ? "内容を直す（市の確認が必要）" : "内容を直す"}
          </Link>
        ) : null}
        <ActionButton intent="duplicate">複製して新しい求人をつくる</ActionButton>
        {job.canExtend ? <ActionButton intent="extend">掲載を3か月延ばす</ActionButton> : null}
        {job.status === "published" ? (
          <EndLink jobId={job.id} intent="filled">
            人が決まった（充足）
          </EndLink>
        ) : null}
        {open || job.status === "expired" ? (
          <EndLink jobId={job.id} intent="closed" danger>
            募集をやめる（終了）
          </EndLink>
        ) : null}
      </div>

      {revision && revision.changes.length ? <PendingChange status={revision.status} changes={revision.changes} /> : null}

      <h2>{job.status === "published" ? "いま公開している内容" : "この求人の内容"}</h2>
      <div className="job-preview-frame">
        <JobDetail job={view} headingLevel={2} />
      </div>
    </>
  );
}

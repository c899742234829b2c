import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { JobStatus } from "../../../db/types";
import { requireEmployerAccount } from "~/auth/guards.server";
import { EmployerEventList } from "~/components/employer-event-list";
import { FollowUpForm } from "~/components/follow-up-form";
import { splitByTime, toEmployerEventItem } from "~/models/employer-event-state";
import { answerFollowUp, listDueFollowUps } from "~/models/hire-follow-ups.server";
import { followUpAnswerSchema } from "~/schemas/follow-up";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { listEmployerEvents } from "~/models/employer-events.server";
import { listEmployerJobs } from "~/models/employer-jobs.server";
import { listForwardedContacts } from "~/models/employer-contacts.server";
import { findEmployer } from "~/models/employers.server";
import { formatDate, formatDateTime, nowIso } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { JOB_STATUSES } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "事業主メニュー | 熊本市 協力雇用主 求人サイト" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployerAccount(args);
  const employer = assertFound(await findEmployer(db, user.employerId));
  const [jobs, events, contacts, followUps] = await Promise.all([
    listEmployerJobs(db, user.employerId),
    listEmployerEvents(db, user.employerId),
    listForwardedContacts(db, user.employerId),
    listDueFollowUps(db, user.employerId),
  ]);
  const now = nowIso();
  return {
    employer: {
      id: employer.id,
      name: employer.name,
      status: employer.status,
      reason: employer.status_reason,
      sentBack: employer.sent_back_at !== null,
    },
    jobs,
    // The ones still to come; the whole list, with the ones that are over, has its own page.
    events: splitByTime(events, now).upcoming.map((e) => toEmployerEventItem(e, user.employerId, now)),
    contacts,
    followUps,
  };
}

/** An answer to the check after a hire that is due. */
export async function action(args: ActionFunctionArgs) {
  // Any employer account answers its checks, even while it may not post (a suspension).
  const user = await requireEmployerAccount(args);
  const formData = await args.request.formData();
  const parsed = parseForm(formData, followUpAnswerSchema);
  if (!parsed.ok) return parsed.response;
  const outcome = await answerFollowUp(db, user, parsed.data);
  if (outcome === "not_found") notFound();
  if (outcome === "too_many") return formError(formData, { still_working: "採用した人数より多くは選べません" });
  return redirect("/employer?answered=1#follow-ups");
}

const STATUS_ORDER: JobStatus[] = ["draft", "pending", "published", "rejected", "filled", "closed", "expired"];

const STATUS_HELP: Record<JobStatus, string> = {
  draft: "まだ市に送っていない求人です。",
  pending: "市の担当者が確認しています。",
  published: "いま公開されている求人です。",
  rejected: "市の担当者が直してほしい点を書いています。直して、もう一度送ってください。",
  filled: "人が決まった求人です。公開は終わっています。",
  closed: "募集をやめた求人です。",
  expired: "掲載の期限が過ぎた求人です。延ばすか、複製して出し直せます。",
};

type Jobs = ReturnType<typeof useLoaderData<typeof loader>>["jobs"];

function JobGroup({ status, jobs }: { status: JobStatus; jobs: Jobs }) {
  return (
    <section className="job-group" aria-labelledby={`group-${status}`}>
      <h3 id={`group-${status}`}>
        {JOB_STATUSES[status]}（{jobs.length}件）
      </h3>
      <p className="hint">{STATUS_HELP[status]}</p>
      <ul className="status-list">
        {jobs.map((job) => (
          <li key={job.id}>
            <Link to={`/employer/jobs/${job.id}`} className="job-link">
              {job.title}
            </Link>
            <p className="job-meta">
              {job.refused_at ? <span className="status status-rejected">不承認</span> : null}
              <span>掲載の期限 {formatDate(job.end_date)}</span>
              <span>見られた回数 {job.views}回</span>
              {job.revision_status === "pending" ? <span className="status status-pending">変更を確認中</span> : null}
              {job.revision_status === "draft" ? <span className="status status-draft">変更の下書きあり</span> : null}
              {job.revision_status === "rejected" && status === "published" ? (
                <span className="status status-rejected">変更が差し戻し</span>
              ) : null}
            </p>
            {job.refused_at ? (
              <p className="reason">
                <strong>不承認（市の最終の決定）の理由:</strong> <span className="prose">{job.status_reason}</span>
              </p>
            ) : null}
            {status === "rejected" && job.status_reason ? (
              <p className="reason">
                <strong>差し戻しの理由:</strong> <span className="prose">{job.status_reason}</span>
              </p>
            ) : null}
            {job.canExtend ? (
              <p className="reason">
                {status === "expired" ? "掲載の期限が過ぎました。" : "掲載の期限が近づいています。"}求人のページから延ばせます。
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function EmployerHome() {
  const { employer, jobs, events, contacts, followUps } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const groups = STATUS_ORDER.map((status) => ({ status, jobs: jobs.filter((j) => j.status === status) }));
  return (
    <>
      <h1>ダッシュボード</h1>
      {params.get("welcome") ? (
        <p className="notice" role="status">
          お申し込みを受け付けました。ありがとうございます。
        </p>
      ) : null}
      {params.get("done") === "resubmitted" ? (
        <p className="notice" role="status">
          直した内容で、もう一度審査を頼みました。確認が終わるとメールでお知らせします。
        </p>
      ) : null}
      {employer.status === "pending" && employer.sentBack ? (
        <div className="warning">
          <p>
            <strong>市の担当者から、お申し込みに直してほしい点が届いています（差し戻し）。</strong>
          </p>
          <p className="prose">理由: {employer.reason}</p>
          <p>
            <Link to="/employer/profile">会社の情報を直して、もう一度審査を頼む</Link>
          </p>
        </div>
      ) : null}
      {employer.status === "pending" && !employer.sentBack ? (
        <div className="notice">
          <p>
            <strong>市の担当者が、お申し込みの内容を確認しています。</strong>
          </p>
          <p>確認が終わるとメールでお知らせします。それまで求人は公開できません。会社の情報は直せます。</p>
        </div>
      ) : null}
      {employer.status === "suspended" || employer.status === "rejected" ? (
        <div className="warning">
          <p>
            <strong>現在、このアカウントでは求人を公開できません。</strong>
          </p>
          {employer.reason ? <p className="prose">理由: {employer.reason}</p> : null}
          <p>詳しくは市の担当者（生活安全課）にお問い合わせください。</p>
        </div>
      ) : null}
      {employer.status === "approved" ? (
        <p className="dashboard-actions">
          <Link to="/employer/jobs/new" className="button primary">
            求人をつくる
          </Link>
          <Link to="/employer/events/new" className="button">
            セミナー・見学会の日程を出す
          </Link>
          <Link to="/employer/hires" className="button">
            採用を報告する
          </Link>
          <Link to="/for-employers/support" className="button">
            受けられる支援を調べる
          </Link>
        </p>
      ) : null}
      {params.get("answered") ? (
        <p className="notice" role="status">
          確認に答えていただき、ありがとうございます。
        </p>
      ) : null}
      {followUps.length ? <FollowUpForm check={followUps[0]} others={followUps.length - 1} failure={failure} /> : null}

      <h2>わたしの求人</h2>
      {jobs.length ? (
        <>
          <ul className="status-counts" aria-label="状態ごとの件数">
            {groups.map(({ status, jobs: list }) => (
              <li key={status}>
                {list.length ? <a href={`#group-${status}`}>{JOB_STATUSES[status]}</a> : JOB_STATUSES[status]}{" "}
                <strong>{list.length}</strong>件
              </li>
            ))}
          </ul>
          {groups.map(({ status, jobs: list }) => (list.length ? <JobGroup key={status} status={status} jobs={list} /> : null))}
        </>
      ) : (
        <p>まだ求人はありません。</p>
      )}

      <h2 id="events">セミナー・見学会</h2>
      {events.length ? <EmployerEventList events={events} label="これからのセミナー・見学会" /> : <p>これからの会は、まだありません。</p>}
      {employer.status === "approved" ? (
        <p>
          <Link to="/employer/events">セミナー・見学会の一覧を見る（終わった会も）</Link>
        </p>
      ) : null}

      <h2>市から届いた連絡の依頼</h2>
      <p className="hint">求人を見た人から、市の担当者を通して届いた連絡の依頼です。市の担当者が本人に確認した内容だけを表示しています。</p>
      {contacts.length ? (
        <ul className="status-list">
          {contacts.map((c) => (
            <li key={c.id}>
              <p className="job-meta">
                <span>{formatDateTime(c.created_at)}</span>
                {c.job_title ? <span>求人: {c.job_title}</span> : null}
              </p>
              <p className="prose">{c.details}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>いまはありません。</p>
      )}
    </>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireEmployerAccount } from "~/auth/guards.server";
import { findEmployer } from "~/models/employers.server";
import { listEmployerJobs } from "~/models/employer-jobs.server";
import { db } from "~/utils/db.server";
import { assertFound } from "~/utils/http";
import { JOB_STATUSES } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "事業主メニュー | 熊本市 協力雇用主 求人サイト" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployerAccount(args);
  const employer = assertFound(await findEmployer(db, user.employerId));
  const jobs = await listEmployerJobs(db, user.employerId);
  return {
    employer: { name: employer.name, status: employer.status, reason: employer.status_reason },
    jobs,
  };
}

export default function EmployerHome() {
  const { employer, jobs } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>事業主メニュー</h1>
      <p>{employer.name}</p>
      {params.get("welcome") ? (
        <p className="notice" role="status">
          お申し込みを受け付けました。ありがとうございます。
        </p>
      ) : null}
      {employer.status === "pending" ? (
        <div className="notice">
          <p>
            <strong>市の担当者が、お申し込みの内容を確認しています。</strong>
          </p>
          <p>確認が終わるとメールでお知らせします。それまで求人は公開できません。</p>
        </div>
      ) : null}
      {employer.status === "suspended" || employer.status === "rejected" ? (
        <div className="warning">
          <p>
            <strong>現在、このアカウントでは求人を公開できません。</strong>
          </p>
          {employer.reason ? <p>理由: {employer.reason}</p> : null}
          <p>詳しくは市の担当者（生活安全課）にお問い合わせください。</p>
        </div>
      ) : null}
      {employer.status === "approved" ? (
        <p>
          <Link to="/employer/jobs/new" className="button primary">
            求人をつくる
          </Link>
        </p>
      ) : null}
      <h2>わたしの求人</h2>
      {jobs.length ? (
        <ul className="status-list">
          {jobs.map((job) => (
            <li key={job.id}>
              <strong>{job.title}</strong>（{JOB_STATUSES[job.status]}）
              {job.status === "rejected" && job.status_reason ? <p>差し戻しの理由: {job.status_reason}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>まだ求人はありません。</p>
      )}
    </>
  );
}

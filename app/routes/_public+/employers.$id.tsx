import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FilteredCards } from "~/components/filtered-cards";
import { employerOpenJobs, getPublicEmployer } from "~/models/public-jobs.server";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import { INDUSTRIES, REGISTRATIONS, WARDS } from "~/utils/labels";
import { jobsStylesheets } from "~/styles/stylesheets";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => jobsStylesheets;

export const meta: MetaFunction<typeof loader> = (args) => {
  const employer = args.data?.employer;
  return pageMeta(args, {
    title: titled(employer?.name ?? "ページが見つかりません"),
    description: employer
      ? `${employer.name}（協力雇用主）の会社紹介と、いま募集している求人です。${employer.profile ?? ""}`
      : "この事業所のページは見つかりません。",
    type: employer ? "article" : "website",
  });
};

export async function loader({ params }: LoaderFunctionArgs) {
  if (!/^\d{1,9}$/.test(params.id ?? "")) notFound();
  // Only approved employers have a public page; pending, rejected and suspended ones are not found.
  const employer = assertFound(await getPublicEmployer(db, Number(params.id)), "この事業所のページは見つかりません");
  const jobs = await employerOpenJobs(db, employer.id);
  return { employer, jobs };
}

export default function EmployerPage() {
  const { employer, jobs } = useLoaderData<typeof loader>();
  return (
    <article className="employer-profile">
      <h1>{employer.name}</h1>
      <p className="kana">{employer.name_kana}</p>
      {employer.message ? (
        <section className="notice" aria-labelledby="message-title">
          <h2 id="message-title">代表者からのメッセージ</h2>
          <p className="prose">{employer.message}</p>
        </section>
      ) : null}
      {employer.profile ? (
        <section aria-labelledby="profile-title">
          <h2 id="profile-title">どんな会社か</h2>
          <p className="prose">{employer.profile}</p>
        </section>
      ) : null}
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">会社の情報</h2>
        <dl>
          <div className="detail-row">
            <dt>業種</dt>
            <dd>{INDUSTRIES[employer.industry]}</dd>
          </div>
          <div className="detail-row">
            <dt>住所</dt>
            <dd>
              {employer.address}（{WARDS[employer.ward]}）
            </dd>
          </div>
          <div className="detail-row">
            <dt>電話</dt>
            <dd>{employer.phone}</dd>
          </div>
          {employer.employee_count ? (
            <div className="detail-row">
              <dt>働いている人</dt>
              <dd>{employer.employee_count}人</dd>
            </div>
          ) : null}
          <div className="detail-row">
            <dt>協力雇用主</dt>
            <dd>{REGISTRATIONS[employer.registration]}</dd>
          </div>
          {employer.website ? (
            <div className="detail-row">
              <dt>ホームページ</dt>
              <dd>
                <a href={employer.website} rel="noopener noreferrer nofollow">
                  {employer.website}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="jobs-title">
        <h2 id="jobs-title">募集している仕事（{jobs.length}件）</h2>
        {jobs.length ? (
          <FilteredCards jobs={jobs} empty="えらんだ罪名をかくすと、この会社の求人はありません。" />
        ) : (
          <p>
            いま募集している仕事はありません。<Link to="/jobs">ほかの求人をさがす</Link>
          </p>
        )}
      </section>
    </article>
  );
}

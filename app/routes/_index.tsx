import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { JobCard } from "~/components/job-card";
import { countPublicJobs, listNewestJobs } from "~/models/jobs.server";
import { db } from "~/utils/db.server";

export async function loader(_args: LoaderFunctionArgs) {
  const [jobs, total] = await Promise.all([listNewestJobs(db, 6), countPublicJobs(db)]);
  return { jobs, total };
}

export default function Home() {
  const { jobs, total } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>仕事をさがす</h1>
      <p className="lead">
        ここに載っている会社は、過去のことを知ったうえで、いっしょに働く人を待っています。登録しなくても見られます。
      </p>
      <Form method="get" action="/jobs" className="search-box" role="search" aria-label="求人をさがす">
        <label htmlFor="home-q" className="visually-hidden">
          仕事の名前や場所
        </label>
        <input id="home-q" type="search" name="q" placeholder="例: 介護、溶接、東区、寮" />
        <button type="submit" className="button primary">
          さがす
        </button>
      </Form>
      <h2>新しい求人</h2>
      {jobs.length ? (
        <div className="job-list">
          {jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </div>
      ) : (
        <p>いま公開している求人はありません。</p>
      )}
      <p>
        <Link to="/jobs">すべての求人を見る（{total}件）</Link>
      </p>
    </>
  );
}

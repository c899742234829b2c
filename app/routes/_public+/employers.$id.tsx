import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { FilteredCards } from "~/components/filtered-cards";
import { jobCardTexts } from "~/components/job-card-texts";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { employerOpenJobs, getPublicEmployer } from "~/models/public-jobs.server";
import { db } from "~/utils/db.server";
import { furiganaOn } from "~/utils/furigana";
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

const HEADINGS = {
  message: "代表者からのメッセージ",
  profile: "どんな会社か",
  facts: "会社の情報",
  jobs: "募集している仕事",
  none: "いま募集している仕事はありません。",
  others: "ほかの求人をさがす",
  // The unit after the count, with the bracket it always had: the page without readings
  // keeps the same text, and 件 reads けん once for every count.
  count: "件）",
} as const;

const LABELS = {
  industry: "業種",
  address: "住所",
  phone: "電話",
  staff: "働いている人",
  registration: "協力雇用主",
  website: "ホームページ",
} as const;

// Counts (「3人」「2件」) stay without readings on their number: each number would be a new
// text, and a text without stored readings loads the analyser on the request that shows it.
// The unit in a heading carries its reading.

export async function loader({ params, request }: LoaderFunctionArgs) {
  if (!/^\d{1,9}$/.test(params.id ?? "")) notFound();
  // Only approved employers have a public page; pending, rejected and suspended ones are not found.
  const employer = assertFound(await getPublicEmployer(db, Number(params.id)), "この事業所のページは見つかりません");
  const jobs = await employerOpenJobs(db, employer.id);
  const readings = furiganaOn(request)
    ? await pageReadings(db, [
        ...Object.values(HEADINGS),
        ...Object.values(LABELS),
        employer.name,
        employer.message,
        employer.profile,
        INDUSTRIES[employer.industry],
        employer.address,
        WARDS[employer.ward],
        REGISTRATIONS[employer.registration],
        ...jobCardTexts(jobs),
      ])
    : null;
  return { employer, jobs, readings };
}

function Fact({ label, children }: { label: keyof typeof LABELS; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>
        <Ruby text={LABELS[label]} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

export default function EmployerPage() {
  const { employer, jobs, readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <article className="employer-profile">
        <h1>
          <Ruby text={employer.name} />
        </h1>
        <p className="kana">{employer.name_kana}</p>
        {employer.message ? (
          <section className="notice" aria-labelledby="message-title">
            <h2 id="message-title">
              <Ruby text={HEADINGS.message} />
            </h2>
            <p className="prose">
              <Ruby text={employer.message} />
            </p>
          </section>
        ) : null}
        {employer.profile ? (
          <section aria-labelledby="profile-title">
            <h2 id="profile-title">
              <Ruby text={HEADINGS.profile} />
            </h2>
            <p className="prose">
              <Ruby text={employer.profile} />
            </p>
          </section>
        ) : null}
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">
            <Ruby text={HEADINGS.facts} />
          </h2>
          <dl>
            <Fact label="industry">
              <Ruby text={INDUSTRIES[employer.industry]} />
            </Fact>
            <Fact label="address">
              <Ruby text={employer.address} />（<Ruby text={WARDS[employer.ward]} />）
            </Fact>
            <Fact label="phone">{employer.phone}</Fact>
            {employer.employee_count ? (
              <Fact label="staff">
                {employer.employee_count}人
              </Fact>
            ) : null}
            <Fact label="registration">
              <Ruby text={REGISTRATIONS[employer.registration]} />
            </Fact>
            {employer.website ? (
              <Fact label="website">
                <a href={employer.website} rel="noopener noreferrer nofollow">
                  {employer.website}
                </a>
              </Fact>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="jobs-title">
          <h2 id="jobs-title">
            <Ruby text={HEADINGS.jobs} />（{jobs.length}
            <Ruby text={HEADINGS.count} />
          </h2>
          {jobs.length ? (
            <FilteredCards jobs={jobs} empty="えらんだ罪名をかくすと、この会社の求人はありません。" />
          ) : (
            <p>
              <Ruby text={HEADINGS.none} />
              <Link to="/jobs">
                <Ruby text={HEADINGS.others} />
              </Link>
            </p>
          )}
        </section>
      </article>
    </ReadingsProvider>
  );
}

import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from "@remix-run/react";
import { isbot } from "isbot";
import { CONTACT_FORM_TEXTS, ContactForm } from "~/components/contact-form";
import { FilteredCards } from "~/components/filtered-cards";
import type { JobCardData } from "~/components/job-card";
import { jobCardTexts } from "~/components/job-card-texts";
import { SaveButton } from "~/components/saved-jobs";
import { JobDetail } from "~/components/job-detail";
import { jobDetailTexts } from "~/components/job-detail-texts";
import { ReadAloud } from "~/components/read-aloud";
import { ShareLinks, shareTexts } from "~/components/share-links";
import { jobSpeech } from "~/components/read-aloud-text";
import { ReadingsProvider, Ruby, type Readings } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { furiganaOn } from "~/utils/furigana";
import { useNonce } from "~/components/nonce";
import { countJobView } from "~/models/job-views.server";
import { getPublicJob, similarJobs } from "~/models/public-jobs.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/http";
import { CITY_OFFICE } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";
import { jobsStylesheets } from "~/styles/stylesheets";
import { jobPostingLd, jsonForScript } from "./json-ld";
import { pageMeta, titled } from "~/utils/seo";

const SITE_NAME = "熊本市 協力雇用主 求人サイト";

export const links: LinksFunction = () => jobsStylesheets;

// The title says what the heading says: an ended posting (410), a missing one (404), an error.
export const meta: MetaFunction<typeof loader> = (args) => {
  const job = args.data?.job;
  if (job) {
    return pageMeta(args, {
      title: titled(`${job.title}（${job.employer.name}）`),
      description: `${job.employer.name}の求人です。${job.description}`,
      type: "article",
    });
  }
  const status = isRouteErrorResponse(args.error) ? args.error.status : 500;
  const heading = status === 410 ? "募集は終了しました" : status === 404 ? "ページが見つかりません" : "エラーが起きました";
  return pageMeta(args, { title: titled(heading), description: "この求人は、いまは見られません。ほかの求人をさがしてください。" });
};

export async function loader({ params, request }: LoaderFunctionArgs) {
  const id = /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : null;
  if (id === null) notFound();
  const found = await getPublicJob(db, id);
  if (found.state === "missing") notFound();
  if (found.state === "ended") {
    const similar = await similarJobs(db, { id, industry: found.industry, ward: found.ward }, SIMILAR_FETCHED);
    const readings = furiganaOn(request) ? await pageReadings(db, [...Object.values(ENDED), ...jobCardTexts(similar)]) : null;
    throw data({ title: found.title, similar, readings }, { status: 410 });
  }
  const job = { ...found.job, id };
  if (!isbot(request.headers.get("user-agent") ?? "")) countJobView(db, id);
  const url = `${publicOrigin()}/jobs/${id}`;
  const similar = await similarJobs(db, job, SIMILAR_FETCHED);
  const readings = furiganaOn(request)
    ? await pageReadings(db, [...PAGE_TEXTS, ...jobDetailTexts(job), ...jobCardTexts(similar)])
    : null;
  return { job, similar, readings, shareUrl: url, jsonLd: jsonForScript(jobPostingLd(job, url, SITE_NAME)) };
}

// The page's own headings and labels, read with the posting's texts when furigana is on.
const TEXTS = {
  contact: "この仕事について、市の担当者に相談する",
  similar: "ほかにも、こんな求人があります",
  share: "この求人",
} as const;
// The headings of an ended posting's page (410).
const ENDED = { title: "募集は終了しました", similar: "いま募集している、近い求人" } as const;
const PAGE_TEXTS = [...Object.values(TEXTS), ...CONTACT_FORM_TEXTS, ...shareTexts(TEXTS.share)];

// Twice as many as shown: a private offence choice may leave some out (FilteredCards).
const SIMILAR_SHOWN = 4;
const SIMILAR_FETCHED = 8;

function SimilarJobs({ jobs, title, readings }: { jobs: JobCardData[]; title: string; readings: Readings | null }) {
  if (!jobs.length) return null;
  return (
    <section className="similar-jobs" aria-labelledby="similar-title">
      <h2 id="similar-title">
        <Ruby text={title} />
      </h2>
      <ReadingsProvider readings={readings}>
        <FilteredCards jobs={jobs} limit={SIMILAR_SHOWN} />
      </ReadingsProvider>
    </section>
  );
}

function ContactBox({ jobId }: { jobId: number }) {
  return (
    <section className="contact-box" aria-labelledby="contact-title">
      <h2 id="contact-title">
        <Ruby text={TEXTS.contact} />
      </h2>
      <p>
        会社に直接ではなく、まず熊本市の担当者があなたの話を聞きます。書いてくれた連絡先に、担当者から連絡します。保護観察官やハローワークの人に相談してもかまいません。
      </p>
      <ContactForm jobId={jobId} />
    </section>
  );
}

export default function JobPage() {
  const { job, similar, readings, shareUrl, jsonLd } = useLoaderData<typeof loader>();
  const nonce = useNonce();
  return (
    <ReadingsProvider readings={readings}>
      <p className="no-print">
        <Link to="/jobs">← 求人の一覧へ</Link>
      </p>
      <ReadAloud text={jobSpeech(job)} />
      <JobDetail job={job} />
      <p className="print-only">
        問い合わせ: {CITY_OFFICE.name}　電話 {CITY_OFFICE.phone}（{CITY_OFFICE.hours}）　{CITY_OFFICE.address}
      </p>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <div className="job-actions no-print">
        <SaveButton job={{ id: job.id, title: job.title, employer: job.employer.name }} />
        <a href={`/jobs/${job.id}/print`} className="button">
          求人票を印刷する
        </a>
        <Link to={`/employers/${job.employer.id}`} className="button">
          この会社のページを見る
        </Link>
      </div>
      {job.housing ? null : (
        <p className="help-link no-print">
          <Link to="/help">住まいにこまったら</Link>（住まい・くらし・仕事の相談先）
        </p>
      )}
      <ContactBox jobId={job.id} />
      <ShareLinks url={shareUrl} text={`${job.title}（${job.employer.name}）`} what={TEXTS.share} />
      <SimilarJobs jobs={similar} title={TEXTS.similar} readings={readings} />
    </ReadingsProvider>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 410) {
    const ended = error.data as { title: string; similar: JobCardData[]; readings: Readings | null };
    return (
      <ReadingsProvider readings={ended.readings}>
        <section className="error-page">
          <h1>
            <Ruby text={ENDED.title} />
          </h1>
          <p>「{ended.title}」の募集は終わりました。ほかの求人をさがしてみてください。</p>
          <SimilarJobs jobs={ended.similar} title={ENDED.similar} readings={ended.readings} />
          <p>
            <Link to="/jobs">すべての求人を見る</Link>
          </p>
        </section>
      </ReadingsProvider>
    );
  }
  const notFoundPage = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="error-page">
      <h1>{notFoundPage ? "ページが見つかりません" : "エラーが起きました"}</h1>
      <p>{notFoundPage ? "この求人は見つかりませんでした。" : "時間をおいて、もう一度お試しください。"}</p>
      <p>
        <Link to="/jobs">求人をさがす</Link>
      </p>
    </section>
  );
}

import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { boxTexts, JobBox, layoutBox } from "~/components/print/job-box";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { qrDataUri } from "~/components/print/qr.server";
import { Sheet } from "~/components/print/sheet";
import { getPublicJob } from "~/models/public-jobs.server";
import { db } from "~/utils/db.server";
import { formatDate, tokyoDay } from "~/utils/dates";
import { notFound } from "~/utils/http";
import { CITY_OFFICE } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";
import { printMagazineStylesheets } from "~/styles/stylesheets";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => printMagazineStylesheets;
export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(args, {
    title: args.data ? `求人票: ${args.data.job.title}（${args.data.job.employer.name}）` : titled("ページが見つかりません"),
    description: args.data
      ? `「${args.data.job.title}」（${args.data.job.employer.name}）の求人票です。A4 の紙に印刷できます。`
      : "この求人票は見つかりません。",
    type: "article",
  });

const SHEET = {
  apply: "応募したいとき",
  show: "保護観察官や施設の職員に、この紙を見せてください。",
  or: "または",
  phone: "電話",
  call: "に連絡してください。市の担当者が会社との間をつなぎます。",
};
const SHEET_TEXTS = [...Object.values(SHEET), CITY_OFFICE.name, CITY_OFFICE.hours];

// One posting on one A4 page, in the same box as the magazine, for a support worker to
// print and read with the person.
export async function loader({ params }: LoaderFunctionArgs) {
  const id = /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : null;
  if (id === null) notFound();
  const found = await getPublicJob(db, id);
  if (found.state === "missing") notFound();
  if (found.state === "ended") throw data({ message: `「${found.title}」の募集は終わりました。` }, { status: 410 });
  const url = `${publicOrigin()}/jobs/${id}`;
  const job = { ...found.job, id };
  const qr = await qrDataUri(url);
  // The sheet is read on paper by people who know little kanji: it always has readings.
  const readings = await pageReadings(db, [...boxTexts({ no: id, job, url, qr }, "sheet"), ...SHEET_TEXTS]);
  return { job, url, qr, printedOn: tokyoDay(), readings };
}

export default function JobSheet() {
  const { job, url, qr, printedOn, readings } = useLoaderData<typeof loader>();
  const item = { no: job.id, job, url, qr };
  // A long posting goes on over more pages rather than being cut.
  const layout = layoutBox(item, "sheet");
  const parts = Array.from({ length: layout.parts }, (_, part) => part);
  const head = (
    <>
      <span>求人票・熊本市 協力雇用主 求人サイト</span>
      <span>{formatDate(printedOn)}印刷</span>
    </>
  );
  return (
    <>
      <div className="mz-toolbar no-print">
        <p className="mz-toolbar-title">
          求人票（A4・
          <span data-testid="page-total">全{layout.parts}ページ</span>）
        </p>
        <p>ブラウザーの「印刷」で、A4・倍率100%・余白なしで印刷してください。</p>
        <p className="mz-toolbar-links">
          <Link to={`/jobs/${job.id}`}>求人のページにもどる</Link>
        </p>
      </div>
      <ReadingsProvider readings={readings}>
        <div className="mz-book" data-pages={layout.parts}>
          {parts.map((part) => (
            <Sheet key={part} page={part + 1} total={layout.parts} kind="sheet" head={head}>
              {part === 0 ? <h1 className="visually-hidden">求人票: {job.title}</h1> : null}
              <JobBox item={item} size="sheet" box={layout.size} part={part} cuts={layout.cuts} />
              {part === 0 ? (
                <section className="mz-sheet-apply">
                  <h2>
                    <Ruby text={SHEET.apply} />
                  </h2>
                  <p>
                    <Ruby text={SHEET.show} />
                    <Ruby text={SHEET.or} /> <Ruby text={CITY_OFFICE.name} />（
                    <Ruby text={SHEET.phone} /> {CITY_OFFICE.phone}・
                    <Ruby text={CITY_OFFICE.hours} />）
                    <Ruby text={SHEET.call} />
                  </p>
                  <p className="mz-url">{url}</p>
                </section>
              ) : null}
            </Sheet>
          ))}
        </div>
      </ReadingsProvider>
    </>
  );
}

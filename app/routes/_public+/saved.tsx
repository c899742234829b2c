import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { db } from "~/utils/db.server";
import { furiganaOn } from "~/utils/furigana";
import { useEffect, useState } from "react";
import { useSavedJobs, type SavedJob } from "~/components/saved-jobs";
import { jobsStylesheets, printMagazineStylesheets } from "~/styles/stylesheets";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => [...jobsStylesheets, ...printMagazineStylesheets];
export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("保存した求人"),
    description: "この端末に保存した求人の一覧です。まとめて印刷して、保護観察官や支援の人にわたせます。",
    noindex: true,
  });

// The saved list lives in this browser alone (components/saved-jobs). To know which postings
// are still open, and to print them together, the page fetches each one's public job sheet,
// /jobs/:id/print, the same page anyone can open, without cookies (docs/decisions/0017).

const TITLE = "保存した求人";

// The list itself is built in the browser; only the page's heading needs readings from here.
export async function loader({ request }: LoaderFunctionArgs) {
  return { readings: furiganaOn(request) ? await pageReadings(db, [TITLE]) : null };
}

type Sheet = { state: "loading" } | { state: "open"; pages: string } | { state: "ended" } | { state: "failed" };

async function fetchSheet(id: number): Promise<Sheet> {
  try {
    const res = await fetch(`/jobs/${id}/print`, { credentials: "omit" });
    if (res.status === 410 || res.status === 404) return { state: "ended" };
    if (!res.ok) return { state: "failed" };
    const doc = new DOMParser().parseFromString(await res.text(), "text/html");
    const pages = [...doc.querySelectorAll(".mz-book > .mz-page")].map((page) => page.outerHTML).join("");
    return pages ? { state: "open", pages } : { state: "failed" };
  } catch {
    return { state: "failed" };
  }
}

function useSheets(saved: SavedJob[]) {
  const [sheets, setSheets] = useState<Record<number, Sheet>>({});
  const ids = saved.map((job) => job.id).join(",");
  useEffect(() => {
    let live = true;
    for (const id of ids ? ids.split(",").map(Number) : []) {
      fetchSheet(id).then((sheet) => live && setSheets((all) => ({ ...all, [id]: sheet })));
    }
    return () => {
      live = false;
    };
  }, [ids]);
  return (id: number): Sheet => sheets[id] ?? { state: "loading" };
}

const STATE_TEXT = {
  loading: "たしかめています…",
  open: "募集中",
  ended: "募集は終了しました",
  failed: "いまは、たしかめられません",
} as const;

function SavedList({ saved, sheetOf, remove }: { saved: SavedJob[]; sheetOf: (id: number) => Sheet; remove: (id: number) => void }) {
  return (
    <ul className="saved-list">
      {saved.map((job) => {
        const state = sheetOf(job.id).state;
        return (
          <li key={job.id} className={`saved-item saved-${state}`}>
            <p className="saved-title">
              {state === "ended" ? job.title : <Link to={`/jobs/${job.id}`}>{job.title}</Link>}
            </p>
            <p className="job-employer">{job.employer}</p>
            <p className="saved-state">{STATE_TEXT[state]}</p>
            <p>
              <button type="button" className="link-button" onClick={() => remove(job.id)}>
                リストから消す<span className="visually-hidden">（{job.title}）</span>
              </button>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function WithoutScript() {
  return (
    <div className="notice">
      <p>保存した求人は、このスマートフォンやパソコンの中に記録します。それには JavaScript が必要です。</p>
      <p>いまは JavaScript が使えないので、求人の保存も、この一覧も使えません。</p>
      <p>
        1件ずつなら印刷できます。求人のページを開いて、「求人票を印刷する」を押してください。{" "}
        <Link to="/jobs">求人をさがす</Link>
      </p>
    </div>
  );
}

export default function SavedJobs() {
  const { ready, saved, remove } = useSavedJobs();
  const sheetOf = useSheets(saved);
  const open = saved.filter((job) => sheetOf(job.id).state === "open");
  const waiting = saved.some((job) => sheetOf(job.id).state === "loading");
  const ended = saved.filter((job) => sheetOf(job.id).state === "ended").length;
  const { readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <div className="no-print">
        <h1>
          <Ruby text={TITLE} />
        </h1>
        {!ready ? (
          <WithoutScript />
        ) : saved.length === 0 ? (
          <p>
            保存した求人はありません。求人の「保存」を押すと、ここにならびます。 <Link to="/jobs">求人をさがす</Link>
          </p>
        ) : (
          <>
            <p>
              このスマートフォンやパソコンの中だけに記録しています（{saved.length}件）。市にもサーバーにも送りません。
            </p>
            <SavedList saved={saved} sheetOf={sheetOf} remove={remove} />
            <p>
              <button type="button" className="button primary" disabled={waiting || open.length === 0} onClick={() => window.print()}>
                募集中の{open.length}件を、求人票としてまとめて印刷する
              </button>
            </p>
            {ended ? <p className="hint">募集が終わった求人は印刷しません。</p> : null}
          </>
        )}
      </div>
      {open.length ? (
        <section className="saved-sheets" aria-label="印刷する求人票">
          {/* Each posting's own public job sheet, as /jobs/:id/print renders it (with readings). */}
          <div className="mz-book" dangerouslySetInnerHTML={{ __html: open.map((job) => (sheetOf(job.id) as { pages: string }).pages).join("") }} />
        </section>
      ) : null}
    </ReadingsProvider>
  );
}

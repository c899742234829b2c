import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { furiganaOn } from "~/utils/furigana";
import { listPublishedIssues } from "~/models/magazine.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import magazineStyles from "~/styles/magazine.css?url";
import { pageMeta, titled } from "~/utils/seo";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: magazineStyles }];
export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("求人情報誌"),
    description: "熊本市が発行する、協力雇用主の求人をまとめた情報誌です。ウェブで読めて、A4 の紙に印刷できます。",
  });

// The page's heading, and the words around an issue's number (第3号: the number stays bare).
const TEXTS = { title: "求人情報誌", before: "第", after: "号 " } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const issues = await listPublishedIssues(db);
  const readings = furiganaOn(request) ? await pageReadings(db, [...Object.values(TEXTS), ...issues.map((i) => i.title)]) : null;
  return { issues, readings };
}

export default function MagazineIndex() {
  const { issues, readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <h1>
        <Ruby text={TEXTS.title} />
      </h1>
      <p className="lead">
        熊本市が発行している、協力雇用主の求人をまとめた冊子です。刑務所や少年院などの中にいる人にも、紙で届けています。
      </p>
      <p>ここでは、発行した号をウェブで読んだり、印刷したりできます。新しい号が上にあります。</p>
      {issues.length === 0 ? (
        <p>まだ発行した号はありません。</p>
      ) : (
        <ul className="mz-issue-list">
          {issues.map((issue) => (
            <li key={issue.id}>
              <h2>
                <Link to={`/magazine/${issue.number}`}>
                  <Ruby text={TEXTS.before} />
                  {issue.number}
                  <Ruby text={TEXTS.after} />
                  <Ruby text={issue.title} />
                </Link>
              </h2>
              <p>
                {formatDate(issue.issue_date)}発行・求人{issue.item_count}件
              </p>
              <p className="mz-issue-links">
                <a href={`/magazine/${issue.number}/print`}>
                  印刷用（A4）<span className="visually-hidden">第{issue.number}号</span>
                </a>
                <a href={`/magazine/${issue.number}.pdf`}>
                  PDF<span className="visually-hidden">第{issue.number}号</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </ReadingsProvider>
  );
}

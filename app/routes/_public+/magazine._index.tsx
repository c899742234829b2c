import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
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

export async function loader() {
  return { issues: await listPublishedIssues(db) };
}

export default function MagazineIndex() {
  const { issues } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>求人情報誌</h1>
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
                  第{issue.number}号 {issue.title}
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
    </>
  );
}

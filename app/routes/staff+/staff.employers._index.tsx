import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { EmployerStatus } from "../../../db/types";
import { requireStaff } from "~/auth/guards.server";
import { PageSummary, Pager } from "~/components/pager";
import { pageParam } from "~/models/lists.server";
import { listEmployersForStaff } from "~/models/staff-employers.server";
import { db } from "~/utils/db.server";
import { EMPLOYER_STATUSES, INDUSTRIES, REGISTRATIONS, WARDS, employerStatusLabel } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "事業主 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const url = new URL(args.request.url);
  const q = url.searchParams.get("q")?.slice(0, 100) ?? "";
  const raw = url.searchParams.get("status") ?? "";
  const status = raw in EMPLOYER_STATUSES ? (raw as EmployerStatus) : undefined;
  return { q, status: status ?? "", employers: await listEmployersForStaff(db, { q, status }, pageParam(url.searchParams.get("page"))) };
}

export default function StaffEmployers() {
  const { q, status, employers } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>事業主</h1>
      <form method="get" className="filters" aria-label="事業主をさがす">
        <div>
          <label htmlFor="q">会社名・ふりがな・住所・担当者</label>
          <input id="q" name="q" type="search" defaultValue={q} />
        </div>
        <div>
          <label htmlFor="status">状態</label>
          <select id="status" name="status" defaultValue={status}>
            <option value="">すべて</option>
            {Object.entries(EMPLOYER_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          さがす
        </button>
      </form>
      <PageSummary total={employers.total} page={employers.page} size={employers.size} />
      {employers.rows.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">会社名</th>
                <th scope="col">業種・区</th>
                <th scope="col">協力雇用主の登録</th>
                <th scope="col">公開中の求人</th>
                <th scope="col">状態</th>
              </tr>
            </thead>
            <tbody>
              {employers.rows.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/staff/employers/${e.id}`}>{e.name}</Link>
                  </td>
                  <td>
                    {INDUSTRIES[e.industry]}・{WARDS[e.ward]}
                  </td>
                  <td>{REGISTRATIONS[e.registration]}</td>
                  <td>{Number(e.published_jobs)}件</td>
                  <td>
                    <span className={`status ${e.status}`}>{employerStatusLabel(e)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>見つかりませんでした。言葉を短くするか、状態を「すべて」にしてください。</p>
      )}
      <Pager page={employers.page} pages={employers.pages} />
    </>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { JobStatus, Ward } from "../../../db/types";
import { requireStaff } from "~/auth/guards.server";
import { PageSummary, Pager } from "~/components/pager";
import { pageParam } from "~/models/lists.server";
import { listEmployerChoices, listJobsForStaff } from "~/models/staff-jobs.server";
import { db } from "~/utils/db.server";
import { formatDate } from "~/utils/dates";
import { JOB_STATUSES, WARDS } from "~/utils/labels";

export const meta: MetaFunction = () => [{ title: "求人 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const p = new URL(args.request.url).searchParams;
  const status = (p.get("status") ?? "") in JOB_STATUSES ? (p.get("status") as JobStatus) : undefined;
  const ward = (p.get("ward") ?? "") in WARDS ? (p.get("ward") as Ward) : undefined;
  const employerId = Number(p.get("employer")) || undefined;
  const q = p.get("q")?.slice(0, 100) ?? "";
  const lacking = p.get("lacking") === "1";
  const [jobs, employers] = await Promise.all([
    listJobsForStaff(db, { status, ward, employerId, q, lacking }, pageParam(p.get("page"))),
    listEmployerChoices(db),
  ]);
  return { jobs, employers, filter: { status: status ?? "", ward: ward ?? "", employer: employerId ? String(employerId) : "", q, lacking } };
}

export default function StaffJobs() {
  const { jobs, employers, filter } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>求人</h1>
      <form method="get" className="filters" aria-label="求人をしぼりこむ">
        <div>
          <label htmlFor="q">職種・会社名</label>
          <input id="q" name="q" type="search" defaultValue={filter.q} />
        </div>
        <div>
          <label htmlFor="status">状態</label>
          <select id="status" name="status" defaultValue={filter.status}>
            <option value="">すべて</option>
            {Object.entries(JOB_STATUSES).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="employer">事業主</label>
          <select id="employer" name="employer" defaultValue={filter.employer}>
            <option value="">すべて</option>
            {employers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ward">区</label>
          <select id="ward" name="ward" defaultValue={filter.ward}>
            <option value="">すべて</option>
            {Object.entries(WARDS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <input id="lacking" name="lacking" type="checkbox" value="1" defaultChecked={filter.lacking} />
          <label htmlFor="lacking">法律で決まった条件に「未記入」がある求人だけ</label>
        </div>
        <button type="submit" className="button">
          表示する
        </button>
      </form>
      <PageSummary total={jobs.total} page={jobs.page} size={jobs.size} />
      {jobs.rows.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">職種</th>
                <th scope="col">事業主</th>
                <th scope="col">区</th>
                <th scope="col">掲載の終わる日</th>
                <th scope="col">状態</th>
              </tr>
            </thead>
            <tbody>
              {jobs.rows.map((j) => (
                <tr key={j.id}>
                  <td>
                    <Link to={`/staff/jobs/${j.id}`}>{j.title}</Link>
                    {j.lacks_terms ? <span className="status needs-terms">未記入あり</span> : null}
                  </td>
                  <td>
                    <Link to={`/staff/employers/${j.employer_id}`}>{j.employer_name}</Link>
                    {j.employer_status !== "approved" ? <span className="muted">（事業主は公開されていません）</span> : null}
                  </td>
                  <td>{WARDS[j.ward]}</td>
                  <td>{formatDate(j.end_date)}</td>
                  <td>
                    <span className={`status ${j.status}`}>{JOB_STATUSES[j.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>該当する求人はありません。</p>
      )}
      <Pager page={jobs.page} pages={jobs.pages} />
    </>
  );
}

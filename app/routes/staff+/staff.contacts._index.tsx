import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { contactStateLabel } from "~/components/staff/labels";
import { listContactRequests, markContactHandled } from "~/models/staff-contacts.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { assertFound, notFound } from "~/utils/http";

export const meta: MetaFunction = () => [{ title: "連絡依頼 | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const raw = new URL(args.request.url).searchParams.get("status");
  // Unhandled requests first: that is what staff come here for.
  const status = raw === "all" ? undefined : raw === "handled" ? ("handled" as const) : ("new" as const);
  return {
    status: raw === "all" ? "all" : (status ?? "new"),
    requests: await listContactRequests(db, { status }),
    retentionDays: env.contactRetentionDays,
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const formData = await args.request.formData();
  const id = Number(formData.get("id"));
  if (formData.get("intent") !== "handled" || !Number.isInteger(id) || id <= 0) notFound();
  assertFound(await markContactHandled(db, staff, id));
  return redirect("/staff/contacts?done=handled");
}

export default function StaffContacts() {
  const { status, requests, retentionDays } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>連絡依頼</h1>
      <p>
        仕事をさがしている人から、求人の会社と連絡をとりたいという依頼です。本人に連絡して了解を得てから、事業主に伝えてください。依頼は受け付けから
        {retentionDays}日で自動的に消えます。
      </p>
      {params.get("done") ? (
        <p className="notice" role="status">
          対応済みにしました。
        </p>
      ) : null}
      <form method="get" className="filters" aria-label="状態でしぼりこむ">
        <div>
          <label htmlFor="status">状態</label>
          <select id="status" name="status" defaultValue={status}>
            <option value="new">未対応</option>
            <option value="handled">対応済み</option>
            <option value="all">すべて</option>
          </select>
        </div>
        <button type="submit" className="button">
          表示する
        </button>
      </form>
      {requests.length === 0 ? (
        <p>該当する依頼はありません。</p>
      ) : (
        <ul className="status-list">
          {requests.map((r) => (
            <li key={r.id}>
              <p>
                <span className={`status ${r.status}`}>{contactStateLabel(r)}</span>{" "}
                <strong>{r.name}</strong>（{r.contact_method === "phone" ? "電話" : "メール"}: {r.contact_value}）
              </p>
              <p>
                求人: {r.job_title ?? "（消された求人）"}
                {r.employer_name ? `・${r.employer_name}` : ""}
                <br />
                受け付け: {formatDateTime(r.created_at)}・<strong>あと{r.days_left}日で自動的に消えます</strong>
                {Number(r.forwards) > 0 ? `・事業主に${Number(r.forwards)}回伝えました` : ""}
              </p>
              <div className="actions">
                <Link to={`/staff/contacts/${r.id}`} className="button">
                  くわしく見る・事業主に伝える
                </Link>
                {r.status === "new" ? (
                  <Form method="post">
                    <input type="hidden" name="id" value={r.id} />
                    <button type="submit" name="intent" value="handled" className="button">
                      対応済みにする
                    </button>
                  </Form>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { PageSummary, Pager } from "~/components/pager";
import { listAudit, listAuditEntityTypes } from "~/models/audit.server";
import { pageParam } from "~/models/lists.server";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";

export const meta: MetaFunction = () => [{ title: "監査ログ | 職員メニュー" }];

// Japanese names for the entity types staff see most; an unknown type shows its code.
const ENTITY_LABELS: Record<string, string> = {
  employer: "事業主",
  job: "求人",
  job_revision: "求人の変更",
  event: "説明会・セミナー",
  contact_request: "連絡依頼",
  user: "アカウント",
  magazine_issue: "求人情報誌",
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const p = new URL(args.request.url).searchParams;
  const get = (key: string) => p.get(key)?.trim().slice(0, 100) ?? "";
  const filter = {
    entityType: get("type"),
    entityId: get("id"),
    actorEmail: get("actor"),
    action: get("action"),
    from: DAY.test(get("from")) ? get("from") : "",
    to: DAY.test(get("to")) ? get("to") : "",
  };
  const [entries, logged] = await Promise.all([listAudit(db, filter, pageParam(p.get("page"))), listAuditEntityTypes(db)]);
  const types = [...new Set([...Object.keys(ENTITY_LABELS), ...logged])];
  return { entries, types, filter };
}

function detailText(detail: string) {
  try {
    const value = JSON.parse(detail) as Record<string, unknown>;
    return Object.keys(value).length ? JSON.stringify(value, null, 1) : "";
  } catch {
    return detail;
  }
}

export default function StaffAudit() {
  const { entries, types, filter } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>監査ログ</h1>
      <p>職員の操作の記録です。記録は追加されるだけで、だれも直したり消したりできません。新しい順に表示します。</p>
      <form method="get" className="filters" aria-label="監査ログをしぼりこむ">
        <div>
          <label htmlFor="type">対象</label>
          <select id="type" name="type" defaultValue={filter.entityType}>
            <option value="">すべて</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {ENTITY_LABELS[t] ?? t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="id">対象の番号</label>
          <input id="id" name="id" inputMode="numeric" size={6} defaultValue={filter.entityId} />
        </div>
        <div>
          <label htmlFor="actor">だれが（メール）</label>
          <input id="actor" name="actor" defaultValue={filter.actorEmail} />
        </div>
        <div>
          <label htmlFor="action">操作</label>
          <input id="action" name="action" defaultValue={filter.action} placeholder="例: job.approve" />
        </div>
        <div>
          <label htmlFor="from">いつから</label>
          <input id="from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div>
          <label htmlFor="to">いつまで</label>
          <input id="to" name="to" type="date" defaultValue={filter.to} />
        </div>
        <button type="submit" className="button">
          表示する
        </button>
      </form>
      <PageSummary total={entries.total} page={entries.page} size={entries.size} />
      {entries.rows.length === 0 ? (
        <p>該当する記録はありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">いつ</th>
                <th scope="col">だれが</th>
                <th scope="col">操作</th>
                <th scope="col">対象</th>
                <th scope="col">内容</th>
              </tr>
            </thead>
            <tbody>
              {entries.rows.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.created_at)}</td>
                  <td>{e.actor_email}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {ENTITY_LABELS[e.entity_type] ?? e.entity_type} {e.entity_id}
                  </td>
                  <td>
                    <pre className="audit-detail">{detailText(e.detail)}</pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={entries.page} pages={entries.pages} />
    </>
  );
}

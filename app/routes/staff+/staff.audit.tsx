import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { PageSummary, Pager } from "~/components/pager";
import { AUDIT_KINDS } from "~/models/audit-sentences";
import { auditFilterFromParams, listAudit } from "~/models/audit.server";
import { viewEntry } from "~/models/audit-view";
import { pageParam } from "~/models/lists.server";
import { db } from "~/utils/db.server";

export const meta: MetaFunction = () => [{ title: "操作とログインの記録（監査ログ） | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const p = new URL(args.request.url).searchParams;
  const filter = auditFilterFromParams(p);
  const entries = await listAudit(db, filter, pageParam(p.get("page")));
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== "").map(([k, v]) => [k === "entityType" ? "type" : k === "entityId" ? "id" : k, v]));
  return { entries: { ...entries, rows: entries.rows.map(viewEntry) }, filter, csvQuery: query.toString() };
}

export default function StaffAudit() {
  const { entries, filter, csvQuery } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>操作とログインの記録（監査ログ）</h1>
      <p>
        市の職員と事業主がしたこと、ログイン（失敗も）、連絡先の閲覧、ダウンロードの記録です。記録は追加されるだけで、だれも直したり消したりできません。新しい順に表示します。
      </p>
      <form method="get" className="filters" aria-label="記録をしぼりこむ">
        <div>
          <label htmlFor="person">だれが（名前・メール・会社名）</label>
          <input id="person" name="person" defaultValue={filter.person} />
        </div>
        <div>
          <label htmlFor="kind">種類</label>
          <select id="kind" name="kind" defaultValue={filter.kind}>
            <option value="">すべて</option>
            {Object.entries(AUDIT_KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="target">対象の名前</label>
          <input id="target" name="target" defaultValue={filter.target} />
        </div>
        <div>
          <label htmlFor="from">いつから</label>
          <input id="from" name="from" type="date" defaultValue={filter.from} />
        </div>
        <div>
          <label htmlFor="to">いつまで</label>
          <input id="to" name="to" type="date" defaultValue={filter.to} />
        </div>
        {filter.entityType ? <input type="hidden" name="type" value={filter.entityType} /> : null}
        {filter.entityId ? <input type="hidden" name="id" value={filter.entityId} /> : null}
        <button type="submit" className="button">
          表示する
        </button>
      </form>
      <p>
        <a href={`/staff/audit.csv${csvQuery ? `?${csvQuery}` : ""}`} download>
          この条件の記録を CSV でダウンロード
        </a>
        （Excel で開けます。ダウンロードしたことも記録されます）
      </p>
      <PageSummary total={entries.total} page={entries.page} size={entries.size} />
      {entries.rows.length === 0 ? (
        <p>該当する記録はありません。</p>
      ) : (
        <div className="table-scroll">
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">いつ（日本時間）</th>
                <th scope="col">だれが</th>
                <th scope="col">したこと</th>
                <th scope="col">変更の内容</th>
              </tr>
            </thead>
            <tbody>
              {entries.rows.map((e) => (
                <tr key={e.id}>
                  <td>{e.when}</td>
                  <td>
                    {e.who}
                    {e.role ? <span className="audit-role">（{e.role}）</span> : null}
                  </td>
                  <td>
                    {e.before}
                    {e.href ? <Link to={e.href}>{e.target}</Link> : e.target}
                    {e.after}
                  </td>
                  <td>
                    {e.details.length ? (
                      <dl className="audit-detail">
                        {e.details.map((d, i) => (
                          <div key={i}>
                            <dt>{d.label}</dt>
                            <dd>{d.value !== undefined ? d.value : `${d.before} → ${d.after}`}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : null}
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

import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { recordAudit } from "~/models/audit.server";
import { findEventForStaff } from "~/models/events.server";
import { countRegistrations } from "~/models/registrations.server";
import { listRegistrationsForStaff } from "~/models/staff-registrations.server";
import { CONTACT_KINDS } from "~/schemas/registration";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { assertFound, notFound } from "~/utils/http";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `申し込みの一覧 | ${data?.event.title ?? "説明会・セミナー"} | 職員メニュー` },
  { name: "robots", content: "noindex" },
];

const STATUS = { registered: "申し込み済み", waiting: "キャンセル待ち", cancelled: "取り消し" } as const;

/** Who registered for an event: staff only, and every view is written to the audit log. */
export async function loader(args: LoaderFunctionArgs) {
  const staff = await requireStaff(args);
  const id = Number(args.params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const event = assertFound(await findEventForStaff(db, id));
  const rows = await listRegistrationsForStaff(db, id);
  await recordAudit(db, staff, "event.registrations_view", { type: "event", id }, { title: event.title, rows: rows.length });
  return {
    event: { id: event.id, title: event.title, capacity: event.capacity },
    counts: await countRegistrations(db, id),
    rows,
  };
}

export default function StaffRegistrations() {
  const { event, counts, rows } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/staff/events/${event.id}`}>{event.title}へもどる</Link>
      </p>
      <h1>申し込みの一覧</h1>
      <p>
        申し込み済み {counts.registered}人{event.capacity !== null ? `（定員 ${event.capacity}人）` : ""}・キャンセル待ち {counts.waiting}人・取り消し{" "}
        {counts.cancelled}人
      </p>
      <p className="notice">この一覧を開いたことは、監査ログに残ります。一覧を人に渡したり、印刷して置いたままにしたりしないでください。</p>
      {rows.length === 0 ? (
        <p>まだ申し込みはありません。</p>
      ) : (
        <table className="registrations">
          <thead>
            <tr>
              <th scope="col">ニックネーム</th>
              <th scope="col">連絡先</th>
              <th scope="col">希望の会社</th>
              <th scope="col">支援者</th>
              <th scope="col">状態</th>
              <th scope="col">申し込んだ日時</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.purged_at ? "（消去済み）" : r.nickname}</td>
                <td>{r.contact_kind ? `${CONTACT_KINDS[r.contact_kind]}: ${r.contact}` : ""}</td>
                <td>{r.choices.map((name, i) => `${i + 1}. ${name}`).join(" ")}</td>
                <td>{r.on_behalf_organisation ? `${r.on_behalf_organisation}（${r.on_behalf_phone}）` : ""}</td>
                <td>
                  {STATUS[r.status]}
                  {r.moved_up_at ? "（繰り上げ）" : ""}
                </td>
                <td>{formatDateTime(r.created_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

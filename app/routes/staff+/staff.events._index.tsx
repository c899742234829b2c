import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { EventStatus } from "../../../db/types";
import { eventTimeText } from "~/components/event-card";
import { EVENT_STATUS_LABELS, eventStatusLabel } from "~/components/staff/labels";
import { requireStaff } from "~/auth/guards.server";
import { listStaffEvents } from "~/models/events.server";
import { db } from "~/utils/db.server";
import { EVENT_KINDS } from "~/utils/labels";
import { now as clockNow } from "~/utils/clock";

export const meta: MetaFunction = () => [{ title: "説明会・セミナー | 職員メニュー" }];

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const raw = new URL(args.request.url).searchParams.get("status") ?? "";
  const status = raw in EVENT_STATUS_LABELS ? (raw as EventStatus) : undefined;
  return { status: status ?? "", events: await listStaffEvents(db, { status }), now: clockNow().toISOString() };
}

export default function StaffEvents() {
  const { status, events, now } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>説明会・セミナー</h1>
      <p className="actions">
        <Link to="/staff/events/new" className="button primary">
          新しく作る
        </Link>
        <a href="/events">公開中の予定を見る</a>
      </p>
      <form method="get" className="filters" aria-label="状態でしぼりこむ">
        <div>
          <label htmlFor="status">状態</label>
          <select id="status" name="status" defaultValue={status}>
            <option value="">すべて</option>
            {Object.entries(EVENT_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          表示する
        </button>
      </form>
      {events.length === 0 ? (
        <p>該当するものはありません。</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">日時</th>
                <th scope="col">名前</th>
                <th scope="col">種類</th>
                <th scope="col">主催</th>
                <th scope="col">参加する会社</th>
                <th scope="col">状態</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{eventTimeText(e)}</td>
                  <td>
                    <Link to={`/staff/events/${e.id}`}>{e.title}</Link>
                  </td>
                  <td>{EVENT_KINDS[e.kind]}</td>
                  <td>{e.organizer_name ?? "熊本市"}</td>
                  <td>{Number(e.participant_count)}社</td>
                  <td>
                    <span className={`status ${e.status}`}>{e.status === "published" && e.ends_at < now ? "終了" : eventStatusLabel(e)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

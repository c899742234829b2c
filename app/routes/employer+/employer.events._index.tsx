import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { EmployerEventList } from "~/components/employer-event-list";
import { splitByTime, toEmployerEventItem } from "~/models/employer-event-state";
import { listEmployerEvents } from "~/models/employer-events.server";
import { nowIso } from "~/utils/dates";
import { db } from "~/utils/db.server";

// /employer/events: every seminar or tour the employer proposed and every city event it takes
// part in, upcoming first; the ones that are over are listed apart.

export const meta: MetaFunction = () => [{ title: "セミナー・見学会 | 熊本市 協力雇用主 求人サイト" }];

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployer(args);
  const now = nowIso();
  const { upcoming, past } = splitByTime(await listEmployerEvents(db, user.employerId), now);
  return {
    upcoming: upcoming.map((e) => toEmployerEventItem(e, user.employerId, now)),
    past: past.map((e) => toEmployerEventItem(e, user.employerId, now)),
  };
}

export default function EmployerEvents() {
  const { upcoming, past } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>セミナー・見学会</h1>
      {params.get("done") === "eventWithdrawn" ? (
        <p className="notice" role="status">
          セミナー・見学会の申し込みを取り下げました。
        </p>
      ) : null}
      <p>会社で出したセミナー・見学会と、参加する市の説明会です。名前を押すと、くわしい内容が見られます。</p>
      <p className="dashboard-actions">
        <Link to="/employer/events/new" className="button primary">
          セミナー・見学会の日程を出す
        </Link>
      </p>

      <h2 id="upcoming">これからの会</h2>
      {upcoming.length ? (
        <EmployerEventList events={upcoming} label="これからの会" />
      ) : (
        <p>これからの会は、まだありません。「セミナー・見学会の日程を出す」から出せます。</p>
      )}

      <h2 id="past">終わった会</h2>
      {past.length ? <EmployerEventList events={past} label="終わった会" /> : <p>終わった会は、まだありません。</p>}
    </>
  );
}

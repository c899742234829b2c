import type {
  ActionFunctionArgs,
  LoaderFunctionArgs,
  MetaFunction,
} from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { StatsNav } from "~/components/stats-nav";
import {
  findPastEvent,
  listPastEvents,
  saveAttendance,
} from "~/models/stats-entry.server";
import { attendanceSchema } from "~/schemas/stats";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound } from "~/utils/http";
import { EVENT_KINDS } from "~/utils/labels";
import statsStyles from "~/styles/stats.css?url";

export const links = () => [{ rel: "stylesheet", href: statsStyles }];
export const meta: MetaFunction = () => [
  { title: "説明会の参加者を入力 | 職員メニュー" },
];

function chosenEventId(request: Request): number | null {
  const value = new URL(request.url).searchParams.get("event");
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const id = chosenEventId(args.request);
  const event = id === null ? null : assertFound(await findPastEvent(db, id));
  const saved = new URL(args.request.url).searchParams.get("saved");
  return {
    events: await listPastEvents(db),
    event,
    saved: saved ? Number(saved) : null,
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = chosenEventId(args.request);
  const event = assertFound(id === null ? null : await findPastEvent(db, id));
  const formData = await args.request.formData();
  if (event.figures_recorded) {
    return formError(formData, {
      _form:
        "当日の受付の記録があるため、この説明会の数は受付の記録から数えます。ここでは入力できません。",
    });
  }
  const parsed = parseForm(formData, attendanceSchema);
  if (!parsed.ok) return parsed.response;
  assertFound(await saveAttendance(db, staff, event.id, parsed.data));
  return redirect(`/staff/stats/attendance?saved=${event.id}`);
}

function show(value: number | null) {
  return value === null ? "未入力" : value.toLocaleString("ja-JP");
}

export default function AttendanceEntry() {
  const { events, event, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const savedEvent = events.find((e) => e.id === saved);
  return (
    <>
      <h1>説明会・セミナーの参加者を入力</h1>
      <StatsNav />
      {savedEvent ? (
        <p className="notice" role="status">
          「{savedEvent.title}」（{formatDate(savedEvent.starts_at)}
          ）の参加者の数を保存しました。
        </p>
      ) : null}
      {event ? (
        <section className="entry-form" aria-labelledby="entry-heading">
          <h2 id="entry-heading">
            {event.title}（{formatDate(event.starts_at)}）
          </h2>
          {event.figures_recorded ? (
            <p>
              この説明会の数は、
              <Link to={`/staff/events/${event.id}/checkin`}>当日の受付</Link>
              の記録から数えています。求職者 {show(event.attendance_seekers)}
              ・事業主 {show(event.attendance_employers)}・面談{" "}
              {show(event.interviews_held)}
            </p>
          ) : (
            <ValidatedForm
              key={event.id}
              schema={attendanceSchema}
              failure={failure}
              action={`/staff/stats/attendance?event=${event.id}`}
              defaults={{
                seekers: event.attendance_seekers?.toString() ?? "",
                employers: event.attendance_employers?.toString() ?? "",
                interviews: event.interviews_held?.toString() ?? "",
              }}
              aria-label="参加者の数"
            >
              <TextField
                name="seekers"
                label="参加した求職者（人）"
                inputMode="numeric"
                required
              />
              <TextField
                name="employers"
                label="参加した事業主（社）"
                inputMode="numeric"
                required
                hint={`参加を申し込んだ事業主: ${
                  event.registered_employers ?? 0
                }社`}
              />
              <TextField
                name="interviews"
                label="個別面談（件）"
                inputMode="numeric"
                required
              />
              <div className="button-row">
                <SubmitButton>保存する</SubmitButton>
                <Link to="/staff/stats/attendance">やめる</Link>
              </div>
            </ValidatedForm>
          )}
        </section>
      ) : null}
      <h2>終わった説明会・セミナー</h2>
      {events.length ? (
        <ul className="status-list">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{e.title}</strong>
              <br />
              {formatDate(e.starts_at)}・{EVENT_KINDS[e.kind]}
              <br />
              求職者 {show(e.attendance_seekers)}・事業主{" "}
              {show(e.attendance_employers)}・面談 {show(e.interviews_held)}{" "}
              {e.figures_recorded ? "（当日の受付の記録から）" : null}
              <Link
                to={`/staff/stats/attendance?event=${e.id}`}
                aria-label={`${e.title}（${formatDate(
                  e.starts_at
                )}）の参加者を入力`}
              >
                入力する
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>終わった説明会・セミナーはまだありません。</p>
      )}
    </>
  );
}

import type { ReactNode } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { eventTimeText } from "~/components/event-card";
import { EventForm } from "~/components/event-form";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { eventStatusLabel } from "~/components/staff/labels";
import { eventToFormValues, findEventForStaff } from "~/models/events.server";
import { listParticipantChoices } from "~/models/event-participants.server";
import { cancelEvent, publishEvent, updateEvent } from "~/models/staff-events.server";
import { cancelEventSchema, eventSchema } from "~/schemas/event";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { EVENT_KINDS } from "~/utils/labels";
import { countRegistrations } from "~/models/registrations.server";
import { now as clockNow } from "~/utils/clock";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.event.title ?? "説明会・セミナー"} | 職員メニュー` },
];

function eventId(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const event = assertFound(await findEventForStaff(db, eventId(args.params)));
  return {
    event,
    defaults: eventToFormValues(event),
    choices: await listParticipantChoices(db),
    counts: event.registration_mode === "none" ? null : await countRegistrations(db, event.id),
    ended: event.ends_at < clockNow().toISOString(),
  };
}

export async function action(args: ActionFunctionArgs) {
  const staff = await requireStaff(args);
  const id = eventId(args.params);
  const formData = await args.request.formData();
  const intent = formData.get("intent");
  if (intent === "publish") {
    assertFound(await publishEvent(db, staff, id));
    return redirect(`/staff/events/${id}?done=published`);
  }
  if (intent === "cancel") {
    const parsed = parseForm(formData, cancelEventSchema);
    if (!parsed.ok) return parsed.response;
    const cancelled = await cancelEvent(db, staff, id, parsed.data.reason);
    if (!cancelled) {
      // A past event is a record: it is refused with a reason, not answered as missing.
      const event = assertFound(await findEventForStaff(db, id));
      if (event.status === "published" && event.ends_at <= clockNow().toISOString()) {
        return formError(formData, { reason: ENDED_CANNOT_CANCEL }, 409);
      }
      notFound();
    }
    return redirect(`/staff/events/${id}?done=cancelled`);
  }
  const parsed = parseForm(formData, eventSchema);
  if (!parsed.ok) return parsed.response;
  assertFound(await updateEvent(db, staff, id, parsed.data));
  return redirect(`/staff/events/${id}?done=saved`);
}

const ENDED_CANNOT_CANCEL = "この催しはもう終わっているので、中止にできません。";

const DONE: Record<string, ReactNode> = {
  saved: "保存しました。",
  published: (
    <>
      公開しました。<Link to="/events">説明会・セミナーの予定</Link>に表示されています。
    </>
  ),
  cancelled: "中止にしました。予定には「中止」と表示されます。",
};

export default function StaffEvent() {
  const { event, defaults, choices, counts, ended } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const done = DONE[params.get("done") ?? ""] ?? (params.get("saved") ? "下書きとして保存しました。" : null);
  const cancelFailure = failure && "reason" in (failure.errors ?? {}) ? failure : null;
  const editFailure = cancelFailure ? null : failure;
  const canPublish = event.status === "draft" || event.status === "pending" || event.status === "rejected";
  return (
    <>
      <p>
        <Link to="/staff/events">説明会・セミナーの一覧へ</Link>
      </p>
      <h1>{event.title}</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <p>
        {EVENT_KINDS[event.kind]}・{eventTimeText(event)}・主催: {event.organizer_name ?? "熊本市"}・状態:{" "}
        <span className={`status ${event.status}`}>{ended && event.status === "published" ? "終了" : eventStatusLabel(event)}</span>
        {event.status_reason ? `（${event.status_reason}）` : null}
      </p>
      <div className="actions">
        {canPublish ? (
          <Form method="post">
            <button type="submit" name="intent" value="publish" className="button primary">
              公開する
            </button>
          </Form>
        ) : null}
        {event.status === "published" || event.status === "cancelled" ? (
          <a href={`/events/${event.id}`}>公開ページを見る</a>
        ) : null}
        {event.registration_mode === "interviews" ? <Link to={`/staff/events/${event.id}/timetable`}>面談表</Link> : null}
        {event.registration_mode !== "none" ? <Link to={`/staff/events/${event.id}/checkin`}>当日の受付</Link> : null}
      </div>
      {counts ? (
        <p>
          申し込み: {counts.registered}人{event.capacity !== null ? `（定員 ${event.capacity}人）` : ""}・キャンセル待ち {counts.waiting}人{" "}
          <Link to={`/staff/events/${event.id}/registrations`}>申し込みの一覧を見る</Link>
        </p>
      ) : null}
      {cancelFailure && ended ? (
        <p className="warning" role="alert">
          {cancelFailure.errors.reason}
        </p>
      ) : null}
      {event.status === "published" && !ended ? (
        <details open={cancelFailure ? true : undefined}>
          <summary>中止にする</summary>
          <ValidatedForm schema={cancelEventSchema} failure={cancelFailure} aria-label="中止にする">
            <input type="hidden" name="intent" value="cancel" />
            <TextField name="reason" label="中止の理由" required hint="公開ページにそのまま表示されます" />
            <SubmitButton danger>中止にする</SubmitButton>
          </ValidatedForm>
        </details>
      ) : null}
      <h2>内容を直す</h2>
      <EventForm defaults={defaults} failure={editFailure} choices={choices} submitLabel="保存する" />
    </>
  );
}

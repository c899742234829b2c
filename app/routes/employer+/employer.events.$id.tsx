import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { EmployerEventFields } from "~/components/employer-event-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { EmployerInterviewTimes } from "~/components/interview-times";
import { canEditOwnEvent, findOwnEvent, resubmitEvent, withdrawEvent } from "~/models/employer-events.server";
import {
  EMPLOYER_EVENT_STATES,
  employerEventState,
  isEditableByEmployer,
  isWithdrawableByEmployer,
} from "~/models/employer-event-state";
import { employerActor } from "~/models/employer-jobs.server";
import { findEmployer } from "~/models/employers.server";
import { findEventTakingPart, publishedEmployerTimes } from "~/models/timetable-views.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { employerEventSchema } from "~/schemas/employer";
import { formatDateTime, formatTime, nowIso, tokyoDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { CITY_OFFICE, EVENT_KINDS } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";

// /employer/events/:id: the employer's own seminar or tour proposal. Waiting, sent back or
// already public, it is corrected here and goes to the city again (a public one stops being
// shown until then: docs/decisions/0022); refused (不承認) or over (終了), it is only shown.
// A city fair it takes part in is shown too, with its own interviews (by nickname) once
// staff have published the timetable.

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.event.title ?? "セミナー・見学会"} | 熊本市 協力雇用主 求人サイト` },
];

function eventIdOf(params: { id?: string }) {
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  return id;
}

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployer(args);
  const id = eventIdOf(args.params);
  const own = await findOwnEvent(db, user.employerId, id);
  // A city fair the employer takes part in: shown, with its own interviews once published.
  const event = own ?? assertFound(await findEventTakingPart(db, user.employerId, id));
  const now = nowIso();
  const editable = own ? await canEditOwnEvent(db, own) : false;
  const state = employerEventState(event, now);
  return {
    event: { ...event, sentBack: state === "rejected" },
    own: own !== undefined,
    state,
    stateLabel: EMPLOYER_EVENT_STATES[state],
    interviews:
      !own && event.registration_mode === "interviews"
        ? { times: await publishedEmployerTimes(db, event.id, user.employerId) }
        : null,
    editable,
    // Public, not yet begun, but people signed up: only the city changes it now.
    heldBySignUps: own !== undefined && !editable && event.status === "published" && isEditableByEmployer(event, now),
    withdrawable: own ? isWithdrawableByEmployer(event, now) : false,
    defaults: (editable
      ? {
          kind: event.kind,
          title: event.title,
          description: event.description,
          day: tokyoDay(event.starts_at),
          start_time: formatTime(event.starts_at),
          end_time: formatTime(event.ends_at),
          venue: event.venue,
          address: event.address,
          capacity: event.capacity === null ? "" : String(event.capacity),
          what_to_bring: event.what_to_bring,
          how_to_join: event.how_to_join,
        }
      : {}) as Record<string, string>,
  };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireEmployer(args);
  const id = eventIdOf(args.params);
  const event = assertFound(await findOwnEvent(db, user.employerId, id));
  const employer = assertFound(await findEmployer(db, user.employerId));
  const actor = employerActor(user, employer, publicOrigin());
  const formData = await args.request.formData();
  if (formData.get("intent") === "withdraw") {
    if (!isWithdrawableByEmployer(event, nowIso())) return redirect(`/employer/events/${id}`);
    // Withdrawing cannot be undone: only the confirmation step withdraws.
    if (formData.get("confirm") !== "yes") return redirect(`/employer/events/${id}?confirm=withdraw`);
    assertFound(await withdrawEvent(db, actor, id));
    return redirect(`/employer/events?done=eventWithdrawn`);
  }
  if (!(await canEditOwnEvent(db, event))) return redirect(`/employer/events/${id}`);
  const parsed = parseForm(formData, employerEventSchema);
  if (!parsed.ok) return parsed.response;
  if ((await resubmitEvent(db, actor, id, parsed.data)) === null) return redirect(`/employer/events/${id}`);
  void deliverPendingMail(db);
  return redirect(`/employer/events/${id}?sent=${event.status === "published" ? "change" : "1"}`);
}

export default function EmployerEvent() {
  const { event, own, state, stateLabel, editable, heldBySignUps, withdrawable, defaults, interviews } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const confirming = withdrawable && params.get("confirm") === "withdraw";
  const published = event.status === "published";
  return (
    <div className="narrow">
      <h1>{event.title}</h1>
      {params.get("sent") === "change" ? (
        <p className="notice" role="status">
          直した内容を市に送りました。市の担当者が確認するまで、公開を止めています。
        </p>
      ) : params.has("sent") ? (
        <p className="notice" role="status">
          直した内容を市に送りました。市の担当者が確認してから公開します。
        </p>
      ) : null}
      <p>
        状態: <span className={`status status-${state}`}>{stateLabel}</span>
        {own ? null : <>（市の催しに参加）</>}
      </p>
      <p>
        {EVENT_KINDS[event.kind]}・{formatDateTime(event.starts_at)}〜{formatTime(event.ends_at)}・{event.venue}
      </p>
      {interviews ? <EmployerInterviewTimes times={interviews.times} /> : null}
      {(state === "ended" || state === "lapsed") && own ? <p>この会の日にちは過ぎました。内容を直したり、取り下げたりはできません。</p> : null}
      {state === "refused" ? (
        <div className="reason">
          <p>
            <strong>不承認（市の最終の決定）の理由:</strong> <span className="prose">{event.status_reason}</span>
          </p>
          <p>この申し込みは、直して送り直すことはできません。わからないことは、市の担当者にお問い合わせください。</p>
        </div>
      ) : null}
      {event.sentBack ? (
        <div className="reason">
          <p>
            <strong>差し戻しの理由:</strong> <span className="prose">{event.status_reason}</span>
          </p>
          <p>下の内容を直して「直して市に送る」を押してください。</p>
        </div>
      ) : null}
      {heldBySignUps ? (
        <p className="reason">
          この会には、もう申し込んだ人か、いっしょに参加する会社があります。ここでは直せません。変えたいことがあるときは、{CITY_OFFICE.name}（電話 {CITY_OFFICE.phone}）に連絡してください。
        </p>
      ) : null}
      {confirming ? (
        <section className="confirm" aria-labelledby="withdraw-title">
          <h2 id="withdraw-title">「{event.title}」の申し込みを取り下げますか</h2>
          <p>取り下げると、市の確認は行われず、公開もされません。取り下げたあとで元に戻すことはできません。</p>
          <Form method="post">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="confirm" value="yes" />
            <SubmitButton danger>取り下げる</SubmitButton>{" "}
            <Link to={`/employer/events/${event.id}`}>やめる</Link>
          </Form>
        </section>
      ) : null}
      {editable && !confirming ? (
        <>
          <h2>{event.sentBack ? "内容を直して送り直す" : "内容を直す"}</h2>
          {published ? (
            <p className="warning">
              <strong>直すと、市が確認するまで公開が止まります。</strong>
              市の担当者が確認して、もう一度公開するまで、「説明会・セミナー」のページに出ません。
            </p>
          ) : null}
          <ValidatedForm schema={employerEventSchema} failure={failure} defaults={defaults} aria-label="セミナー・見学会の日程を直す">
            <EmployerEventFields />
            <SubmitButton>直して市に送る</SubmitButton>
          </ValidatedForm>
        </>
      ) : null}
      {withdrawable && !confirming ? (
        <>
          <h2>取り下げる</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="withdraw" />
            <p>この会をやめる場合は、申し込みを取り下げられます（次の画面で確かめます）。</p>
            <SubmitButton>申し込みを取り下げる</SubmitButton>
          </Form>
        </>
      ) : null}
      <p>
        <Link to="/employer/events">セミナー・見学会の一覧へ戻る</Link>
      </p>
    </div>
  );
}

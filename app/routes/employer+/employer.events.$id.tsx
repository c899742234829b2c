import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireEmployer } from "~/auth/guards.server";
import { EmployerEventFields } from "~/components/employer-event-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { EmployerInterviewTimes } from "~/components/interview-times";
import { findOwnEvent, isOpenForEmployer, resubmitEvent, withdrawEvent } from "~/models/employer-events.server";
import { employerActor } from "~/models/employer-jobs.server";
import { findEmployer } from "~/models/employers.server";
import { findEventTakingPart, publishedEmployerTimes } from "~/models/timetable-views.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { employerEventSchema } from "~/schemas/employer";
import { formatDateTime, formatTime, tokyoDay } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { assertFound, notFound } from "~/utils/http";
import { EVENT_KINDS } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";

// /employer/events/:id: the employer's own seminar or tour proposal. Sent back, it is
// corrected here and goes to the city again; refused (不承認), it is only shown, with why.
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

const STATE_LABELS = {
  draft: "下書き",
  pending: "市の確認待ち",
  published: "公開中",
  rejected: "差し戻し",
  cancelled: "中止・取り下げ",
} as const;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployer(args);
  const id = eventIdOf(args.params);
  const own = await findOwnEvent(db, user.employerId, id);
  // A city fair the employer takes part in: shown, with its own interviews once published.
  const event = own ?? assertFound(await findEventTakingPart(db, user.employerId, id));
  const open = own ? isOpenForEmployer(event) : false;
  return {
    event: { ...event, refused: event.refused_at !== null, sentBack: event.status === "rejected" && event.refused_at === null },
    interviews:
      !own && event.registration_mode === "interviews"
        ? { times: await publishedEmployerTimes(db, event.id, user.employerId) }
        : null,
    open,
    defaults: (open
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
  if (!isOpenForEmployer(event)) return redirect(`/employer/events/${id}`);
  if (formData.get("intent") === "withdraw") {
    // Withdrawing cannot be undone: only the confirmation step withdraws.
    if (formData.get("confirm") !== "yes") return redirect(`/employer/events/${id}?confirm=withdraw`);
    assertFound(await withdrawEvent(db, actor, id));
    return redirect(`/employer?done=eventWithdrawn#events`);
  }
  const parsed = parseForm(formData, employerEventSchema);
  if (!parsed.ok) return parsed.response;
  assertFound(await resubmitEvent(db, actor, id, parsed.data));
  void deliverPendingMail(db);
  return redirect(`/employer/events/${id}?sent=1`);
}

export default function EmployerEvent() {
  const { event, open, defaults, interviews } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const confirming = open && params.get("confirm") === "withdraw";
  const state = event.refused ? "不承認" : STATE_LABELS[event.status];
  return (
    <div className="narrow">
      <h1>{event.title}</h1>
      {params.has("sent") ? (
        <p className="notice" role="status">
          直した内容を市に送りました。市の担当者が確認してから公開します。
        </p>
      ) : null}
      <p>
        状態: <span className={`status status-${event.status}`}>{state}</span>
      </p>
      <p>
        {EVENT_KINDS[event.kind]}・{formatDateTime(event.starts_at)}〜{formatTime(event.ends_at)}・{event.venue}
      </p>
      {interviews ? <EmployerInterviewTimes times={interviews.times} /> : null}
      {event.refused ? (
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
      {open && !confirming ? (
        <>
          <h2>{event.sentBack ? "内容を直して送り直す" : "内容を直す"}</h2>
          <ValidatedForm schema={employerEventSchema} failure={failure} defaults={defaults} aria-label="セミナー・見学会の日程を直す">
            <EmployerEventFields />
            <SubmitButton>直して市に送る</SubmitButton>
          </ValidatedForm>
          <h2>取り下げる</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="withdraw" />
            <p>この会をやめる場合は、申し込みを取り下げられます（次の画面で確かめます）。</p>
            <SubmitButton>申し込みを取り下げる</SubmitButton>
          </Form>
        </>
      ) : null}
      <p>
        <Link to="/employer">ダッシュボードへ戻る</Link>
      </p>
    </div>
  );
}

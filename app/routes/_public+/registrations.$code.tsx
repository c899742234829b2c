import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { eventTimeText } from "~/components/event-card";
import { PERSON_TIMES_TEXTS, PersonInterviewTimes } from "~/components/interview-times";
import { RegistrationForm, registrationFormTexts } from "~/components/registration-form";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { mailMovedUp } from "~/models/event-mails.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { eventForRegistration } from "~/models/registration-page.server";
import {
  cancelRegistration,
  findRegistrationByCode,
  normaliseCode,
  updateRegistration,
  waitingPosition,
} from "~/models/registrations.server";
import { publishedPersonTimes } from "~/models/timetable-views.server";
import { cancelRegistrationSchema, choiceField, CONTACT_KINDS, registrationSchema } from "~/schemas/registration";
import { now as clockNow } from "~/utils/clock";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { furiganaOn } from "~/utils/furigana";
import { notFound } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import eventStyles from "~/styles/events.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: eventStyles }];

export const meta: MetaFunction = () => [
  { title: "申し込みの内容 | 熊本市 協力雇用主 求人サイト" },
  { name: "robots", content: "noindex" },
];

const STATUS_TEXT = { registered: "申し込み済み", waiting: "キャンセル待ち", cancelled: "取り消し済み" } as const;

/** The registration behind a private link, with its event; 404 for any code that is not one. */
async function open(code: string | undefined) {
  if (!code || code.length > 40) notFound();
  const registration = await findRegistrationByCode(db, code);
  if (!registration) notFound();
  const found = await eventForRegistration(db, registration.event_id);
  if (!found) notFound();
  return { registration, ...found };
}

// The page's own headings, read with the form's labels and the event's title.
const TITLES = { isNew: "申し込みを受け付けました", shown: "申し込みの内容", change: "申し込みの内容を変える" } as const;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { registration, event, maxChoices } = await open(params.code);
  const readings = furiganaOn(request)
    ? await pageReadings(db, [...Object.values(TITLES), event.title, ...PERSON_TIMES_TEXTS, ...registrationFormTexts(maxChoices)])
    : null;
  const code = normaliseCode(params.code!).match(/.{4}/g)!.join("-");
  const ended = event.ends_at < clockNow().toISOString();
  const changeable = registration.status !== "cancelled" && !ended && event.status === "published";
  return {
    readings,
    code,
    link: `${publicOrigin()}/registrations/${code}`,
    event: { id: event.id, title: event.title, starts_at: event.starts_at, ends_at: event.ends_at, venue: event.venue, address: event.address, status: event.status },
    registration: {
      nickname: registration.nickname,
      contactKind: registration.contact_kind,
      contact: registration.contact,
      onBehalfOrganisation: registration.on_behalf_organisation,
      onBehalfPhone: registration.on_behalf_phone,
      status: registration.status,
      choices: registration.choices.map((c) => ({ rank: c.rank, name: c.name, id: c.employer_id })),
    },
    position: await waitingPosition(db, registration),
    interviewTimes:
      event.registration_mode === "interviews" && registration.status === "registered"
        ? { times: await publishedPersonTimes(db, event.id, registration.id) }
        : null,
    employers: event.participants.map((p) => ({ id: p.id, name: p.name })),
    maxChoices,
    changeable,
    ended,
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const { registration, event, maxChoices } = await open(params.code);
  const formData = await request.formData();
  const back = `/registrations/${encodeURIComponent(params.code!)}`;
  if (registration.status === "cancelled" || event.ends_at < clockNow().toISOString() || event.status !== "published") {
    return formError(formData, { _form: "この申し込みは、もう変えたり取り消したりできません。" });
  }
  if (formData.get("intent") === "cancel") {
    const parsed = parseForm(formData, cancelRegistrationSchema);
    if (!parsed.ok) return parsed.response;
    await cancelRegistration(db, registration.id, event, clockNow(), (trx, moved) => mailMovedUp(trx, event, moved));
    void deliverPendingMail(db);
    return redirect(`${back}?done=cancelled`);
  }
  const parsed = parseForm(formData, registrationSchema(maxChoices, event.participants.map((p) => p.id)));
  if (!parsed.ok) return parsed.response;
  await updateRegistration(db, registration.id, parsed.data);
  return redirect(`${back}?done=saved`);
}

const DONE: Record<string, string> = { saved: "申し込みの内容を変えました。", cancelled: "申し込みを取り消しました。" };

export default function RegistrationPage() {
  const { code, link, event, registration, position, employers, maxChoices, changeable, ended, interviewTimes, readings } =
    useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const [params] = useSearchParams();
  const isNew = params.get("new") === "1";
  const asking = params.get("cancel") === "1" && changeable;
  const done = DONE[params.get("done") ?? ""];
  const defaults: Record<string, string> = {
    nickname: registration.nickname,
    contactKind: registration.contactKind,
    contact: registration.contact,
    onBehalfOrganisation: registration.onBehalfOrganisation,
    onBehalfPhone: registration.onBehalfPhone,
  };
  for (const c of registration.choices) defaults[choiceField(c.rank)] = String(c.id);
  return (
    <ReadingsProvider readings={readings}>
      <div className="narrow">
        <h1>
          <Ruby text={isNew ? TITLES.isNew : TITLES.shown} />
        </h1>
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        {failure?.errors?._form ? (
          <p className="form-error" role="alert">
            {failure.errors._form}
          </p>
        ) : null}
        <div className="registration-code">
          <p>
            申し込み番号: <strong data-testid="registration-code">{code}</strong>
          </p>
          <p>
            このページのリンク（内容を見る・変える・取り消すときに使います）:
            <br />
            <a href={link}>{link}</a>
          </p>
          <p className="warning">この番号とリンクは、人に教えないでください。メモするか、このページをブックマークしてください。</p>
        </div>
        <p>
          状態: <strong data-testid="registration-status">{STATUS_TEXT[registration.status]}</strong>
          {position !== null ? `（${position}番目）` : null}
        </p>
        <h2>
          <Link to={`/events/${event.id}`}>
            <Ruby text={event.title} />
          </Link>
        </h2>
        <p>
          {eventTimeText(event)}
          <br />
          {event.venue}（{event.address}）
          {event.status === "cancelled" ? (
            <>
              <br />
              <strong>この催しは中止になりました。</strong>
            </>
          ) : ended ? (
            <>
              <br />
              この催しは終わりました。
            </>
          ) : null}
        </p>
        {interviewTimes ? <PersonInterviewTimes times={interviewTimes.times} /> : null}
        <dl className="registration-details">
          <dt>ニックネーム</dt>
          <dd>{registration.nickname}</dd>
          <dt>連絡先（{registration.contactKind ? CONTACT_KINDS[registration.contactKind] : ""}）</dt>
          <dd>{registration.contact}</dd>
          {registration.choices.length ? (
            <>
              <dt>話をしたい会社</dt>
              <dd>
                <ol>
                  {registration.choices.map((c) => (
                    <li key={c.rank}>
                      第{c.rank}希望: {c.name}
                    </li>
                  ))}
                </ol>
              </dd>
            </>
          ) : null}
          {registration.onBehalfOrganisation ? (
            <>
              <dt>申し込んだ支援者</dt>
              <dd>
                {registration.onBehalfOrganisation}（{registration.onBehalfPhone}）
              </dd>
            </>
          ) : null}
        </dl>
        {registration.status !== "cancelled" && event.status !== "cancelled" && !ended ? (
          <p>
            <a href={`/registrations/${code}.ics`} download className="button">
              カレンダーに入れる（スマホやパソコンの予定表へ）
            </a>
          </p>
        ) : null}
        {asking ? (
          <Form method="post" className="confirm" aria-label="申し込みを取り消す">
            <p className="warning">
              <strong>申し込みを取り消しますか？</strong>取り消すと、元にもどせません。
              {registration.status === "registered" ? "席は、キャンセル待ちの人にゆずられます。" : null}
            </p>
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" name="intent" value="cancel" className="button danger">
              はい、取り消します
            </button>{" "}
            <Link to={`/registrations/${code}`}>取り消さない</Link>
          </Form>
        ) : changeable ? (
          <>
            <details open={failure && !failure.errors?._form ? true : undefined}>
              <summary>
                <Ruby text={TITLES.change} />
              </summary>
              <RegistrationForm
                action={`/registrations/${code}`}
                maxChoices={maxChoices}
                employers={employers}
                failure={failure}
                defaults={defaults}
                submitLabel="内容を変える"
              />
            </details>
            <p>
              <Link to={`/registrations/${code}?cancel=1`}>申し込みを取り消す</Link>
            </p>
          </>
        ) : null}
      </div>
    </ReadingsProvider>
  );
}

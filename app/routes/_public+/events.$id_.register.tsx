import { pageMeta, titled } from "~/utils/seo";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { eventTimeText } from "~/components/event-card";
import { REGISTRATION_TRAP, RegistrationForm, registrationFormTexts } from "~/components/registration-form";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { registrationMail } from "~/models/event-mails.server";
import { deliverPendingMail, enqueueMail } from "~/models/outbox.server";
import {
  countRegistrationAttempt,
  eventForRegistration,
  registrationLimitReached,
} from "~/models/registration-page.server";
import { createRegistration } from "~/models/registrations.server";
import { OPENNESS_TEXT } from "~/utils/registration-texts";
import { registrationSchema } from "~/schemas/registration";
import { db } from "~/utils/db.server";
import { formatDateTime } from "~/utils/dates";
import { furiganaOn } from "~/utils/furigana";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { clientAddress, notFound } from "~/utils/http";
import eventStyles from "~/styles/events.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: eventStyles }];

export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(args, {
    title: titled(`申し込み | ${args.data?.event.title ?? "説明会・セミナー"}`),
    description: "説明会・面談会への申し込みです。ニックネームと連絡先ひとつだけで申し込めます。",
    noindex: true,
  });

async function open(idParam: string | undefined) {
  const id = /^\d{1,9}$/.test(idParam ?? "") ? Number(idParam) : null;
  const found = id === null ? null : await eventForRegistration(db, id);
  // An event that takes no registration has no such page.
  if (!found || found.event.registration_mode === "none") notFound();
  return found;
}

const TITLE = "申し込み";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { event, seats, maxChoices, openness } = await open(params.id);
  const readings = furiganaOn(request)
    ? await pageReadings(db, [TITLE, event.title, event.venue, ...registrationFormTexts(maxChoices)])
    : null;
  return {
    readings,
    event: {
      id: event.id,
      title: event.title,
      starts_at: event.starts_at,
      ends_at: event.ends_at,
      venue: event.venue,
      registration_deadline: event.registration_deadline,
    },
    employers: event.participants.map((p) => ({ id: p.id, name: p.name })),
    seats,
    maxChoices,
    openness,
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const { event, maxChoices, openness } = await open(params.id);
  const formData = await request.formData();
  if (openness !== "open" && openness !== "waiting") return formError(formData, { _form: OPENNESS_TEXT[openness] });
  const address = clientAddress(context);
  if (await registrationLimitReached(db, address)) {
    return formError(
      formData,
      { _form: "短い時間に何度も送られたため、受け付けを止めています。1時間ほどたってから送るか、電話でお問い合わせください。" },
      429,
    );
  }
  const parsed = parseForm(formData, registrationSchema(maxChoices, event.participants.map((p) => p.id)));
  if (!parsed.ok) return parsed.response;
  await countRegistrationAttempt(db, address);
  const trap = formData.get(REGISTRATION_TRAP);
  // A robot filled in the field people never see: nothing is kept.
  if (typeof trap === "string" && trap.trim() !== "") return redirect(`/events/${event.id}`);
  const made = await createRegistration(db, event, parsed.data);
  if (!made) return formError(formData, { _form: OPENNESS_TEXT.full });
  if (parsed.data.contactKind === "email") {
    await enqueueMail(db, registrationMail(parsed.data.contact, event, made.code, made.status === "waiting"));
    void deliverPendingMail(db);
  }
  return redirect(`/registrations/${made.code}?new=1`);
}

export default function Register() {
  const { event, employers, seats, maxChoices, openness, readings } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  const canRegister = openness === "open" || openness === "waiting";
  return (
    <ReadingsProvider readings={readings}>
      <div className="narrow">
        <h1>
          <Ruby text={TITLE} />
        </h1>
        <p>
          <Link to={`/events/${event.id}`}>
            <Ruby text={event.title} />
          </Link>
          <br />
          {eventTimeText(event)}・<Ruby text={event.venue} />
        </p>
        <ul className="registration-facts">
          {seats !== null ? <li>残りの席: {seats}人</li> : null}
          {event.registration_deadline ? <li>締め切り: {formatDateTime(event.registration_deadline)}</li> : null}
        </ul>
        {openness !== "open" ? (
          <p className={canRegister ? "notice" : "warning"} role="status">
            {OPENNESS_TEXT[openness]}
          </p>
        ) : null}
        {canRegister ? (
          <>
            <p>申し込みの一覧は、市の職員だけが見ます。会社や、ほかの参加者には見えません。</p>
            <RegistrationForm
              action={`/events/${event.id}/register`}
              maxChoices={maxChoices}
              employers={employers}
              failure={failure}
              defaults={{ contactKind: "phone" }}
              submitLabel={openness === "waiting" ? "キャンセル待ちで申し込む" : "申し込む"}
            />
          </>
        ) : null}
      </div>
    </ReadingsProvider>
  );
}

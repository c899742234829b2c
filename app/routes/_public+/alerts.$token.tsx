import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ALERT_FIELD_TEXTS, alertDefaults, AlertSearchFields } from "~/components/alert-search-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { fixedRuby, ReadingsProvider } from "~/components/ruby-text";
import { alertConditions } from "~/models/alert-mails.server";
import { changeAlertSearch, confirmAlert, deleteAlert, findAlert } from "~/models/job-alerts.server";
import { pageReadings } from "~/models/page-readings.server";
import { issueReceipt } from "~/models/sent-receipts.server";
import { alertSearchQuery, alertSearchSchema, UNCONFIRMED_DAYS } from "~/schemas/alert";
import { parseJobSearch } from "~/schemas/job-search";
import { db } from "~/utils/db.server";
import { parseForm, type FormFailure } from "~/utils/forms.server";
import { furiganaOn } from "~/utils/furigana";
import { assertFound } from "~/utils/http";
import { jobsStylesheets } from "~/styles/stylesheets";

export const links: LinksFunction = () => jobsStylesheets;

export const meta: MetaFunction = () => [
  { title: "新しい求人のメール | 熊本市 協力雇用主 求人サイト" },
  { name: "robots", content: "noindex" },
];

const GONE = `この登録は見つかりません。メールを止めたか、${UNCONFIRMED_DAYS}日のうちに確かめなかったため、消えています。`;

// The page's own headings and labels: their readings come with the page when furigana is on.
const FIXED = [
  "新しい求人のメールの登録",
  "登録しないとき",
  "新しい求人のメール",
  "メールを止める",
  "条件を変える",
] as const;
const Fixed = fixedRuby(FIXED);

export async function loader({ params, request }: LoaderFunctionArgs) {
  const alert = assertFound(await findAlert(db, params.token), GONE);
  return {
    confirmed: alert.confirmed_at !== null,
    conditions: alertConditions(parseJobSearch(new URLSearchParams(alert.search))),
    defaults: alertDefaults(alert.search),
    stopAsked: new URL(request.url).searchParams.has("stop"),
    readings: furiganaOn(request) ? await pageReadings(db, [...FIXED, ...ALERT_FIELD_TEXTS]) : null,
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const alert = assertFound(await findAlert(db, params.token), GONE);
  const formData = await request.formData();
  const stopped = async () => {
    await deleteAlert(db, alert.id);
    return redirect(`/alerts?stopped=${await issueReceipt(db, "alert-stopped")}`);
  };
  // RFC 8058: the mail program's unsubscribe button posts exactly this.
  if (formData.get("List-Unsubscribe") === "One-Click") return stopped();
  const intent = formData.get("intent");
  if (intent === "stop") return stopped();
  if (intent === "confirm") {
    await confirmAlert(db, alert.id);
    return redirect(`/alerts/${params.token}`);
  }
  if (intent !== "update") throw data({ message: "このボタンは使えません。ページを開き直してください。" }, { status: 400 });
  const parsed = parseForm(formData, alertSearchSchema);
  if (!parsed.ok) return parsed.response;
  await changeAlertSearch(db, alert.id, alertSearchQuery(parsed.data));
  return redirect(`/alerts/${params.token}`);
}

function StopForm() {
  return (
    <Form method="post" aria-label="メールを止める">
      <p>止めると、メールアドレスと条件はすぐに消えます。</p>
      <button type="submit" name="intent" value="stop" className="button danger">
        メールを止める
      </button>
    </Form>
  );
}

export default function Alert() {
  const { readings } = useLoaderData<typeof loader>();
  return (
    <ReadingsProvider readings={readings}>
      <AlertPage />
    </ReadingsProvider>
  );
}

function AlertPage() {
  const { confirmed, conditions, defaults, stopAsked } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  if (!confirmed) {
    return (
      <div className="narrow">
        <h1>
          <Fixed text="新しい求人のメールの登録" />
        </h1>
        <p>条件: {conditions}</p>
        <p>「登録する」を押すと、この条件に合う新しい求人を、1日に1通までのメールでお知らせします。</p>
        <Form method="post" aria-label="登録を確かめる">
          <button type="submit" name="intent" value="confirm" className="button primary">
            登録する
          </button>
        </Form>
        <h2>
          <Fixed text="登録しないとき" />
        </h2>
        <StopForm />
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>
        <Fixed text="新しい求人のメール" />
      </h1>
      <p className="notice" role="status">
        登録しています。いまの条件: {conditions}
      </p>
      {stopAsked ? (
        <>
          <h2>
            <Fixed text="メールを止める" />
          </h2>
          <StopForm />
        </>
      ) : null}
      <h2>
        <Fixed text="条件を変える" />
      </h2>
      <ValidatedForm schema={alertSearchSchema} failure={failure} defaults={defaults} aria-label="条件を変える">
        <AlertSearchFields />
        <SubmitButton name="intent" value="update">
          この条件にする
        </SubmitButton>
      </ValidatedForm>
      {stopAsked ? null : (
        <>
          <h2>
            <Fixed text="メールを止める" />
          </h2>
          <StopForm />
        </>
      )}
    </div>
  );
}

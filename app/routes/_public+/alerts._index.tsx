import { pageMeta, titled } from "~/utils/seo";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ALERT_FIELD_TEXTS, alertDefaults, AlertSearchFields } from "~/components/alert-search-fields";
import { SubmitButton, ValidatedForm } from "~/components/forms";
import { TextField } from "~/components/form-fields";
import { OfficePhone } from "~/components/office-phone";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { alertLimitReached, countAlertAttempt, subscribeAlert } from "~/models/job-alerts.server";
import { deliverPendingMail } from "~/models/outbox.server";
import { issueReceipt, receiptIsValid } from "~/models/sent-receipts.server";
import { alertSearchQuery, alertSubscribeSchema, UNCONFIRMED_DAYS } from "~/schemas/alert";
import { db } from "~/utils/db.server";
import { formError, parseForm, type FormFailure } from "~/utils/forms.server";
import { furiganaOn } from "~/utils/furigana";
import { clientAddress } from "~/utils/http";
import { publicOrigin } from "~/utils/origin.server";
import { jobsStylesheets } from "~/styles/stylesheets";

export const links: LinksFunction = () => jobsStylesheets;

export const meta: MetaFunction = (args) =>
  pageMeta(args, {
    title: titled("新しい求人をメールで受け取る"),
    description: "条件に合う新しい求人を、1日に1通までのメールでお知らせします。いつでも止められます。",
  });

// The page's own headings, read with the form's labels when furigana is on.
const TITLES = { form: "新しい求人をメールで受け取る", sent: "確認のメールを送りました" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  // Only the receipts the actions just made say something happened: a typed URL claims nothing.
  const [subscribed, stopped] = await Promise.all([
    receiptIsValid(db, "alert-subscribed", params.get("done")),
    receiptIsValid(db, "alert-stopped", params.get("stopped")),
  ]);
  const readings = furiganaOn(request) ? await pageReadings(db, [...Object.values(TITLES), ...ALERT_FIELD_TEXTS]) : null;
  return { subscribed, stopped, defaults: alertDefaults(params.toString()), readings };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const address = clientAddress(context);
  const typedEmail = String(formData.get("email") ?? "").trim().toLowerCase().slice(0, 254);
  if (await alertLimitReached(db, address, typedEmail)) {
    return formError(
      formData,
      { _form: "短い時間に何度も登録されたため、受け付けを止めています。1時間ほどたってから、もう一度登録してください。" },
      429,
    );
  }
  const parsed = parseForm(formData, alertSubscribeSchema);
  if (!parsed.ok) return parsed.response;
  await countAlertAttempt(db, address, parsed.data.email);
  await subscribeAlert(db, parsed.data.email, alertSearchQuery(parsed.data), publicOrigin());
  void deliverPendingMail(db);
  return redirect(`/alerts?done=${await issueReceipt(db, "alert-subscribed")}`);
}

export default function Alerts() {
  const { subscribed, stopped, defaults, readings } = useLoaderData<typeof loader>();
  const failure = useActionData<FormFailure>();
  return (
    <ReadingsProvider readings={readings}>
      {subscribed ? <Sent /> : <Subscribe stopped={stopped} defaults={defaults} failure={failure} />}
    </ReadingsProvider>
  );
}

function Sent() {
  return (
    <div className="narrow">
      <h1>
        <Ruby text={TITLES.sent} />
      </h1>
      <p className="notice" role="status">
        メールの中のリンクを開いて、「登録する」を押してください。押すまで、求人のメールは送りません。
      </p>
      <p>{UNCONFIRMED_DAYS}日のうちに押さないと、登録とメールアドレスは消えます。</p>
      <p>
        <Link to="/jobs">求人をさがす</Link>
      </p>
    </div>
  );
}

function Subscribe({
  stopped,
  defaults,
  failure,
}: {
  stopped: boolean;
  defaults: Record<string, string>;
  failure: FormFailure | undefined;
}) {
  return (
    <div className="narrow">
      {stopped ? (
        <p className="notice" role="status">
          メールを止めました。メールアドレスは消しました。
        </p>
      ) : null}
      <h1>
        <Ruby text={TITLES.form} />
      </h1>
      <p>条件に合う求人が新しく出たら、メールでお知らせします。メールは1日に1通までです。</p>
      <ul>
        <li>登録に、名前はいりません。使うのはメールアドレスと、さがす条件だけです。</li>
        <li>前科・前歴についての条件は、ここでは選べません。その条件は、あなたの端末の中だけで使います。</li>
        <li>どのメールにも、すぐに止めるためのリンクがあります。止めると、メールアドレスは消します。</li>
      </ul>
      {failure?.errors._form ? <OfficePhone lead="電話で相談するときは、こちらへ。" /> : null}
      <ValidatedForm schema={alertSubscribeSchema} failure={failure} defaults={defaults} aria-label="新しい求人のメールの登録">
        <TextField name="email" label="メールアドレス" type="email" autoComplete="email" inputMode="email" required />
        <AlertSearchFields />
        <SubmitButton>確認のメールを送る</SubmitButton>
      </ValidatedForm>
    </div>
  );
}
